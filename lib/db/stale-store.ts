/**
 * Marks that stored reply clocks are out of date. A write that moves clocks (a setting, a
 * customer, a restored backup) puts its mark in its own transaction, so the write and the
 * duty to recompute become durable together: if the service worker dies before the
 * recompute, the next start or alarm finds the mark and finishes the work
 * (alerts/stale-clocks.ts).
 */
import type { FollowThroughDB } from './database';
import type { Meta } from './records';

const PREFIX = 'clocks.stale:';
/** Every account: a change of the global settings. */
export const ALL_ACCOUNTS = '*';

/** Call inside the write's own transaction, which must include db.meta. */
export async function markClocksStale(db: FollowThroughDB, accountIds: readonly string[] | typeof ALL_ACCOUNTS): Promise<void> {
  // A fresh value per write: a recompute clears only the marks it saw, never a newer one.
  const value = crypto.randomUUID();
  const ids = accountIds === ALL_ACCOUNTS ? [ALL_ACCOUNTS] : accountIds;
  await db.meta.bulkPut(ids.map((id) => ({ key: PREFIX + id, value })));
}

export interface StaleMark extends Meta {
  accountId: string;
}

export async function staleMarks(db: FollowThroughDB): Promise<StaleMark[]> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  return rows.map((row) => ({ ...row, accountId: row.key.slice(PREFIX.length) }));
}

/** Clears the marks a recompute started from, unless a newer write marked them again. */
export async function clearStaleMarks(db: FollowThroughDB, marks: readonly StaleMark[]): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await db.meta.bulkGet(marks.map((m) => m.key));
    const done = marks.filter((m, n) => current[n]?.value === m.value).map((m) => m.key);
    await db.meta.bulkDelete(done);
  });
}
