/**
 * Gmail, driven through the fake Gmail layer: the real built content script, messaging,
 * service worker, IndexedDB and React, with Gmail's events played by the test.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { FollowThroughDB } from '../../lib/db/database';
import { beforeAll, describe, expect, it } from 'vitest';
import { lowContrastTexts } from './harness';
import { sharedExtension } from './shared-extension';
import { badgeText, drive, messageIdAt, openGmail, routeFakeGmail, type chrome as Chrome } from './fake-gmail';

declare const chrome: typeof Chrome;

const ext = sharedExtension();
const SAM = 'sam@northwind.example';
const LEE = 'lee@southwind.example';
const DANA = { emailAddress: 'dana@acme.com', name: 'Dana Reyes' };
const HOUR = 3_600_000;
const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const ago = (hours: number) => messageIdAt(Date.now() - hours * HOUR);

/** Sends a protocol message from an extension page, as the popup or options would. */
async function call(type: string, payload: unknown = {}): Promise<unknown> {
  const page = await ext.session.context.newPage();
  await page.goto(ext.session.url('popup.html'));
  const reply = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  await page.close();
  const r = reply as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!r.ok) throw new Error(`${type}: ${r.error?.message}`);
  return r.data;
}

const sidebar = (page: Page) => page.locator('#ft-fake-sidebar');

async function waitForBadge(expected: string) {
  await expect.poll(() => badgeText(ext.session.worker), { timeout: 15_000 }).toBe(expected);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await routeFakeGmail(ext.session.context, [SAM, LEE]);
  const gmail = await openGmail(ext.session.context, 0);
  await gmail.close();
  await call('settings.update', {
    change: {
      timeZone: 'UTC',
      // Calendar-hour targets make the states independent of the weekday and hour the test runs at.
      firstReplyTarget: { value: 4, unit: 'calendarHours' },
      nextReplyTarget: { value: 8, unit: 'calendarHours' },
      ownDomains: ['northwind.example'],
    },
  });
  await call('customers.save', {
    accountId: SAM,
    name: 'Acme Corp',
    tier: 'Key',
    domains: ['acme.com'],
    timeZone: 'America/Chicago',
    contacts: [{ email: 'dana@acme.com', name: 'Dana Reyes', role: 'CFO' }],
  });
});

