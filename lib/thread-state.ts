/**
 * The reply clock of one thread, from its observed messages (spec: response-targets.md,
 * "The reply clock"). Pure: the caller passes the messages, records, settings, schedule
 * and the clock.
 *
 * Who counts as a customer is decided by the caller: `isCustomerMessage` is applied to
 * every incoming message, and one that fails it (internal colleague, automated sender,
 * ignored address, unknown sender) is ignored altogether — it neither starts nor stops a
 * clock. Without the predicate every incoming message counts, i.e. the caller has already
 * filtered. Outgoing messages are always the user's.
 */
import type { Customer, Message, Thread } from './db/records';
import type { ReplyTarget, Settings } from './settings';
import type { Schedule } from './business-time';
import { elapsedTowardsTarget, targetDeadline, targetMinutes } from './business-time';

export type ReplySide = 'firstReply' | 'nextReply';
export type ReplyStatus = 'ok' | 'at-risk' | 'breached';
export type TargetSource = 'customer' | 'tier' | 'default';

export type ThreadMessage = Pick<Message, 'messageId' | 'from' | 'sentAt' | 'direction'>;
export type ThreadRecord = Pick<Thread, 'mark' | 'snoozedUntil' | 'updatedAt'>;
export type TargetCustomer = Pick<Customer, 'tier' | 'targets'>;
export type TargetSettings = Pick<Settings, 'firstReplyTarget' | 'nextReplyTarget' | 'tiers'>;

export interface ThreadStateInput {
  messages: readonly ThreadMessage[];
  /** The stored thread; null when the thread has no record yet (no mark, no snooze). */
  thread: ThreadRecord | null;
  customer: TargetCustomer | null;
  settings: TargetSettings & Pick<Settings, 'atRiskPercent'>;
  schedule: Schedule;
  isCustomerMessage?: (message: ThreadMessage) => boolean;
  /**
   * When the current snooze was set. A customer message after this instant ends the
   * snooze. Defaults to `thread.updatedAt`, which is right only as long as nothing but
   * user actions bumps `updatedAt` (message sync must not); storing the instant is better.
   */
  snoozedAt?: Date | null;
  /**
   * Messages Gmail shows in the thread that were never read here (collapsed since before
   * Follow-through was installed). The user may have replied in one of them, so the clock
   * never claims a first reply while any is unseen.
   */
  unseenMessages?: number;
  now: Date;
}

export interface ResolvedTarget {
  target: ReplyTarget;
  source: TargetSource;
}

export interface NotAwaiting {
  awaiting: false;
  /** What ended the last clock, or that no customer has written. */
  reason: 'no-customer-message' | 'answered' | 'no-reply-needed' | 'answered-elsewhere';
  /** When that happened: the user's last message or the mark; null without one. */
  since: Date | null;
}

export interface Awaiting {
  awaiting: true;
  /**
   * First reply while the user has never written nor marked the thread before the clock
   * started and every message of the thread was read; otherwise next reply.
   */
  side: ReplySide;
  /** How many of the thread's messages the clock could not take into account. */
  unseenMessages: number;
  /** The oldest unanswered customer message: the clock start. */
  since: Date;
  sinceMessageId: string;
  target: ReplyTarget;
  targetSource: TargetSource;
  targetMinutes: number;
  /** In the target's unit: business minutes, or real minutes for a calendar-hours target. */
  elapsedMinutes: number;
  /** targetMinutes − elapsedMinutes: negative once breached (by how much). */
  remainingMinutes: number;
  status: ReplyStatus;
  /** When the thread becomes (or became) at risk / breached; null if never on this schedule. */
  atRiskAt: Date | null;
  breachedAt: Date | null;
  /**
   * Set while a snooze hides the thread: until then it is no alert. The clock keeps running
   * under a snooze, so it may be breached when the snooze ends.
   */
  snoozedUntil: Date | null;
}

export type ThreadState = NotAwaiting | Awaiting;

