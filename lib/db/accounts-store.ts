import type { Account } from './records';
import { ACCOUNT_TABLES, TABLE_NAMES } from './records';
import type { FollowThroughDB } from './database';

/**
 * Records that Gmail showed this account signed in; creates its partition on first sight.
 * Send-as aliases only accumulate: Gmail offers them per compose window, not all at once.
 */
export async function noteAccountSeen(
  db: FollowThroughDB,
  accountId: string,
  now: Date,
  aliases: readonly string[] = [],
): Promise<Account> {
  const id = accountId.trim().toLowerCase();
  return db.transaction('rw', db.accounts, async () => {
    const existing = await db.accounts.get(id);
    const known = new Set([...(existing?.aliases ?? []), ...aliases.map((a) => a.trim().toLowerCase())]);
    known.delete(id);
    const account: Account = {
      id,
      createdAt: existing?.createdAt ?? now.toISOString(),
      lastSeenAt: now.toISOString(),
      aliases: [...known].sort(),
    };
    await db.accounts.put(account);
    return account;
  });
}

export async function listAccounts(db: FollowThroughDB): Promise<Account[]> {
  return db.accounts.orderBy('id').toArray();
}

export type TableCounts = Record<(typeof ACCOUNT_TABLES)[number], number>;

/** Row counts per table, for one account or for all. */
export async function countRecords(db: FollowThroughDB, accountId?: string): Promise<TableCounts> {
  const entries = await Promise.all(
    ACCOUNT_TABLES.map(async (name) => {
      const table = db.table(name);
      const n =
        name === 'accounts'
          ? accountId
            ? await table.where('id').equals(accountId).count()
            : await table.count()
          : accountId
            ? await table.where('accountId').equals(accountId).count()
            : await table.count();
      return [name, n] as const;
    }),
  );
  return Object.fromEntries(entries) as TableCounts;
}

/** Every account, as deleteAccountData's scope: all data and the settings too. */
export const EVERYTHING = '*';

/**
 * Deletes one account's records from every table, in one transaction, and returns how many
 * rows each table lost; other accounts are untouched. EVERYTHING empties every table, the
 * settings and the bookkeeping included, as on a fresh install. The caller recomputes the
 * badge afterwards.
 */
export async function deleteAccountData(db: FollowThroughDB, accountId: string): Promise<TableCounts> {
  const everything = accountId === EVERYTHING;
  const id = accountId.trim().toLowerCase();
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('rw', tables, async () => {
    const deleted = await countRecords(db, everything ? undefined : id);
    if (everything) {
      await Promise.all(tables.map((t) => t.clear()));
    } else {
      for (const name of ACCOUNT_TABLES) {
        await db.table(name).where(name === 'accounts' ? 'id' : 'accountId').equals(id).delete();
      }
    }
    return deleted;
  });
}
