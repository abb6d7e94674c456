/**
 * The inbox-row chips: for one screen of rows, the reply clock of each thread a customer is
 * waiting on. Threads with no running clock are left out, so a screen of ordinary mail costs
 * one indexed read and nothing more.
 */
import type { FollowThroughDB } from '../db/database';
import type { Message, Thread } from '../db/records';
import type { Chip } from '../messaging/gmail-protocol';
import { loadClockContext, stateOfThread } from './thread-clock';

export async function threadChips(
  db: FollowThroughDB,
  { accountId, threadIds }: { accountId: string; threadIds: readonly string[] },
  now: Date,
): Promise<Chip[]> {
  const threads = (await db.threads.bulkGet(threadIds.map((id) => [accountId, id] as [string, string]))).filter(
    (t): t is Thread => !!t?.clock,
  );
  if (threads.length === 0) return [];
  const [ctx, messages] = await Promise.all([
    loadClockContext(db, accountId),
    db.messages
      .where('[accountId+threadId]')
      .anyOf(threads.map((t) => [accountId, t.threadId]))
      .toArray(),
  ]);
  const byThread = new Map<string, Message[]>();
  for (const m of messages) {
    const list = byThread.get(m.threadId);
    if (list) list.push(m);
    else byThread.set(m.threadId, [m]);
  }
  const chips: Chip[] = [];
  for (const thread of threads) {
    const state = stateOfThread(thread, byThread.get(thread.threadId) ?? [], ctx, now);
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