describe('Gmail through the fake layer', () => {
  it('the sidebar shows the customer and the clock against its target; its actions reach the badge and the popup, with undo', async () => {
    const gmail = await openGmail(ext.session.context, 0);
    await drive(gmail, { type: 'openThread', threadId: 'a1', subject: 'Revised quote', messages: [{ messageId: ago(5), from: DANA }] });
    await sidebar(gmail).getByRole('heading', { name: /Acme Corp/, level: 2 }).waitFor();
    const clock = sidebar(gmail).getByTestId('sidebar-clock');
    await expect.poll(() => clock.textContent()).toMatch(/Overdue · first reply · 1 h( \d+ min)? over/);
    expect(await clock.textContent()).toMatch(/Waiting 5 h( \d+ min)? of 4 h/);
    expect(await sidebar(gmail).locator('section[data-icon-url]').getAttribute('data-icon-url')).toMatch(/^data:image\/svg\+xml,/);
    // The customer book puts Acme in Chicago; the user is on UTC.
    expect(await sidebar(gmail).getByTestId('their-time').textContent()).toMatch(/^Their time: \w{3} \d\d:\d\d in Chicago$/);
    await waitForBadge('1!');
    expect(await lowContrastTexts(gmail, '#ft-fake-sidebar')).toEqual([]);
    await sidebar(gmail).screenshot({ path: `${SHOTS}gmail-sidebar-light.png` });

    await sidebar(gmail).getByRole('button', { name: 'No reply needed' }).click();
    await sidebar(gmail).getByText('Marked: no reply needed.').waitFor();
    await waitForBadge('');
    await sidebar(gmail).getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => clock.textContent()).toMatch(/Overdue/);
    await waitForBadge('1!');

    // Live: an action in the popup shows in the open sidebar without touching Gmail.
    const popup = await ext.session.context.newPage();
    await popup.goto(ext.session.url('popup.html'));
    await popup.getByRole('button', { name: 'No reply needed' }).click();
    await sidebar(gmail).getByText('Marked: no reply needed.').waitFor({ timeout: 10_000 });
    await waitForBadge('');
    await sidebar(gmail).getByRole('button', { name: 'Remove the mark' }).click();
    await waitForBadge('1!');
    await popup.close();
    await gmail.close();
  });

  it('says what the clock is based on while earlier messages are collapsed, and is exact once they load', async () => {
    const gmail = await openGmail(ext.session.context, 0);
    const first = ago(30);
    const reply = ago(29);
    await drive(gmail, {
      type: 'openThread',
      threadId: 'a2',
      subject: 'Onboarding',
      messages: [
        { messageId: first, from: DANA, loaded: false },
        { messageId: reply, from: { emailAddress: SAM, name: 'Sam' }, loaded: false },
        { messageId: ago(1), from: DANA },
      ],
    });
    await sidebar(gmail).getByTestId('clock-basis').waitFor();
    expect(await sidebar(gmail).getByTestId('sidebar-clock').textContent()).toMatch(/On track · reply ·/);
    await drive(gmail, { type: 'expand', messageId: first });
    await drive(gmail, { type: 'expand', messageId: reply });
    await sidebar(gmail).getByTestId('clock-basis').waitFor({ state: 'detached' });
    expect(await sidebar(gmail).getByTestId('sidebar-clock').textContent()).toMatch(/On track · reply · 7 h/);
    await gmail.close();
  });

  it('after a send, the promises found wait to be kept ("ask"), and the clock stops', async () => {
    const gmail = await openGmail(ext.session.context, 0);
    await drive(gmail, { type: 'openThread', threadId: 'a3', subject: 'Pricing', messages: [{ messageId: ago(2), from: DANA }] });
    await sidebar(gmail).getByTestId('sidebar-clock').getByText(/On track/).waitFor();
    const html = "<div>Hi Dana,</div><div>I'll send the revised pricing sheet by Friday.</div>";
    await drive(gmail, { type: 'compose', composeId: 'c1', html, subject: 'Re: Pricing', to: [DANA], replyTo: 'a3' });
    await drive(gmail, { type: 'presending', composeId: 'c1' });
    await drive(gmail, { type: 'sent', composeId: 'c1', messageId: ago(0), threadId: 'a3' });
    const notice = gmail.getByTestId('sent-notice');
    await notice.getByText('1 promise found in your message').waitFor();
    await notice.screenshot({ path: `${SHOTS}gmail-sent-notice.png` });
    await sidebar(gmail).getByText('Answered: nobody is waiting for you.').waitFor();
    await sidebar(gmail).getByText('Found in your message').waitFor();
    await notice.getByRole('button', { name: 'Keep' }).click();
    await notice.getByText(/^Kept · due /).waitFor();
    await sidebar(gmail).getByRole('button', { name: 'Done' }).waitFor();
    await gmail.close();
  });

  it('stores a send without presending, a new thread, interleaved composes once each, and an alias as the user', async () => {
    const gmail = await openGmail(ext.session.context, 0);
    const [a, b, c] = [ago(0.03), ago(0.02), ago(0.01)];
    // A new message whose sent event has no presending and a draft's thread id.
    await drive(gmail, { type: 'compose', composeId: 'n1', html: '<div>Hello Dana</div>', to: [DANA] });
    await drive(gmail, { type: 'sent', composeId: 'n1', messageId: a, threadId: 'thread-a:r42' });
    // Two composes interleaved, and a premature second sent for the first one's message.
    await drive(gmail, { type: 'compose', composeId: 'x', html: "<div>I'll call you tomorrow.</div>", to: [DANA] });
    await drive(gmail, { type: 'compose', composeId: 'y', html: "<div>I'll send the invoice today.</div>", to: [DANA] });
    await drive(gmail, { type: 'presending', composeId: 'x' });
    await drive(gmail, { type: 'presending', composeId: 'y' });
    await drive(gmail, { type: 'sent', composeId: 'y', messageId: b, threadId: b });
    await drive(gmail, { type: 'sent', composeId: 'x', messageId: c, threadId: c });
    await drive(gmail, { type: 'sent', composeId: 'y', messageId: c, threadId: c });
    // A reply from a send-as alias.
    const alias = 'sales@northwind.example';
    await drive(gmail, { type: 'openThread', threadId: 'a4', subject: 'Alias', messages: [{ messageId: ago(3), from: DANA }] });
    await drive(gmail, { type: 'compose', composeId: 'z', html: '<div>Thanks!</div>', from: alias, fromChoices: [SAM, alias], replyTo: 'a4' });
    await drive(gmail, { type: 'presending', composeId: 'z' });
    await drive(gmail, { type: 'sent', composeId: 'z', messageId: ago(0), threadId: 'a4' });
    await sidebar(gmail).getByText('Answered: nobody is waiting for you.').waitFor();

    const stored = await ext.session.worker.evaluate(
      async ([ids, account]) => {
        const { db } = (globalThis as unknown as { followThrough: { db: FollowThroughDB } })
          .followThrough;
        const messages = await db.messages.bulkGet(ids.map((id) => [account, id] as [string, string]));
        const followUps = await db.followUps.where('accountId').equals(account).toArray();
        return {
          messages: messages.map((m) => (m ? `${m.threadId}:${m.direction}` : null)),
          promises: followUps.filter((f) => ids.includes(f.messageId)).map((f) => f.sentence).sort(),
          aliases: (await db.accounts.get(account))?.aliases,
        };
      },
      [[a, b, c], SAM] as const,
    );
    expect(stored).toEqual({
      messages: [`${a}:outgoing`, `${b}:outgoing`, `${c}:outgoing`],
      promises: ["I'll call you tomorrow.", "I'll send the invoice today."],
      aliases: [alias],
    });
    await gmail.close();
  });

  it('inbox rows get chips worded by state, one lookup per screen of rows', async () => {
    const gmail = await openGmail(ext.session.context, 0);
    await drive(gmail, { type: 'openThread', threadId: 'r-ok', subject: 'Fresh', messages: [{ messageId: ago(1), from: DANA }] });
    await sidebar(gmail).getByTestId('sidebar-clock').getByText(/On track/).waitFor();
    await drive(gmail, { type: 'closeThread' });
    await ext.session.worker.evaluate(() => {
      const g = globalThis as unknown as { chipLookups: number };
      g.chipLookups = 0;
      chrome.runtime.onMessage.addListener((m) => {
        if (m?.type === 'threads.chips') g.chipLookups++;
        return undefined;
      });
    });
    await drive(gmail, { type: 'rows', threadIds: ['a1', 'r-ok', 'a3', 'unknown-thread'] });
    const chip = (id: string) => gmail.locator(`[data-fake-row="${id}"] .fake-chip`);
    await expect.poll(() => chip('a1').textContent()).toMatch(/^Overdue · 5 h/);
    await expect.poll(() => chip('r-ok').textContent()).toMatch(/^Waiting 1 h/);
    expect(await chip('a3').isHidden()).toBe(true);
    expect(await chip('unknown-thread').isHidden()).toBe(true);
    expect(await ext.session.worker.evaluate(() => (globalThis as unknown as { chipLookups: number }).chipLookups)).toBe(1);
    await gmail.locator('#ft-fake-rows').screenshot({ path: `${SHOTS}gmail-row-chips-light.png` });

    // A change anywhere updates the chips.
    await call('thread.mark', { accountId: SAM, threadId: 'a1', kind: 'no-reply-needed' });
    await expect.poll(() => chip('a1').isHidden(), { timeout: 10_000 }).toBe(true);
    await call('thread.mark', { accountId: SAM, threadId: 'a1', kind: null });
    await gmail.close();
  });

  it('two signed-in accounts never see each other’s data', async () => {
    const lee = await openGmail(ext.session.context, 1);
    await drive(lee, { type: 'openThread', threadId: 'a1', subject: 'Revised quote', messages: [{ messageId: ago(5), from: DANA }] });
    await sidebar(lee).getByText('Not in your customer book.').waitFor();
    await sidebar(lee).getByRole('button', { name: 'Add Acme as a customer…' }).waitFor();
    expect(await sidebar(lee).textContent()).not.toMatch(/Acme Corp|Overdue/);
    const threads = await ext.session.worker.evaluate(async () => {
      const { db } = (globalThis as unknown as { followThrough: { db: FollowThroughDB } })
        .followThrough;
      const all = await db.threads.toArray();
      return all.filter((t) => t.threadId === 'a1').map((t) => `${t.accountId}:${t.customerId}`).sort();
    });
    expect(threads).toEqual([`${LEE}:null`, `${SAM}:${threads[1]!.split(':')[1]}`]);
    expect(threads[1]).not.toMatch(/:null$/);
    await lee.close();
  });

  it('reads well in Gmail’s dark theme', async () => {
    await routeFakeGmail(ext.session.context, [SAM, LEE], { theme: 'dark' });
    const gmail = await openGmail(ext.session.context, 0);
    await drive(gmail, { type: 'openThread', threadId: 'a1', subject: 'Revised quote', messages: [{ messageId: ago(5), from: DANA }] });
    await sidebar(gmail).getByRole('heading', { name: /Acme Corp/, level: 2 }).waitFor();
    await expect.poll(() => gmail.locator('.ft-panel').getAttribute('data-theme')).toBe('dark');
    expect(await lowContrastTexts(gmail, '#ft-fake-sidebar')).toEqual([]);
    await sidebar(gmail).screenshot({ path: `${SHOTS}gmail-sidebar-dark.png` });
    await drive(gmail, { type: 'rows', threadIds: ['a1', 'r-ok'] });
    await gmail.locator('[data-fake-row="a1"] .fake-chip').getByText(/Overdue/).waitFor();
    await gmail.locator('#ft-fake-rows').screenshot({ path: `${SHOTS}gmail-row-chips-dark.png` });
    await gmail.close();
  });

  it.each([
    ['rejects', { load: 'reject' as const }, /Gmail integration unavailable: Fake Gmail: InboxSDK refused to load/],
    ['never settles', { load: 'hang' as const, loadTimeoutMs: 500 }, /Gmail integration unavailable: InboxSDK did not load within/],
  ])('when InboxSDK %s, the popup says so', async (_name, fixture, text) => {
    await routeFakeGmail(ext.session.context, [SAM, LEE], { fixture });
    const gmail = await ext.session.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    const popup = await ext.session.context.newPage();
    await popup.goto(ext.session.url('popup.html'));
    await popup.getByTestId('integration-status').getByText(text).waitFor({ timeout: 15_000 });
    await popup.close();
    await gmail.close();
  });
});
