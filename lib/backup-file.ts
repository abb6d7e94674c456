/**
 * Backups as files of any size. The options page reads and writes IndexedDB itself (no
 * runtime message, so Chrome's 64 MiB message cap does not apply):
 *   - export writes the document in pieces from one read transaction, one record per line,
 *     so the page composes a Blob without ever holding the whole text;
 *   - import reads a file up to WHOLE_FILE_LIMIT at once (every problem then gets its line
 *     and column, backup.ts); a larger one is streamed record by record through a JSON
 *     stream parser, each record checked and parked in the staging table, and only after the
 *     whole file passed does one transaction move it into the tables. All or nothing, either way.
 */
import { JSONParser } from '@streamparser/json';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  MAX_BACKUP_DEPTH,
  backupSchema,
  parseBackup,
  primaryKey,
  restoreBackup,
  type BackupDocument,
  type ImportSummary,
} from './backup';
import type { FollowThroughDB } from './db/database';
import { ACCOUNT_TABLES, recordSchemas, TABLE_NAMES, type StagedRecord } from './db/records';
import { CURRENT_SCHEMA_VERSION } from './db/schema';
import { ALL_ACCOUNTS, markClocksStale } from './db/stale-store';
import { fileSafe } from './format';
import { nestingWatch } from './json-location';
import { formatPath, recordProblem } from './validation';

type AccountTable = (typeof ACCOUNT_TABLES)[number];

/** Files up to this size are read whole, for errors with line and column. */
export const WHOLE_FILE_LIMIT = 64 * 1024 * 1024;
/** Text handed to the sink at a time. */
const PIECE_CHARS = 4 * 1024 * 1024;
const STAGE_BATCH = 1_000;
const COPY_PAGE = 1_000;
/** A file this wrong is not worth reading to the end. */
const MAX_PROBLEMS = 50;

const keyField = (name: AccountTable) => (name === 'accounts' ? 'id' : 'accountId');
const allTables = (db: FollowThroughDB) => TABLE_NAMES.map((name) => db.table(name));

/**
 * Writes the backup of all accounts (or one) to `write` in pieces of a few megabytes. The
 * sink must be synchronous (e.g. adding to a Blob): awaiting anything else would end the
 * read transaction that keeps the copy consistent. Returns the row count of each table.
 */
export async function writeBackup(
  db: FollowThroughDB,
  { accountId, now, pieceChars = PIECE_CHARS }: { accountId?: string; now: Date; pieceChars?: number },
  write: (piece: string) => void,
): Promise<Record<AccountTable, number>> {
  const counts = {} as Record<AccountTable, number>;
  await db.transaction('r', allTables(db), async () => {
    let buffer = '';
    const put = (text: string) => {
      buffer += text;
      if (buffer.length >= pieceChars) {
        write(buffer);
        buffer = '';
      }
    };
    const settings = (await db.settings.get('global'))?.value ?? null;
    put(
      `{\n  "format": ${JSON.stringify(BACKUP_FORMAT)},\n  "formatVersion": ${BACKUP_FORMAT_VERSION},\n` +
        `  "exportedAt": ${JSON.stringify(now.toISOString())},\n  "schemaVersion": ${CURRENT_SCHEMA_VERSION},\n` +
        `  "settings": ${JSON.stringify(settings)},\n  "tables": {`,
    );
    for (const [n, name] of ACCOUNT_TABLES.entries()) {
      put(`${n ? ',' : ''}\n    ${JSON.stringify(name)}: [`);
      const table = db.table(name);
      const rows = accountId ? table.where(keyField(name)).equals(accountId) : table.toCollection();
      let count = 0;
      await rows.each((row) => put(`${count++ ? ',' : ''}\n      ${JSON.stringify(row)}`));
      counts[name] = count;
      put(count ? '\n    ]' : ']');
    }
    put('\n  }\n}\n');
    write(buffer);
  });
  return counts;
}

/** The whole backup as one string: for small stores and tests. */
export async function backupText(db: FollowThroughDB, options: { accountId?: string; now: Date }): Promise<string> {
  const pieces: string[] = [];
  await writeBackup(db, options, (piece) => pieces.push(piece));
  return pieces.join('');
}