export function resolveTarget(side: ReplySide, customer: TargetCustomer | null, settings: TargetSettings): ResolvedTarget {
  const own = customer?.targets[side];
  if (own) return { target: own, source: 'customer' };
  if (customer) {
    const tierName = customer.tier.trim().toLowerCase();
    const tier = settings.tiers.find((t) => t.name.trim().toLowerCase() === tierName);
    const fromTier = tier?.targets[side];
    if (fromTier) return { target: fromTier, source: 'tier' };
  }
  return { target: side === 'firstReply' ? settings.firstReplyTarget : settings.nextReplyTarget, source: 'default' };
}

interface Observed {
  message: ThreadMessage;
  at: number;
  outgoing: boolean;
}

export function threadState(input: ThreadStateInput): ThreadState {
  const { thread, now } = input;
  const countsAsCustomer = input.isCustomerMessage ?? (() => true);
  const observed: Observed[] = input.messages
    .filter((m) => m.direction === 'outgoing' || countsAsCustomer(m))
    .map((message) => ({ message, at: Date.parse(message.sentAt), outgoing: message.direction === 'outgoing' }));

  const lastOutgoing = Math.max(-Infinity, ...observed.filter((o) => o.outgoing).map((o) => o.at));
  const mark = thread?.mark ?? null;
  const markAt = mark ? Date.parse(mark.at) : -Infinity;
  // A reply sent at the same instant as a customer message answers it; so does a mark.
  const stoppedAt = Math.max(lastOutgoing, markAt);

  const customerMessages = observed.filter((o) => !o.outgoing);
  if (customerMessages.length === 0) return { awaiting: false, reason: 'no-customer-message', since: finite(stoppedAt) };

  const unanswered = customerMessages.filter((o) => o.at > stoppedAt).sort((a, b) => a.at - b.at);
  const oldest = unanswered[0];
  if (!oldest) {
    const reason = mark && markAt >= lastOutgoing ? mark.kind : 'answered';
    return { awaiting: false, reason, since: new Date(stoppedAt) };
  }

  // After a reply or a mark, every new clock is a next-reply clock; so is one that cannot
  // rule out an earlier reply among messages it never saw.
  const unseenMessages = Math.max(0, input.unseenMessages ?? 0);
  const side: ReplySide = stoppedAt === -Infinity && unseenMessages === 0 ? 'firstReply' : 'nextReply';
  const { target, source } = resolveTarget(side, input.customer, input.settings);
  const since = new Date(oldest.at);
  const total = targetMinutes(target);
  const elapsed = elapsedTowardsTarget(input.schedule, target, since, now);
  const atRiskAt = targetDeadline(input.schedule, target, since, input.settings.atRiskPercent / 100);
  const breachedAt = targetDeadline(input.schedule, target, since);
  // Status follows the same instants the alarms are set for, so the two never disagree.
  const status: ReplyStatus =
    breachedAt && now >= breachedAt ? 'breached' : atRiskAt && now >= atRiskAt ? 'at-risk' : 'ok';

  return {
    awaiting: true,
    side,
    unseenMessages,
    since,
    sinceMessageId: oldest.message.messageId,
    target,
    targetSource: source,
    targetMinutes: total,
    elapsedMinutes: elapsed,
    remainingMinutes: total - elapsed,
    status,
    atRiskAt,
    breachedAt,
    snoozedUntil: activeSnooze(thread, input.snoozedAt, unanswered, now),
  };
}

function finite(t: number): Date | null {
  return Number.isFinite(t) ? new Date(t) : null;
}

/** The snooze end while it still hides the thread; a customer message after it was set ends it. */
function activeSnooze(
  thread: ThreadRecord | null,
  snoozedAt: Date | null | undefined,
  unanswered: readonly Observed[],
  now: Date,
): Date | null {
  if (!thread?.snoozedUntil) return null;
  const until = new Date(thread.snoozedUntil);
  if (until <= now) return null;
  const setAt = snoozedAt ? snoozedAt.getTime() : Date.parse(thread.updatedAt);
  return unanswered.some((o) => o.at > setAt) ? null : until;
}

/** Whether the thread counts for the badge now: awaiting, not snoozed, at risk or breached. */
export function threadNeedsAttention(state: ThreadState): boolean {
  return state.awaiting && state.snoozedUntil === null && state.status !== 'ok';
}
