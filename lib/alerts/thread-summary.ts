/**
 * What the Gmail sidebar shows for the open thread: the customer, the live reply clock and
 * what is owed to the customer in this thread, plus a customer proposal for an unknown sender.
 */
import { classifyAddress } from '../customers/recognition';
import { proposeCustomer, type CustomerProposal } from '../customers/propose';
import type { FollowThroughDB } from '../db/database';
import type { Customer, FollowUp } from '../db/records';
import { followUpsOfThread } from '../db/follow-ups-store';
import { followUpStatus, type FollowUpStatus } from '../follow-up-state';
import { loadClockContext, stateOfThread } from './thread-clock';

export interface ThreadSummary {
  customer: Customer | null;
  clock:
    | { awaiting: false; reason: string }
    | {
        awaiting: true;
        side: 'firstReply' | 'nextReply';
        since: string;
        status: 'ok' | 'at-risk' | 'breached';
        elapsedMinutes: number;
        remainingMinutes: number;
        unit: 'businessHours' | 'calendarHours';
        snoozedUntil: string | null;
      };
  followUps: (FollowUp & { status: FollowUpStatus })[];
  /** For the first unknown outside sender: a customer to offer adding. */
  proposal: CustomerProposal | null;
}

export async function threadSummary(
  db: FollowThroughDB,
  { accountId, threadId }: { accountId: string; threadId: string },
  now: Date,
): Promise<ThreadSummary> {
  const [ctx, thread, messages, followUps] = await Promise.all([
    loadClockContext(db, accountId),
    db.threads.get([accountId, threadId]),
    db.messages.where('[accountId+threadId]').equals([accountId, threadId]).toArray(),
    followUpsOfThread(db, accountId, threadId),
  ]);
  const customer = thread?.customerId ? (ctx.customers.get(thread.customerId) ?? null) : null;
  const state = stateOfThread(thread ?? null, messages, ctx, now);
  const unknownSender = messages
    .filter((m) => m.direction === 'incoming')
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt))
    .find((m) => classifyAddress(ctx.index, m.from).kind === 'unknown-external');
  return {
    customer,
    clock: state.awaiting
      ? {
          awaiting: true,
          side: state.side,
          since: state.since.toISOString(),
          status: state.status,
          elapsedMinutes: state.elapsedMinutes,
          remainingMinutes: state.remainingMinutes,
          unit: state.target.unit,
          snoozedUntil: state.snoozedUntil?.toISOString() ?? null,
        }
      : { awaiting: false, reason: state.reason },
    followUps: followUps.map((f) => ({ ...f, status: followUpStatus(f, ctx.schedule, now) })),
    proposal: !customer && unknownSender ? proposeCustomer(unknownSender.from, ctx.index) : null,
  };
}