export function backupFilename(now: Date, accountId?: string): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '');
  return `follow-through-${accountId ? fileSafe(accountId) : 'all'}-${stamp}.json`;
}

/** A File, or anything with its size, text and byte stream. */
export interface BackupSource {
  readonly size: number;
  text(): Promise<string>;
  stream(): ReadableStream<Uint8Array>;
}

/** Restores a backup file of any size; see the module comment. Throws BackupError, changing nothing. */
export async function restoreBackupFile(
  db: FollowThroughDB,
  file: BackupSource,
  options: { wholeFileLimit?: number } = {},
): Promise<ImportSummary> {
  return (await prepareBackupFile(db, file, options)).commit();
}

/**
 * A backup file checked through and ready to restore, nothing changed yet: what it holds,
 * for the page to show before the user confirms. `commit` restores it (all or nothing);
 * `discard` drops what a large file parked in staging.
 */
export interface PreparedBackup {
  accounts: string[];
  counts: Record<AccountTable, number>;
  settings: BackupDocument['settings'];
  commit(): Promise<ImportSummary>;
  discard(): Promise<void>;
}

/** Checks a backup file of any size without touching the store; throws BackupError. */
export async function prepareBackupFile(
  db: FollowThroughDB,
  file: BackupSource,
  { wholeFileLimit = WHOLE_FILE_LIMIT }: { wholeFileLimit?: number } = {},
): Promise<PreparedBackup> {
  if (file.size > wholeFileLimit) return stageStreamed(db, file);
  const doc = parseBackup(await file.text());
  return {
    accounts: doc.tables.accounts.map((a) => a.id),
    counts: Object.fromEntries(ACCOUNT_TABLES.map((name) => [name, doc.tables[name].length])) as Record<AccountTable, number>,
    settings: doc.settings,
    commit: () => restoreBackup(db, doc),
    discard: async () => {},
  };
}

const headerSchema = backupSchema.omit({ tables: true });
const isAccountTable = (name: string): name is AccountTable => (ACCOUNT_TABLES as readonly string[]).includes(name);

