/**
 * A realistic store for the popup, as a backup document (the backup import recomputes every
 * clock, as after a restore): customers with contacts, customers waiting past or near their
 * target, promises overdue and due today, promises to confirm. Calendar-hour targets in UTC
 * make every state independent of the weekday and hour the test or bench runs at.
 */
import { defaultSettings } from '../../lib/settings';

const HOUR = 3_600_000;
const COMPANIES = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Industries',
  'Wayne Logistics',
  'Hooli',
  'Soylent Foods',
  'Tyrell Systems',
  'Cyberdyne',
];
const PEOPLE = [
  'dana',
  'lee',
  'priya',
  'marco',
  'chen',
  'amara',
  'jonas',
  'sofia',
  'kwame',
  'ines',
];
const SUBJECTS = [
  'Invoice 2231 does not match the PO',
  'Renewal terms for 2027',
  'Outage on the EU cluster',
  'Seats for the new team',
  'Security questionnaire',
  'Quote for the pilot',
];
const PROMISES = [
  'I’ll send you the revised quote by Friday.',
  'I will get back to you with the SLA figures tomorrow.',
  'Let me check with finance and confirm the credit note this week.',
  'I’ll share the onboarding plan before our call.',
  'We will have the security answers to you by Monday.',
];

export interface AccountPlan {
  id: string;
  /** Threads whose customer waits: breached and at risk alternate. */
  waiting: number;
  /** Open promises: overdue and due today alternate. */
  promises: number;
  suggestions: number;
}

export function triageBackup(accounts: AccountPlan[], now = Date.now()): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = (offset: number) => iso(now + offset * 24 * HOUR).slice(0, 10);
  const created = iso(now - 30 * 24 * HOUR);
  const tables = {
    accounts: [],
    customers: [],
    contacts: [],
    threads: [],
    messages: [],
    followUps: [],
    alertStates: [],
  } as Record<string, object[]>;
  for (const a of accounts) {
    tables.accounts!.push({ id: a.id, createdAt: created, lastSeenAt: iso(now) });
    COMPANIES.forEach((name, c) => {
      const domain = `${name.split(' ')[0]!.toLowerCase()}.example`;
      tables.customers!.push({
        accountId: a.id,
        id: `c${c}`,
        name,
        tier: c < 3 ? 'Key' : 'Standard',
        domains: [domain],
        notes: '',
        targets: {},
        cadenceDays: null,
        createdAt: created,
        updatedAt: created,
      });
      tables.contacts!.push({
        accountId: a.id,
        email: `${PEOPLE[c]}@${domain}`,
        customerId: `c${c}`,
        name: '',
        role: '',
      });
    });
    const contact = (i: number) =>
      `${PEOPLE[i % 10]}@${COMPANIES[i % 10]!.split(' ')[0]!.toLowerCase()}.example`;
    for (let i = 0; i < a.waiting; i++) {
      const threadId = `w${i}`;
      // Past the 4 h target (5 h 12 min) or at risk (3 h 20 min, 40 min left).
      const waited = i % 2 === 0 ? 5.2 * HOUR : (3 + 1 / 3) * HOUR + i * 1000;
      tables.threads!.push({
        accountId: a.id,
        threadId,
        subject: SUBJECTS[i % SUBJECTS.length],
        customerId: `c${i % 10}`,
        mark: null,
        snoozedUntil: null,
        snoozedAt: null,
        clock: null,
        updatedAt: iso(now - waited),
      });
      tables.messages!.push({
        accountId: a.id,
        messageId: `${threadId}-m`,
        threadId,
        from: contact(i),
        to: [a.id],
        cc: [],
        sentAt: iso(now - waited),
        direction: 'incoming',
      });
    }
    const followUp = (id: string, i: number, state: string, due: string | null) => ({
      accountId: a.id,
      id,
      threadId: `p${i}`,
      messageId: `${id}-sent`,
      customerId: `c${i % 10}`,
      sentence: PROMISES[i % PROMISES.length],
      action: PROMISES[i % PROMISES.length]!.replace(/\.$/, ''),
      due,
      state,
      source: 'detected',
      snoozedUntil: null,
      createdAt: created,
      updatedAt: created,
    });
    for (let i = 0; i < a.promises; i++)
      tables.followUps!.push(followUp(`f${i}`, i, 'open', day(i % 2 === 0 ? -4 : 0)));
    for (let i = 0; i < a.suggestions; i++)
      tables.followUps!.push(
        followUp(`s${i}`, i + 1, 'suggested', i % 3 === 2 ? null : day(i + 1)),
      );
  }
  return JSON.stringify({
    format: 'follow-through-backup',
    formatVersion: 1,
    exportedAt: iso(now),
    schemaVersion: 3,
    settings: {
      ...defaultSettings(),
      timeZone: 'UTC',
      ownDomains: ['northwind.example'],
      // Announcing hundreds of items at once is an import artefact, not the steady state measured.
      notifications: false,
      firstReplyTarget: { value: 4, unit: 'calendarHours' },
      nextReplyTarget: { value: 8, unit: 'calendarHours' },
    },
    tables,
  });
}


