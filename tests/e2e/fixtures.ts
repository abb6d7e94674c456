/** Backups the e2e files share. */
import { defaultSettings } from '../../lib/settings';
import { tempFile, type ExtensionSession } from './harness';

export const ACCOUNT = 'sam@northwind.example';
const HOUR = 3_600_000;

/**
 * A backup whose items have known states relative to now: calendar-hour targets in UTC make
 * them independent of the weekday and hour the test runs at.
 */
export function backupRelativeToNow(kind: 'red' | 'amber') {
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


export async function importThroughOptions(session: ExtensionSession, text: string) {
  const page = await session.context.newPage();
  await page.goto(session.url('options.html#data'));
  await page.getByTestId('backup-file').setInputFiles(tempFile('states.json', text));
  // A restore is previewed and changes nothing until confirmed.
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace with the backup' }).click();
  await page.getByRole('status').getByText(/Restored \d+ account/).waitFor();
  await page.close();
}

/** The parts of the service worker's `chrome` that the tests read. */
declare const chrome: {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
};

export async function badgeOf(session: ExtensionSession) {
  return session.worker.evaluate(async () => {
    const text = await chrome.action.getBadgeText({});
    const [r, g, b] = await chrome.action.getBadgeBackgroundColor({});
    return { text, color: `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}` };
  });
}
