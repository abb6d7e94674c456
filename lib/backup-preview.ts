/**
 * What restoring a backup would replace, in words the options page shows before the user
 * confirms: per table, the rows of the file's accounts now and in the file; which accounts
 * are new and which stay untouched; which settings the file's copy would change.
 */
import type { PreparedBackup } from './backup-file';
import { countRecords, listAccounts } from './db/accounts-store';
import type { FollowThroughDB } from './db/database';
import { ACCOUNT_TABLES } from './db/records';
import { readSettings } from './db/settings-store';
import { SETTINGS_FIELDS, type Settings, type SettingsField } from './settings';

type AccountTable = (typeof ACCOUNT_TABLES)[number];

export const TABLE_LABELS: Record<AccountTable, string> = {
  accounts: 'Accounts',
  customers: 'Customers',
  contacts: 'Contacts',
  threads: 'Threads',
  messages: 'Messages (dates and addresses, never bodies)',
  followUps: 'Follow-ups',
  alertStates: 'Alerts already shown',
};

/** "1 thread", "3 follow-ups": a table's rows counted in words. */
const TABLE_NOUNS: Record<AccountTable, [string, string]> = {
  accounts: ['account', 'accounts'],
  customers: ['customer', 'customers'],
  contacts: ['contact', 'contacts'],
  threads: ['thread', 'threads'],
  messages: ['message record', 'message records'],
  followUps: ['follow-up', 'follow-ups'],
  alertStates: ['alert already shown', 'alerts already shown'],
};

/** "2 customers, 1 thread, 4 follow-ups": the tables that have rows, in words; '' when none has. */
export function countsInWords(counts: Record<AccountTable, number>, leaveOut: readonly AccountTable[] = ['accounts', 'alertStates']): string {
  return ACCOUNT_TABLES.filter((t) => !leaveOut.includes(t) && counts[t] > 0)
    .map((t) => `${counts[t].toLocaleString('en')} ${TABLE_NOUNS[t][counts[t] === 1 ? 0 : 1]}`)
    .join(', ');
}

/** Settings by the names the options page gives them; a field missing here shows its key. */
export const SETTING_LABELS: Partial<Record<SettingsField, string>> = {
  timeZone: 'time zone',
  workingHours: 'working hours',
  holidays: 'holidays',
  outOfOffice: 'out of office',
  firstReplyTarget: 'first reply target',
  nextReplyTarget: 'next reply target',
  atRiskPercent: 'at-risk point',
  followUpDelayWorkingDays: 'follow-up delay',
  checkInAfterDone: 'check-in after done',
  checkInDelayWorkingDays: 'check-in delay',
  confirmCommitments: 'commitments found in sent mail',
  followUpAtRiskWorkingDays: 'promise heads-up',
  dateOrder: 'date order',
  ownDomains: 'own domains',
  sendAsAliases: 'send-as addresses',
  ignoredSenders: 'ignored senders',
  notifications: 'notifications',
  badgeScope: 'what the badge counts',
  tiers: 'tiers and their targets',
};

export interface BackupPreview {
  /** The file's accounts; `exists` when this browser has data for it now. */
  accounts: { id: string; exists: boolean }[];
  /** Accounts here that the file does not name: left as they are. */
  untouched: string[];
  tables: { table: AccountTable; label: string; now: number; file: number }[];
  /** null: the file has no settings, so the current ones stay. */
  settingsChanged: string[] | null;
}

export async function previewBackup(db: FollowThroughDB, prepared: Pick<PreparedBackup, 'accounts' | 'counts' | 'settings'>): Promise<BackupPreview> {
  const [existing, current] = await Promise.all([listAccounts(db), readSettings(db)]);
  const here = new Set(existing.map((a) => a.id));
  const now = await Promise.all(prepared.accounts.map((id) => countRecords(db, id)));
  return {
    accounts: prepared.accounts.map((id) => ({ id, exists: here.has(id) })),
    untouched: existing.map((a) => a.id).filter((id) => !prepared.accounts.includes(id)),
    tables: ACCOUNT_TABLES.map((table) => ({
      table,
      label: TABLE_LABELS[table],
      now: now.reduce((sum, c) => sum + c[table], 0),
      file: prepared.counts[table],
    })),
    settingsChanged: prepared.settings ? changedSettings(current, prepared.settings) : null,
  };
}

export function changedSettings(current: Settings, incoming: Settings): string[] {
  return SETTINGS_FIELDS.filter((f) => JSON.stringify(current[f]) !== JSON.stringify(incoming[f])).map(
    (f) => SETTING_LABELS[f] ?? f,
  );
}
