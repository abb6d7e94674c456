/** The weekly review of one account, read from the store (weekly-review.ts does the counting). */
import { loadClockContext } from '../alerts/thread-clock';
import { classifyAddress } from '../customers/recognition';
import type { FollowThroughDB } from '../db/database';
import type { Message } from '../db/records';
import { weeklyReview, type WeeklyReview } from './weekly-review';

export async function weeklyReviewOf(
  db: FollowThroughDB,
  { accountId, day }: { accountId: string; day: string },
  now: Date,
): Promise<WeeklyReview> {
  const [ctx, followUps, threads, messages] = await Promise.all([
    loadClockContext(db, accountId),
    db.followUps.where('accountId').equals(accountId).toArray(),
    db.threads.where('accountId').equals(accountId).toArray(),
    // Every message of the account: the quiet rule needs the last contact before the week's
    // end, however long ago. Metadata only, so even a year of mail is a few megabytes.
    db.messages.where('accountId').equals(accountId).toArray(),
  ]);
  const byThread = new Map<string, Message[]>();
  for (const m of messages) {
    const list = byThread.get(m.threadId) ?? [];
    list.push(m);
    byThread.set(m.threadId, list);
  }
  return weeklyReview({
    day,
    customers: [...ctx.customers.values()],
    followUps,
    threads: threads.map((thread) => ({ thread, messages: byThread.get(thread.threadId) ?? [] })),
    settings: ctx.settings,
    schedule: ctx.schedule,
    isCustomerMessage: (m) => classifyAddress(ctx.index, m.from).kind === 'customer',
    now,
  });
}