async function stageStreamed(db: FollowThroughDB, file: BackupSource): Promise<PreparedBackup> {
  const importId = crypto.randomUUID();
  // Left by an import whose page closed before it finished: never part of the store.
  await db.staging.clear();
  const problems: { path: (string | number)[]; message: string }[] = [];
  const header: Record<string, unknown> = {};
  const seen = Object.fromEntries(ACCOUNT_TABLES.map((n) => [n, new Map<string, number>()])) as Record<AccountTable, Map<string, number>>;
  const promises = new Map<string, number>();
  const referenced = new Map<string, (string | number)[]>();
  const accounts: string[] = [];
  const counts = Object.fromEntries(ACCOUNT_TABLES.map((n) => [n, 0])) as Record<AccountTable, number>;
  let seq = 0;
  let pending: StagedRecord[] = [];

  const parser = new JSONParser({
    paths: ['$.format', '$.formatVersion', '$.exportedAt', '$.schemaVersion', '$.settings', '$.tables.*.*'],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) {
      header[String(key)] = value;
      return;
    }
    const name = String(stack[2]?.key);
    if (typeof key !== 'number') {
      problems.push({ path: ['tables', name], message: 'Invalid input: expected array, received object' });
      return;
    }
    const index = key;
    if (!isAccountTable(name)) {
      if (index === 0) problems.push({ path: ['tables', name], message: 'not a table of a Follow-through backup' });
      return;
    }
    const parsed = recordSchemas[name].safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        problems.push({ path: ['tables', name, index, ...(issue.path as (string | number)[])], message: recordProblem(issue) });
      }
      return;
    }
    const row = parsed.data as Record<string, unknown>;
    const id = primaryKey[name](row);
    const first = seen[name].get(id);
    if (first !== undefined) problems.push({ path: ['tables', name, index], message: `duplicates ${name}[${first}]` });
    else seen[name].set(id, index);
    if (name === 'accounts') accounts.push(String(row.id));
    else if (!referenced.has(String(row.accountId))) referenced.set(String(row.accountId), ['tables', name, index, 'accountId']);
    if (name === 'followUps') {
      const promise = `${row.accountId} ${row.messageId} ${row.sentence}`;
      const earlier = promises.get(promise);
      if (earlier !== undefined) {
        problems.push({ path: ['tables', name, index], message: `same account, message and sentence as followUps[${earlier}]` });
      } else promises.set(promise, index);
    }
    pending.push({ importId, seq: seq++, table: name, record: row });
    counts[name]++;
  };

  let started = false;
  const tooDeep = nestingWatch(MAX_BACKUP_DEPTH);
  const discard = async () => {
    await db.staging.where('importId').equals(importId).delete();
  };
  try {
    const reader = file.stream().getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value: bytes } = await reader.read();
      if (done) break;
      const value = decoder.decode(bytes, { stream: true });
      if (!started && /\S/.test(value)) {
        started = true;
        if (!/^\s*\{/.test(value)) {
          await reader.cancel();
          throw new BackupError([{ path: '(file)', line: null, column: null, message: 'not valid JSON for a backup (it must start with "{")' }]);
        }
      }
      const deep = tooDeep(value);
      if (deep !== null) {
        await reader.cancel();
        throw new BackupError([
          { path: '(file)', line: null, column: null, message: `nested more than ${MAX_BACKUP_DEPTH} levels deep (at character ${deep + 1}); a backup never is, so this is not one` },
        ]);
      }
      try {
        parser.write(value);
      } catch (err) {
        await reader.cancel();
        throw new BackupError([{ path: '(file)', line: null, column: null, message: `not valid JSON (${(err as Error).message})` }]);
      }
      if (pending.length >= STAGE_BATCH) {
        await db.staging.bulkAdd(pending);
        pending = [];
      }
      if (problems.length >= MAX_PROBLEMS) {
        await reader.cancel();
        break;
      }
    }
    if (problems.length < MAX_PROBLEMS && !parser.isEnded) {
      const message = started ? 'not valid JSON (the file ends in the middle)' : 'the file is empty';
      throw new BackupError([{ path: '(file)', line: null, column: null, message }]);
    }
    await db.staging.bulkAdd(pending);
    pending = [];

    const checked = headerSchema.safeParse(header);
    if (!checked.success) for (const issue of checked.error.issues) problems.push({ path: issue.path as (string | number)[], message: recordProblem(issue) });
    const listed = new Set(accounts);
    for (const [accountId, path] of referenced) {
      if (!listed.has(accountId)) problems.push({ path, message: `account ${accountId} is not listed in tables.accounts` });
    }
    if (accounts.length === 0 && problems.length === 0) problems.push({ path: ['tables', 'accounts'], message: 'the file lists no account' });
    if (problems.length) {
      throw new BackupError(problems.map((p) => ({ path: formatPath(p.path), line: null, column: null, message: p.message })));
    }
    const settings = checked.success ? checked.data.settings : null;
    const commit = async (): Promise<ImportSummary> => {
      try {
        await moveStaged(settings);
      } catch (err) {
        await discard();
        throw err;
      }
      return { accounts, counts, settingsRestored: settings !== null };
    };
    return { accounts, counts, settings, commit, discard };
  } catch (err) {
    await discard();
    throw err;
  }

  async function moveStaged(settings: BackupDocument['settings']) {
    await db.transaction('rw', allTables(db), async () => {
      for (const name of ACCOUNT_TABLES) await db.table(name).where(keyField(name)).anyOf(accounts).delete();
      for (let from = 0; from < seq; from += COPY_PAGE) {
        const page = await db.staging.where('[importId+seq]').between([importId, from], [importId, from + COPY_PAGE]).toArray();
        const byTable = new Map<string, unknown[]>();
        for (const staged of page) {
          const rows = byTable.get(staged.table);
          if (rows) rows.push(staged.record);
          else byTable.set(staged.table, [staged.record]);
        }
        for (const [name, rows] of byTable) await db.table(name).bulkAdd(rows);
      }
      if (settings) await db.settings.put({ id: 'global', value: settings });
      await markClocksStale(db, settings ? ALL_ACCOUNTS : accounts);
      await discard();
    });
  }
}
