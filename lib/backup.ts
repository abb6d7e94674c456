/**
 * Backup and restore of the whole store, or of one account, as a versioned JSON document
 * (docs/backup-format.md). Import checks the whole file before it touches the store, and
 * restores in one transaction, so a bad file or a failure changes nothing.
 */
import { parse as parseLoose, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import type { FollowThroughDB } from './db/database';
import {
  ACCOUNT_TABLES,
  recordSchemas,
  settingsRecordSchema,
  type TableName,
} from './db/records';
import { locatePath, positionAt, tooDeepAt } from './json-location';
import { ALL_ACCOUNTS, markClocksStale } from './db/stale-store';
import { formatPath, recordProblem } from './validation';
import { instant } from './schema-primitives';

export const BACKUP_FORMAT = 'follow-through-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Far above any real book of business; refuses a wrong file before parsing it. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** A backup nests about six levels (tables.threads[0].clock.since); far more is another file. */
export const MAX_BACKUP_DEPTH = 64;

type AccountTable = (typeof ACCOUNT_TABLES)[number];

const tablesShape = Object.fromEntries(
  ACCOUNT_TABLES.map((name) => [name, z.array(recordSchemas[name]).default([])]),
) as { [K in AccountTable]: z.ZodDefault<z.ZodArray<(typeof recordSchemas)[K]>> };

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: `expected "format": "${BACKUP_FORMAT}"` }),
  formatVersion: z
    .number()
    .int()
    .min(1)
    .max(BACKUP_FORMAT_VERSION, {
      message: `this file was written by a newer Follow-through (format ${BACKUP_FORMAT_VERSION} is the newest this version reads)`,
    }),
  exportedAt: instant,
  schemaVersion: z.number().int().min(1),
  settings: settingsRecordSchema.shape.value.nullable().default(null),
  tables: z.object(tablesShape),
});
export type BackupDocument = z.infer<typeof backupSchema>;

export interface BackupProblem {
  /** Where in the document, e.g. `tables.customers[3].domains[0]`. */
  path: string;
  line: number | null;
  column: number | null;
  message: string;
}

export class BackupError extends Error {
  constructor(readonly problems: BackupProblem[]) {
    super(
      'This backup file cannot be imported; nothing was changed. ' +
        problems
          .slice(0, 5)
          .map((p) => `${p.line ? `line ${p.line}, ` : ''}${p.path}: ${p.message}`)
          .join('; ') +
        (problems.length > 5 ? `; and ${problems.length - 5} more problems` : ''),
    );
    this.name = 'BackupError';
  }
}

/** A row's identity in its table (its primary key), as one string. */
export const primaryKey: Record<AccountTable, (r: Record<string, unknown>) => string> = {
  accounts: (r) => String(r.id),
  customers: (r) => `${r.accountId} ${r.id}`,
  contacts: (r) => `${r.accountId} ${r.email}`,
  threads: (r) => `${r.accountId} ${r.threadId}`,
  messages: (r) => `${r.accountId} ${r.messageId}`,
  followUps: (r) => `${r.accountId} ${r.id}`,
  alertStates: (r) => `${r.accountId} ${r.itemKey}`,
};

/** Checks that the records agree with each other: keys unique, every row's account present. */
function crossCheck(doc: BackupDocument): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const accounts = new Set(doc.tables.accounts.map((a) => a.id));
  for (const name of ACCOUNT_TABLES) {
    const seen = new Map<string, number>();
    (doc.tables[name] as Record<string, unknown>[]).forEach((row, i) => {
      const key = primaryKey[name](row);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ path: ['tables', name, i], message: `duplicates ${name}[${first}]` });
      } else seen.set(key, i);
      if (name !== 'accounts' && !accounts.has(String(row.accountId))) {
        problems.push({
          path: ['tables', name, i, 'accountId'],
          message: `account ${String(row.accountId)} is not listed in tables.accounts`,
        });
      }
    });
  }
  const followUpKeys = new Map<string, number>();
  doc.tables.followUps.forEach((f, i) => {
    const key = `${f.accountId} ${f.messageId} ${f.sentence}`;
    const first = followUpKeys.get(key);
    if (first !== undefined) {
      problems.push({
        path: ['tables', 'followUps', i],
        message: `same account, message and sentence as followUps[${first}]`,
      });
    } else followUpKeys.set(key, i);
  });
  return problems;
}

