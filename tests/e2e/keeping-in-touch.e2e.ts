/**
 * Keeping in touch, in the real browser: a customer gone quiet in the popup, whose "Write to"
 * opens Gmail's compose for the right account; and a heads-up sent from the Gmail sidebar
 * (through the fake Gmail layer) moving a promise's due date.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, scheduleFromSettings, todayIn } from '../../lib/business-time';
import type { FollowThroughDB } from '../../lib/db/database';
import { formatCivilDate } from '../../lib/format';
import { defaultSettings } from '../../lib/settings';
import { drive, inBackground, messageIdAt, openGmail, routeFakeGmail, type chrome as Chrome } from './fake-gmail';
import { sharedExtension } from './shared-extension';

declare const chrome: typeof Chrome;

const ext = sharedExtension();
const SAM = 'sam@northwind.example';
const DANA = { emailAddress: 'dana@acme.com', name: 'Dana Reyes' };
const DAY = 86_400_000;
const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
type Db = { followThrough: { db: FollowThroughDB } };

async function call(type: string, payload: unknown = {}): Promise<unknown> {
  const page = await ext.session.context.newPage();
  await page.goto(ext.session.url('popup.html'));
  const reply = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  await page.close();
  const r = reply as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!r.ok) throw new Error(`${type}: ${r.error?.message}`);
  return r.data;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await routeFakeGmail(ext.session.context, [SAM]);
  (await openGmail(ext.session.context, 0)).close();
  await call('settings.update', { change: { timeZone: 'UTC', ownDomains: ['northwind.example'] } });
  await call('customers.save', {
    accountId: SAM,
    name: 'Acme Corp',
    tier: 'Key',
    domains: ['acme.com'],
    contacts: [{ email: 'dana@acme.com', name: 'Dana Reyes', role: 'CFO' }],
  });
});

describe('going quiet', () => {
  it('lists a customer not written to for longer than its cadence; “Write to” opens the account’s compose to its contact', async () => {
    // Globex, every 14 days; Sam last wrote to Ann 20 days ago.
    const lastWrote = new Date(Date.now() - 20 * DAY).toISOString();
    await inBackground(
      ext.session.worker,
      async ({ account, lastWrote }) => {
        const { db } = (globalThis as unknown as Db).followThrough;
        const at = new Date(Date.parse(lastWrote) - 30 * 86_400_000).toISOString();
        await db.customers.put({
          accountId: account,
          id: 'globex',
          name: 'Globex',
          tier: 'Standard',
          domains: ['globex.example'],
          notes: '',
          targets: {},
          cadenceDays: 14,
          createdAt: at,
          updatedAt: at,
        });
        await db.contacts.put({ accountId: account, email: 'ann@globex.example', customerId: 'globex', name: 'Ann Lee', role: '' });
        await db.threads.put({
          accountId: account,
          threadId: 'g1',
          subject: 'Rollout plan',
          customerId: 'globex',
          mark: null,
          snoozedUntil: null,
          snoozedAt: null,
          clock: null,
          messageCount: 1,
          lastIncomingAt: null,
          lastOutgoingAt: lastWrote,
          updatedAt: lastWrote,
        });
        await db.messages.put({
          accountId: account,
          messageId: 'g1-out',
          threadId: 'g1',
          from: account,
          to: ['ann@globex.example'],
          cc: [],
          sentAt: lastWrote,
          direction: 'outgoing',
        });
      },
      { account: SAM, lastWrote },
    );
    const gmail = await openGmail(ext.session.context, 0);
    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(ext.session.url('popup.html'));
    const row = popup.getByRole('region', { name: 'Gone quiet' }).getByTestId('triage-row');
    await row.waitFor();
    expect(await row.textContent()).toContain('Globex · Ann Lee');
    expect(await row.textContent()).toContain('last wrote 20 days ago · every 14 days');
    expect(await popup.getByTestId('triage-summary').textContent()).toBe('1 customer gone quiet');
    await popup.locator('main').screenshot({ path: `${SHOTS}popup-quiet.png` });

    // The tab the extension opens: Gmail's compose page of Sam's account, addressed to Ann.
    const opened = ext.session.context.waitForEvent('page');
    const requested = ext.session.context.waitForEvent('request', (r) => r.url().includes('view=cm'));
    await row.getByRole('button', { name: 'Write to Ann Lee' }).click();
    expect((await requested).url()).toBe(
      `https://mail.google.com/mail/u/${encodeURIComponent(SAM)}/?view=cm&fs=1&to=ann%40globex.example`,
    );
    await (await opened).close();
    await gmail.close();
  });
});

describe('the heads-up before a promise slips', () => {
  it('sent from the sidebar, it moves the due date and the sidebar tells the history; the note makes no new promise', async () => {
    // A promise due the next working day: today it is at risk.
    const schedule = scheduleFromSettings({ ...defaultSettings(), timeZone: 'UTC' });
    const due = addWorkingDays(schedule, todayIn('UTC', new Date()), 1);
    const newDue = addWorkingDays(schedule, due, 2);
    const gmail: Page = await openGmail(ext.session.context, 0);
    await gmail.setViewportSize({ width: 1000, height: 760 });
    await drive(gmail, {
      type: 'openThread',
      threadId: 'h1',
      subject: 'Revised quote',
      messages: [{ messageId: messageIdAt(Date.now() - 3 * 3_600_000), from: DANA }],
    });
    await inBackground(
      ext.session.worker,
      async ({ account, due }) => {
        const { db } = (globalThis as unknown as Db).followThrough;
        const now = new Date().toISOString();
        await db.followUps.put({
          accountId: account,
          id: 'quote',
          threadId: 'h1',
          messageId: 'm-quote',
          customerId: null,
          sentence: "I'll send you the revised quote by then.",
          action: 'Send the revised quote',
          due,
          state: 'open',
          source: 'detected',
          snoozedUntil: null,
          completedAt: null,
          redated: [],
          createdAt: now,
          updatedAt: now,
        });
      },
      { account: SAM, due },
    );
    const sidebar = gmail.locator('#ft-fake-sidebar');
    // The sidebar reloads its summary each minute; reopening the thread shows the new promise now.
    await drive(gmail, { type: 'openThread', threadId: 'h1', subject: 'Revised quote', messages: [{ messageId: messageIdAt(Date.now() - 3 * 3_600_000), from: DANA }] });
    await sidebar.getByRole('button', { name: 'Send a heads-up' }).click();
    await sidebar.getByLabel('New date').fill(newDue);
    await sidebar.screenshot({ path: `${SHOTS}gmail-heads-up.png` });
    await sidebar.getByRole('button', { name: 'Open reply' }).click();
    await sidebar.getByTestId('heads-up-opened').waitFor();
    const composed = gmail.locator('#ft-fake-compose');
    expect(await composed.textContent()).toMatch(/^Quick heads-up: the revised quote will take a little longer than I said — you'll have it by \w+ \d+ \w+\.$/);

    await drive(gmail, { type: 'presending', composeId: 'reply:h1' });
    await drive(gmail, { type: 'sent', composeId: 'reply:h1', messageId: messageIdAt(Date.now()), threadId: 'h1' });
    const stored = () =>
      inBackground(
        ext.session.worker,
        async (account) => {
          const { db } = (globalThis as unknown as Db).followThrough;
          const all = await db.followUps.where('[accountId+threadId]').equals([account, 'h1']).toArray();
          return all.map((f) => ({ id: f.id, due: f.due, redated: f.redated.map((r) => `${r.from}>${r.to}:${r.reason}`) }));
        },
        SAM,
      );
    await expect.poll(stored, { timeout: 15_000 }).toEqual([{ id: 'quote', due: newDue, redated: [`${due}>${newDue}:heads-up`] }]);
    await drive(gmail, { type: 'openThread', threadId: 'h1', subject: 'Revised quote', messages: [{ messageId: messageIdAt(Date.now() - 3 * 3_600_000), from: DANA }] });
    await sidebar.getByText(`Moved from ${formatCivilDate(due)} to ${formatCivilDate(newDue)} after your heads-up`).waitFor();
    await sidebar.screenshot({ path: `${SHOTS}gmail-heads-up-moved.png` });
    await gmail.close();
  });
});
