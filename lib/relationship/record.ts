/**
 * A customer's record: how the user keeps promises to them and how fast they are answered.
 * Pure: the caller passes the customer's follow-ups and threads, the settings, the schedule
 * and the clock.
 *
 * Decisions (the spec is silent):
 * - A promise counts from the day it was made (created); suggestions never confirmed are no
 *   promise yet, and dismissed ones are counted apart, not as made.
 * - Kept on time: done on or before its due date (civil dates in the user's zone); a promise
 *   with no due date that was done is on time. Missed: still open after its due date.
 * - A done promise with no completion time (restored from a backup older than schema 5, which
 *   did not keep it) is "kept, date unknown": counting it late or on time would be a guess.
 * - A reply time runs from the oldest unanswered customer message to the user's next message
 *   in the same thread, in the target's unit (business or calendar minutes). A thread closed by
 *   a mark (no reply needed, answered elsewhere) has no reply time. Reply times count in the
 *   window when the reply was sent in it; a breach is a reply later than its target, or a
 *   customer still waiting past it now.
 */
import { z } from 'zod';
import { elapsedTowardsTarget, targetMinutes, todayIn, type Schedule } from '../business-time';
import type { FollowUp, Thread } from '../db/records';
import { resolveTarget, type ReplySide, type TargetCustomer, type TargetSettings, type ThreadMessage } from '../thread-state';

export const RECORD_WINDOWS = [30, 90] as const;

const count = z.number().int().min(0);
export const promiseCountsSchema = z.object({
  /** Undertaken: kept on time + kept late + kept undated + missed + still open. */
  made: count,
  keptOnTime: count,
  keptLate: count,
  /** Done, but when is unknown: a record restored from a backup made before completedAt was kept. */
  keptUndated: count,
  missed: count,
  open: count,
  dismissed: count,
});
export type PromiseCounts = z.infer<typeof promiseCountsSchema>;

export const replyStatsSchema = z.object({
  replies: count,
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  targetMinutes: z.number(),
  unit: z.enum(['businessHours', 'calendarHours']),
  breaches: count,
});
export type ReplyStats = z.infer<typeof replyStatsSchema>;

export const customerRecordSchema = z.object({
  promises: z.object({ 30: promiseCountsSchema, 90: promiseCountsSchema }),
  /** Over the last 90 days. */
  replies: z.object({ firstReply: replyStatsSchema, nextReply: replyStatsSchema }),
});
export type CustomerRecord = z.infer<typeof customerRecordSchema>;

export interface RecordThread {
  thread: Pick<Thread, 'mark'> | null;
  messages: readonly ThreadMessage[];
}

export interface RecordInput {
  followUps: readonly Pick<FollowUp, 'state' | 'due' | 'completedAt' | 'createdAt'>[];
  threads: readonly RecordThread[];
  customer: TargetCustomer | null;
  settings: TargetSettings;
  schedule: Schedule;
  /** Which incoming messages are the customer's (not a colleague's or a robot's). */
  isCustomerMessage?: (message: ThreadMessage) => boolean;
  now: Date;
}

const DAY_MS = 86_400_000;

function countPromises(input: RecordInput, days: number): PromiseCounts {
  const since = input.now.getTime() - days * DAY_MS;
  const today = todayIn(input.schedule.timeZone, input.now);
  const counts: PromiseCounts = { made: 0, keptOnTime: 0, keptLate: 0, keptUndated: 0, missed: 0, open: 0, dismissed: 0 };
  for (const f of input.followUps) {
    if (f.state === 'suggested' || Date.parse(f.createdAt) < since) continue;
    if (f.state === 'dismissed') {
      counts.dismissed++;
      continue;
    }
    counts.made++;
    if (f.state === 'done') {
      if (f.due === null) counts.keptOnTime++;
      else if (!f.completedAt) counts.keptUndated++;
      else if (todayIn(input.schedule.timeZone, new Date(f.completedAt)) <= f.due) counts.keptOnTime++;
      else counts.keptLate++;
    } else if (f.due !== null && today > f.due) counts.missed++;
    else counts.open++;
  }
  return counts;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** One wait of the customer for a reply: from their oldest unanswered message to the user's next one. */
export interface Episode {
  side: ReplySide;
  since: number;
  /** The reply's instant, or null while the customer is still waiting. */
  repliedAt: number | null;
}

export function episodes(thread: RecordThread, isCustomer: (m: ThreadMessage) => boolean): Episode[] {
  type Event = { at: number; kind: 'customer' | 'reply' | 'mark' };
  const events: Event[] = thread.messages
    .filter((m) => m.direction === 'outgoing' || isCustomer(m))
    .map((m) => ({ at: Date.parse(m.sentAt), kind: m.direction === 'outgoing' ? 'reply' : 'customer' }));
  if (thread.thread?.mark) events.push({ at: Date.parse(thread.thread.mark.at), kind: 'mark' });
  // At the same instant a reply answers the customer message, as the reply clock has it.
  const order = { customer: 0, reply: 1, mark: 1 };
  events.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind]);
  const found: Episode[] = [];
  let open: Episode | null = null;
  let answeredBefore = false;
  for (const e of events) {
    if (e.kind === 'customer') {
      open ??= { side: answeredBefore ? 'nextReply' : 'firstReply', since: e.at, repliedAt: null };
      continue;
    }
    answeredBefore = true;
    if (open && e.kind === 'reply') found.push({ ...open, repliedAt: e.at });
    open = null;
  }
  if (open) found.push(open);
  return found;
}

function replyStats(input: RecordInput, side: ReplySide, all: readonly Episode[]): ReplyStats {
  const { target } = resolveTarget(side, input.customer, input.settings);
  const total = targetMinutes(target);
  const since = input.now.getTime() - 90 * DAY_MS;
  const now = input.now.getTime();
  const minutes: number[] = [];
  let breaches = 0;
  for (const e of all) {
    if (e.side !== side) continue;
    const end = e.repliedAt ?? now;
    if (end < since) continue;
    const taken = elapsedTowardsTarget(input.schedule, target, new Date(e.since), new Date(end));
    if (taken > total) breaches++;
    if (e.repliedAt !== null) minutes.push(taken);
  }
  minutes.sort((a, b) => a - b);
  return {
    replies: minutes.length,
    medianMinutes: percentile(minutes, 0.5),
    p90Minutes: percentile(minutes, 0.9),
    targetMinutes: total,
    unit: target.unit,
    breaches,
  };
}

export function customerRecord(input: RecordInput): CustomerRecord {
  const isCustomer = input.isCustomerMessage ?? (() => true);
  const all = input.threads.flatMap((t) => episodes(t, isCustomer));
  return {
    promises: { 30: countPromises(input, 30), 90: countPromises(input, 90) },
    replies: { firstReply: replyStats(input, 'firstReply', all), nextReply: replyStats(input, 'nextReply', all) },
  };
}
