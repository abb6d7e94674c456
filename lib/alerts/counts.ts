/**
 * What the badge needs (how many items, and whether any is breached or overdue) counted
 * through indexes, without reading the items: the badge recompute runs every minute and
 * after every change, on stores of tens of thousands of threads.
 */
import Dexie from 'dexie';
import type { FollowThroughDB } from '../db/database';

export interface AttentionCounts {
  /** Threads at risk or breached (breached ones included). */
  threadsAtRisk: number;
  threadsBreached: number;
  /** Open follow-ups due today or overdue (overdue ones included). */
  followUpsDue: number;
  followUpsOverdue: number;
}

const ZERO: AttentionCounts = { threadsAtRisk: 0, threadsBreached: 0, followUpsDue: 0, followUpsOverdue: 0 };

export async function countAttention(
  db: FollowThroughDB,
  { accounts, now, today }: { accounts: readonly string[]; now: Date; today: string },
): Promise<AttentionCounts> {
  const nowIso = now.toISOString();
  const upTo = (table: 'threads' | 'followUps', index: string, prefix: unknown[], upper: unknown, inclusive = true) =>
    db[table]
      .where(index)
      .between([...prefix, Dexie.minKey], [...prefix, upper], true, inclusive)
      .count();
  const perAccount = await Promise.all(
    accounts.map(async (account) => {
      const [threadsAtRisk, threadsBreached, followUpsDue, followUpsOverdue] = await Promise.all([
        upTo('threads', '[accountId+clock.atRiskAt]', [account], nowIso),
        upTo('threads', '[accountId+clock.breachedAt]', [account], nowIso),
        upTo('followUps', '[accountId+state+due]', [account, 'open'], today),
        upTo('followUps', '[accountId+state+due]', [account, 'open'], today, false),
      ]);
      return { threadsAtRisk, threadsBreached, followUpsDue, followUpsOverdue };
    }),
  );
  const counts = perAccount.reduce(add, { ...ZERO });

  // Snoozed items are hidden; there are few of them, so they are read and taken off.
  const inScope = new Set(accounts);
  const [threads, followUps] = await Promise.all([
    db.threads.where('snoozedUntil').above(nowIso).toArray(),
    db.followUps.where('snoozedUntil').above(nowIso).toArray(),
  ]);
  for (const t of threads) {
    if (!inScope.has(t.accountId) || !t.clock) continue;
    if (t.clock.atRiskAt && t.clock.atRiskAt <= nowIso) counts.threadsAtRisk--;
    if (t.clock.breachedAt && t.clock.breachedAt <= nowIso) counts.threadsBreached--;
  }
  for (const f of followUps) {
    if (!inScope.has(f.accountId) || f.state !== 'open' || f.due === null) continue;
    if (f.due <= today) counts.followUpsDue--;
    if (f.due < today) counts.followUpsOverdue--;
  }
  return counts;
}

function add(a: AttentionCounts, b: AttentionCounts): AttentionCounts {
  return {
    threadsAtRisk: a.threadsAtRisk + b.threadsAtRisk,
    threadsBreached: a.threadsBreached + b.threadsBreached,
    followUpsDue: a.followUpsDue + b.followUpsDue,
    followUpsOverdue: a.followUpsOverdue + b.followUpsOverdue,
  };
}
