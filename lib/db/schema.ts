/**
 * The Dexie schema, every version in one place. A version lists only the tables it changes;
 * Dexie carries the rest forward. Never edit a released version: add the next one, say what
 * changed and why, and add its upgrade test in tests/lib/db/upgrade.test.ts.
 */
import type { Transaction } from 'dexie';
import type { TableName } from './records';

export interface SchemaVersion {
  version: number;
  changes: string;
  stores: Partial<Record<TableName, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    changes: 'First release: every account-owned table keyed by [accountId+…].',
    stores: {
      accounts: 'id',
      customers: '[accountId+id], accountId, [accountId+name]',
      contacts: '[accountId+email], accountId, [accountId+customerId]',
      threads: '[accountId+threadId], accountId, [accountId+customerId]',
      messages: '[accountId+messageId], accountId, [accountId+threadId]',
      followUps: '[accountId+id], &[accountId+messageId+sentence], accountId, [accountId+threadId]',
      alertStates: '[accountId+itemKey], accountId',
      settings: 'id',
    },
  },
  {
    version: 2,
    changes:
      'Follow-ups by [accountId+state] and messages by [accountId+threadId+sentAt], so the ' +
      'attention list reads open items and the latest messages without scanning a table.',
    stores: {
      followUps:
        '[accountId+id], &[accountId+messageId+sentence], accountId, [accountId+threadId], [accountId+state]',
      messages: '[accountId+messageId], accountId, [accountId+threadId], [accountId+threadId+sentAt]',
    },
  },
  {
    version: 3,
    changes:
      'Threads keep their reply clock, and the alerts engine counts what needs attention ' +
      'through indexes instead of reading the items: threads by [accountId+clock.atRiskAt] ' +
      'and [accountId+clock.breachedAt], follow-ups by [accountId+state+due]; clock.breachedAt, ' +
      'clock.computedAt and updatedAt find what became breached or overdue since the last ' +
      'check; snoozedUntil finds the few snoozed items to leave out. A meta table keeps that ' +
      'check time. Existing threads start with no clock; the background recomputes clocks ' +
      'from the stored messages after an update.',
    stores: {
      threads:
        '[accountId+threadId], accountId, [accountId+customerId], [accountId+clock.atRiskAt], ' +
        '[accountId+clock.breachedAt], clock.breachedAt, clock.computedAt, snoozedUntil',
      followUps:
        '[accountId+id], &[accountId+messageId+sentence], accountId, [accountId+threadId], ' +
        '[accountId+state], [accountId+state+due], updatedAt, snoozedUntil',
      meta: 'key',
    },
    upgrade: async (tx) => {
      await tx
        .table('threads')
        .toCollection()
        .modify((thread: Record<string, unknown>) => {
          thread.snoozedAt ??= null;
          thread.clock ??= null;
        });
    },
  },
  {
    version: 4,
    changes:
      'A staging table for restoring backups of any size: the options page streams a large ' +
      'backup file record by record into staging ([importId+seq]), then moves it into the ' +
      'tables in one transaction, so a restore stays all-or-nothing without the whole file in ' +
      'memory or in one message. Nothing existing changes; the table starts empty.',
    stores: {
      staging: '[importId+seq], importId',
    },
  },
  {
    version: 5,
    changes:
      'Follow-ups keep when they were done (completedAt), for the customer record (promises kept ' +
      'on time or late), and are indexed by [accountId+customerId] so a customer\'s promises are ' +
      'read without the whole account. A done follow-up from before gets its updatedAt: no ' +
      'action changes a done follow-up except reopening it, so that is when it was done.',
    stores: {
      followUps:
        '[accountId+id], &[accountId+messageId+sentence], accountId, [accountId+threadId], ' +
        '[accountId+state], [accountId+state+due], updatedAt, snoozedUntil, [accountId+customerId]',
    },
    upgrade: async (tx) => {
      await tx
        .table('followUps')
        .toCollection()
        .modify((f: Record<string, unknown>) => {
          f.completedAt ??= f.state === 'done' ? f.updatedAt : null;
        });
    },
  },
  {
    version: 6,
    changes:
      'Follow-ups keep the history of their due date (redated: from, to, when, and whether a ' +
      'heads-up to the customer or an edit by hand moved it), so the record and the sidebar can ' +
      'tell a promise re-dated in good time from one that slipped. Older follow-ups start with an ' +
      'empty history: nothing says whether or why their date moved. Customers may carry ' +
      'quietSnoozedUntil (going quiet put off; absent means not put off); alert states may be ' +
      "'heads-up' (a promise's at-risk day was announced). No index changes.",
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('followUps')
        .toCollection()
        .modify((f: Record<string, unknown>) => {
          f.redated ??= [];
        });
    },
  },
  {
    version: 7,
    changes:
      'Customers may carry timeZone (the IANA zone of their clock, set in the customer book; absent ' +
      'means not set), so "by 5pm your time" in mail to them is dated on it. Nothing to convert, no ' +
      'index changes.',
    stores: {},
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
