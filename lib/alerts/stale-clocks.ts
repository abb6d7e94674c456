/**
 * Finishes the recomputes that writes marked as owed (db/stale-store.ts): the clocks of the
 * marked accounts, then a fresh alerts check. Run after each such write, at worker start and
 * on the minute alarm; running it twice is harmless, and one run at a time per database.
 */
import type { FollowThroughDB } from '../db/database';
import { ALL_ACCOUNTS, clearStaleMarks, staleMarks } from '../db/stale-store';
import { recheckAllAlerts } from './announcements';
import { refreshThreadClocks } from './thread-clock';

const running = new WeakMap<FollowThroughDB, Promise<number>>();

/** Returns how many accounts were recomputed (0 when nothing was owed). */
export function finishStaleClocks(db: FollowThroughDB, now: Date): Promise<number> {
  const before = running.get(db) ?? Promise.resolve(0);
  const next = before.catch(() => 0).then(() => finish(db, now));
  running.set(db, next);
  return next;
}

async function finish(db: FollowThroughDB, now: Date): Promise<number> {
  const marks = await staleMarks(db);
  if (marks.length === 0) return 0;
  const accounts = marks.some((m) => m.accountId === ALL_ACCOUNTS)
    ? await db.accounts.toCollection().primaryKeys()
    : [...new Set(marks.map((m) => m.accountId))];
  for (const accountId of accounts) await refreshThreadClocks(db, accountId, now);
  // Changes such as a restore or a new time zone make items overdue without touching them.
  await recheckAllAlerts(db);
  await clearStaleMarks(db, marks);
  return accounts.length;
}
