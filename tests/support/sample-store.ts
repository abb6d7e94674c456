import type { FollowThroughDB } from '../../lib/db/database';
import type {
  Account,
  AlertState,
  Contact,
  Customer,
  FollowUp,
  Message,
  Thread,
} from '../../lib/db/records';

export const T0 = '2026-11-16T14:00:00.000Z';

/** A small, realistic store for one account; every table has at least one row. */
export function sampleRecords(accountId = 'sam@northwind.example') {
  const accounts: Account[] = [{ id: accountId, createdAt: T0, lastSeenAt: T0, aliases: [] }];
  const customers: Customer[] = [
    {
      accountId,
      id: 'cust-acme',
      name: 'Acme Corp',
      tier: 'Strategic',
      domains: ['acme.com'],
      notes: 'Renewal in Q1.',
      targets: { firstReply: { value: 2, unit: 'businessHours' } },
      cadenceDays: 14,
      createdAt: T0,
      updatedAt: T0,
    },
    {
      accountId,
      id: 'cust-globex',
      name: 'Globex',
      tier: 'Standard',
      domains: ['globex.com', 'globex.de'],
      notes: '',
      targets: {},
      cadenceDays: null,
      createdAt: T0,
      updatedAt: T0,
    },
  ];
  const contacts: Contact[] = [
    { accountId, email: 'dana.reyes@acme.com', customerId: 'cust-acme', name: 'Dana Reyes', role: 'CFO' },
    { accountId, email: 'hank@gmail.com', customerId: 'cust-globex', name: 'Hank Scorpio', role: '' },
  ];
  const threads: Thread[] = [
    {
      accountId,
      threadId: 'th-1',
      subject: 'Revised quote',
      customerId: 'cust-acme',
      mark: null,
      snoozedUntil: null,
      snoozedAt: null,
      clock: null,
      messageCount: null,
      updatedAt: T0,
    },
  ];
  const messages: Message[] = [
    {
      accountId,
      messageId: 'm-1',
      threadId: 'th-1',
      from: 'dana.reyes@acme.com',
      to: [accountId],
      cc: [],
      sentAt: '2026-11-16T13:00:00.000Z',
      direction: 'incoming',
    },
    {
      accountId,
      messageId: 'm-2',
      threadId: 'th-1',
      from: accountId,
      to: ['dana.reyes@acme.com'],
      cc: [],
      sentAt: T0,
      direction: 'outgoing',
    },
  ];
  const followUps: FollowUp[] = [
    {
      accountId,
      id: 'fu-1',
      threadId: 'th-1',
      messageId: 'm-2',
      customerId: 'cust-acme',
      sentence: "I'll send the revised quote by Friday.",
      action: 'Send the revised quote',
      due: '2026-11-20',
      state: 'open',
      source: 'detected',
      snoozedUntil: null,
      completedAt: null,
      redated: [],
      createdAt: T0,
      updatedAt: T0,
    },
  ];
  const alertStates: AlertState[] = [
    { accountId, itemKey: 'follow-up:fu-1', state: 'overdue', notifiedAt: T0 },
  ];
  return { accounts, customers, contacts, threads, messages, followUps, alertStates };
}

export type SampleRecords = ReturnType<typeof sampleRecords>;

export async function fillStore(db: FollowThroughDB, records: SampleRecords): Promise<void> {
  for (const [name, rows] of Object.entries(records)) await db.table(name).bulkPut(rows);
}

/**
 * Every row of every table, sorted, for whole-store comparisons. `records` leaves out the
 * meta table (the background's bookkeeping: check times, owed recomputes, import receipts).
 */
export async function dumpStore(db: FollowThroughDB, only: 'all' | 'records' = 'all'): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (only === 'records' && table.name === 'meta') continue;
    const rows = await table.toArray();
    out[table.name] = rows
      .map((r) => JSON.stringify(r))
      .sort()
      .map((s) => JSON.parse(s));
  }
  return out;
}

let counter = 0;
/** A database name no other test uses, so tests never see each other's rows. */
export function freshName(): string {
  counter += 1;
  return `ft-test-${process.pid}-${counter}-${Date.now()}`;
}
