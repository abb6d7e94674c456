/**
 * The inbox-row chips: for one screen of rows, the reply clock of each thread a customer is
 * waiting on. Threads with no running clock are left out, so a screen of ordinary mail costs
 * one indexed read and nothing more.
 */
import type { FollowThroughDB } from '../db/database';
import type { Chip } from '../messaging/gmail-protocol';
import { loadClockContext, stateOfThread } from './thread-clock';

export async function threadChips(
  db: FollowThroughDB,
  { accountId, threadIds }: { accountId: string; threadIds: readonly string[] },
  now: Date,
): Promise<Chip[]> {
  const threads = (await db.threads.bulkGet(threadIds.map((id) => [accountId, id] as [string, string]))).filter(
    (t) => t?.clock,
  );
  if (threads.length === 0) return [];
  const ctx = await loadClockContext(db, accountId);
  const chips: Chip[] = [];
  for (const thread of threads) {
    if (!thread) continue;
    const messages = await db.messages.where('[accountId+threadId]').equals([accountId, thread.threadId]).toArray();
    const state = stateOfThread(thread, messages, ctx, now);
    if (!state.awaiting) continue;
    chips.push({
      threadId: thread.threadId,
      status: state.status,
      waitedMinutes: state.elapsedMinutes,
      targetMinutes: state.targetMinutes,
      customerName: thread.customerId ? (ctx.customers.get(thread.customerId)?.name ?? null) : null,
    });
  }
  return chips;
}