/** Parses and validates a backup file completely; throws BackupError listing every problem found. */
export function parseBackup(text: string): BackupDocument {
  if (text.length > MAX_BACKUP_BYTES) {
    throw new BackupError([
      { path: '(file)', line: null, column: null, message: 'the file is too large to be a backup' },
    ]);
  }
  if (!text.trim()) {
    throw new BackupError([{ path: '(file)', line: null, column: null, message: 'the file is empty' }]);
  }
  const deep = tooDeepAt(text, MAX_BACKUP_DEPTH);
  if (deep !== null) {
    const where = positionAt(text, deep);
    throw new BackupError([
      {
        path: '(file)',
        ...where,
        message: `nested more than ${MAX_BACKUP_DEPTH} levels deep; a backup never is, so this is not one`,
      },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // JSON.parse's message differs between engines; jsonc-parser says where, the same everywhere.
    const errors: ParseError[] = [];
    parseLoose(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const where = first ? positionAt(text, first.offset) : null;
    throw new BackupError([
      {
        path: '(file)',
        line: where?.line ?? null,
        column: where?.column ?? null,
        message: `not valid JSON${first ? ` (${printParseErrorCode(first.error)})` : ''}`,
      },
    ]);
  }
  const tree = parseTree(text);
  const locate = (path: readonly PropertyKey[]): BackupProblem => {
    const where = locatePath(text, path, tree);
    return { path: formatPath(path), line: where?.line ?? null, column: where?.column ?? null, message: '' };
  };
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BackupError(parsed.error.issues.map((i) => ({ ...locate(i.path), message: recordProblem(i) })));
  }
  const conflicts = crossCheck(parsed.data);
  if (conflicts.length) {
    throw new BackupError(conflicts.map((c) => ({ ...locate(c.path), message: c.message })));
  }
  return parsed.data;
}

export interface ImportSummary {
  accounts: string[];
  counts: Record<AccountTable, number>;
  settingsRestored: boolean;
}

/**
 * Restores a checked backup: each account in the file is replaced by the file's copy of it,
 * accounts not in the file are left alone, settings are restored when the file has them.
 */
export async function restoreBackup(db: FollowThroughDB, doc: BackupDocument): Promise<ImportSummary> {
  const accounts = doc.tables.accounts.map((a) => a.id);
  await db.transaction('rw', TABLE_LIST(db), async () => {
    for (const name of ACCOUNT_TABLES) {
      const table = db.table(name);
      const key = name === 'accounts' ? 'id' : 'accountId';
      await table.where(key).anyOf(accounts).delete();
      await table.bulkAdd(doc.tables[name]);
    }
    if (doc.settings) await db.settings.put({ id: 'global', value: doc.settings });
    // Restored settings move every account's clocks; otherwise only the restored accounts'.
    await markClocksStale(db, doc.settings ? ALL_ACCOUNTS : accounts);
  });
  const counts = Object.fromEntries(
    ACCOUNT_TABLES.map((name) => [name, doc.tables[name].length]),
  ) as Record<AccountTable, number>;
  return { accounts, counts, settingsRestored: doc.settings !== null };
}

export async function importBackup(db: FollowThroughDB, text: string): Promise<ImportSummary> {
  return restoreBackup(db, parseBackup(text));
}

const TABLE_LIST = (db: FollowThroughDB) =>
  (Object.keys(recordSchemas) as TableName[]).map((name) => db.table(name));
