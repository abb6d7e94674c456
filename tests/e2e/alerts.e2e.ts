import { describe, expect, it } from 'vitest';
import { sharedExtension } from './shared-extension';
import { defaultSettings } from '../../lib/settings';
import { tempFile } from './harness';

const ext = sharedExtension();

const ACCOUNT = 'sam@northwind.example';
const HOUR = 3_600_000;

/**
 * A backup whose items have known states relative to now: calendar-hour targets in UTC make
 * them independent of the weekday and hour the test runs at.
 */
function backupRelativeToNow(kind: 'red' | 'amber') {
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = (offset: number) => iso(now + offset * 24 * HOUR).slice(0, 10);
  const customerMessage = (threadId: string, hoursAgo: number) => ({
    accountId: ACCOUNT,
    messageId: `${threadId}-m`,
    threadId,
    from: 'dana@acme.com',
    to: [ACCOUNT],
    cc: [],
    sentAt: iso(now - hoursAgo * HOUR),
    direction: 'incoming',
  });
  const thread = (threadId: string, subject: string) => ({
    accountId: ACCOUNT,
    threadId,
    subject,
    customerId: 'acme',
    mark: null,
    snoozedUntil: null,
    snoozedAt: null,
    clock: null,
    updatedAt: iso(now - 6 * HOUR),
  });
  const followUp = (id: string, due: string) => ({
    accountId: ACCOUNT,
    id,
    threadId: 'waiting-long',
    messageId: `sent-${id}`,
    customerId: 'acme',
    sentence: `I'll send the ${id} document.`,
    action: `Send the ${id} document`,
    due,
    state: 'open',
    source: 'detected',
    snoozedUntil: null,
    createdAt: iso(now - 48 * HOUR),
    updatedAt: iso(now - 48 * HOUR),
  });
  const red = kind === 'red';
  return JSON.stringify({
    format: 'follow-through-backup',
    formatVersion: 1,
    exportedAt: iso(now),
    schemaVersion: 3,
    settings: {
      ...defaultSettings(),
      timeZone: 'UTC',
      firstReplyTarget: { value: 4, unit: 'calendarHours' },
      notifications: true,
    },
    tables: {
      accounts: [{ id: ACCOUNT, createdAt: iso(now - 72 * HOUR), lastSeenAt: iso(now) }],
      customers: [
        {
          accountId: ACCOUNT,
          id: 'acme',
          name: 'Acme Corp',
          tier: 'Key',
          domains: ['acme.com'],
          notes: '',
          targets: {},
          cadenceDays: null,
          createdAt: iso(now - 72 * HOUR),
          updatedAt: iso(now - 72 * HOUR),
        },
      ],
      contacts: [],
      threads: [
        ...(red ? [thread('waiting-long', 'Contract question')] : []),
        thread('waiting-a-while', 'Pricing'),
        thread('just-arrived', 'Thanks'),
      ],
      messages: [
        ...(red ? [customerMessage('waiting-long', 5)] : []), // past 4 h: breached
        customerMessage('waiting-a-while', 3.5), // past 75 %: at risk
        customerMessage('just-arrived', 0.5), // within target
      ],
      followUps: [
        ...(red ? [followUp('overdue', day(-2))] : []),
        followUp('due-today', day(0)),
        followUp('next-month', day(30)),
      ],
      alertStates: [],
    },
  });
}

async function importThroughOptions(text: string) {
  const page = await ext.session.context.newPage();
  await page.goto(ext.session.url('options.html'));
  await page.getByTestId('backup-file').setInputFiles(tempFile('states.json', text));
  await page.getByRole('status').getByText(/Restored 1 account/).waitFor();
  await page.close();
}

/** The parts of the service worker's `chrome` that the tests read. */
declare const chrome: {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

async function badge() {
  return ext.session.worker.evaluate(async () => {
    const text = await chrome.action.getBadgeText({});
    const [r, g, b] = await chrome.action.getBadgeBackgroundColor({});
    return { text, color: `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}` };
  });
}

describe('badge and notifications from data alone, with no Gmail tab open', () => {
  it('starts with no badge', async () => {
    expect((await badge()).text).toBe('');
  });

  it('counts breached and at-risk threads, overdue and due-today follow-ups, in red', async () => {
    await importThroughOptions(backupRelativeToNow('red'));
    await expect.poll(badge, { timeout: 15_000 }).toEqual({ text: '4', color: '#d93025' });
    // One for the breached thread, one for the overdue promise made in it.
    const notifiedThreads = () =>
      ext.session.worker.evaluate(async () =>
        Object.keys(await chrome.notifications.getAll()).map((id) => JSON.parse(id)[2] as string),
      );
    await expect.poll(notifiedThreads, { timeout: 15_000 }).toEqual(['waiting-long', 'waiting-long']);
  });

  it('turns amber when only at-risk and due-today items are left', async () => {
    await importThroughOptions(backupRelativeToNow('amber'));
    await expect.poll(badge, { timeout: 15_000 }).toEqual({ text: '2', color: '#f29900' });
  });

  it('lists today’s work in the popup, worst first', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.session.url('popup.html'));
    const rows = page.getByTestId('triage-row');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/Reply due soon.*Acme Corp.*dana@acme\.com.*Pricing.*30 min left of 4 h/),
      expect.stringMatching(/Due today.*I'll send the due-today document\..*Acme Corp · Due today/),
    ]);
    await page.close();
  });
});
