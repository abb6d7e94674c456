/**
 * The weekly review: how the week went for promises, reply times, breaches and customers
 * gone quiet. Pure: the caller passes the account's customers, follow-ups and threads with
 * their messages, the settings, the schedule and the clock.
 *
 * Decisions (the spec is silent):
 * - The week is Monday to Sunday of the user's time zone: from Monday's first instant there to
 *   the next Monday's, so a week with a clock change has 167 or 169 hours. Its working days
 *   are the schedule's (working weekdays, less holidays and out-of-office days).
 * - A promise belongs to the week of the date it is judged by. That is its due date, unless a
 *   heads-up moved it: a heads-up sent on or before the date it moved (in the user's zone)
 *   kept the customer's trust, so the promise is judged by the new date, and kept by it counts
 *   as "kept after a heads-up", apart from plain on-time. A heads-up sent after the date had
 *   already passed is an apology, not a heads-up: the promise is judged by the date it
 *   missed. A date the user edited without a heads-up is simply the new due date.
 * - Kept on time: done on or before that date; kept late: after; missed: still open after it;
 *   open: its date has not passed yet. A done promise with no completion time (from a backup
 *   older than schema 5) is "kept, date unknown". Dismissed ones are listed, not judged.
 * - Reply times count the replies sent in the week (median and 90th percentile per customer
 *   and side, in the target's unit). A breach of the week is a reply sent in it later than its
 *   target, or a customer still waiting past the target at the week's end (or now, for this
 *   week): a long wait shows in every week it spans, as an account manager would want to hear it.
 * - Gone quiet: the going-quiet rule (going-quiet.ts) applied at the week's last instant (or
 *   now), with the contacts known by then.
 */
import { z } from 'zod';
import {
  addCalendarDays,
  elapsedTowardsTarget,
  isWorkingDay,
  startOfCivilDay,
  targetMinutes,
  todayIn,
  type Schedule,
} from '../business-time';
import { weekStart } from '../commitments/working-days';
import type { Customer, FollowUp, Thread } from '../db/records';
import { civilDate, instant } from '../schema-primitives';
import type { Settings } from '../settings';
import { resolveTarget, type ThreadMessage } from '../thread-state';
import { cadenceFor, quietState } from './going-quiet';
import { episodes, percentile } from './record';

export const PROMISE_OUTCOMES = ['on-time', 'after-heads-up', 'late', 'undated', 'missed', 'open', 'dismissed'] as const;
export type PromiseOutcome = (typeof PROMISE_OUTCOMES)[number];

const count = z.number().int().min(0);
const side = z.enum(['firstReply', 'nextReply']);
const unit = z.enum(['businessHours', 'calendarHours']);

export const weeklyReviewSchema = z.object({
  week: z.object({
    start: civilDate,
    end: civilDate,
    timeZone: z.string(),
    /** Whether the week is still running: figures are as of now. */
    current: z.boolean(),
    days: z.array(z.object({ date: civilDate, working: z.boolean(), holiday: z.string().nullable() })),
  }),
  promises: z.object({
    byDay: z.array(z.object({ date: civilDate, onTime: count, afterHeadsUp: count, late: count, missed: count })),
    totals: z.object(Object.fromEntries(PROMISE_OUTCOMES.map((o) => [o, count])) as Record<PromiseOutcome, typeof count>),
    rows: z.array(
      z.object({
        customerId: z.string().nullable(),
        customer: z.string(),
        threadId: z.string(),
        sentence: z.string(),
        /** The date it is judged by. */
        due: civilDate,
        /** The date it had before a heads-up moved it. */
        originalDue: civilDate.nullable(),
        outcome: z.enum(PROMISE_OUTCOMES),
        doneOn: civilDate.nullable(),
      }),
    ),
  }),
  replies: z.array(
    z.object({
      customerId: z.string(),
      customer: z.string(),
      side,
      replies: count,
      medianMinutes: z.number().nullable(),
      p90Minutes: z.number().nullable(),
      targetMinutes: z.number(),
      unit,
      breaches: count,
    }),
  ),
  breaches: z.array(
    z.object({
      customerId: z.string(),
      customer: z.string(),
      threadId: z.string(),
      subject: z.string(),
      side,
      since: instant,
      /** Null while the customer is still waiting. */
      repliedAt: instant.nullable(),
      takenMinutes: z.number(),
      targetMinutes: z.number(),
      overMinutes: z.number(),
      unit,
    }),
  ),
  quiet: z.array(
    z.object({
      customerId: z.string(),
      customer: z.string(),
      cadenceDays: z.number(),
      lastOutgoingAt: instant.nullable(),
      dueSince: z.string(),
      daysOverdue: z.number(),
    }),
  ),
});
export type WeeklyReview = z.infer<typeof weeklyReviewSchema>;

export type ReviewFollowUp = Pick<FollowUp, 'customerId' | 'threadId' | 'sentence' | 'state' | 'due' | 'completedAt' | 'redated'>;

export interface ReviewThread {
  thread: Pick<Thread, 'threadId' | 'subject' | 'customerId' | 'mark'>;
  messages: readonly ThreadMessage[];
}

export interface ReviewInput {
  /** Any day of the week to review. */
  day: string;
  customers: readonly Customer[];
  followUps: readonly ReviewFollowUp[];
  threads: readonly ReviewThread[];
  settings: Pick<Settings, 'firstReplyTarget' | 'nextReplyTarget' | 'tiers' | 'holidays'>;
  schedule: Schedule;
  isCustomerMessage: (message: ThreadMessage) => boolean;
  now: Date;
}

/** The date a promise is judged by, and the date a timely heads-up moved it from. */
export function judgedDue(f: ReviewFollowUp, timeZone: string): { due: string | null; originalDue: string | null } {
  let originalDue: string | null = null;
  for (const r of [...f.redated].sort((a, b) => a.at.localeCompare(b.at))) {
    if (r.reason !== 'heads-up') continue;
    if (todayIn(timeZone, new Date(r.at)) > r.from) return { due: r.from, originalDue: null };
    originalDue ??= r.from;
  }
  return { due: f.due, originalDue };
}

export function promiseOutcome(f: ReviewFollowUp, due: string, headsUp: boolean, today: string, timeZone: string): PromiseOutcome {
  if (f.state === 'dismissed') return 'dismissed';
  if (f.state === 'done') {
    if (!f.completedAt) return 'undated';
    if (todayIn(timeZone, new Date(f.completedAt)) > due) return 'late';
    return headsUp ? 'after-heads-up' : 'on-time';
  }
  return today > due ? 'missed' : 'open';
}

export function weeklyReview(input: ReviewInput): WeeklyReview {
  const { schedule, now } = input;
  const tz = schedule.timeZone;
  const start = weekStart(input.day);
  const end = addCalendarDays(start, 6);
  const dates = Array.from({ length: 7 }, (_, i) => addCalendarDays(start, i));
  const from = startOfCivilDay(tz, start).getTime();
  const weekEnd = startOfCivilDay(tz, addCalendarDays(start, 7)).getTime();
  // Figures of a running week are as of now; of a past week, as of its end.
  const until = Math.min(weekEnd, now.getTime());
  const today = todayIn(tz, now);
  const names = new Map(input.customers.map((c) => [c.id, c.name]));
  const holidays = new Map(input.settings.holidays.map((h) => [h.date, h.name]));

  // Promises
  const rows: WeeklyReview['promises']['rows'] = [];
  for (const f of input.followUps) {
    if (f.state === 'suggested') continue;
    const { due, originalDue } = judgedDue(f, tz);
    if (due === null || due < start || due > end) continue;
    rows.push({
      customerId: f.customerId,
      customer: (f.customerId && names.get(f.customerId)) || '',
      threadId: f.threadId,
      sentence: f.sentence,
      due,
      originalDue,
      outcome: promiseOutcome(f, due, originalDue !== null, today, tz),
      doneOn: f.state === 'done' && f.completedAt ? todayIn(tz, new Date(f.completedAt)) : null,
    });
  }
  rows.sort((a, b) => a.due.localeCompare(b.due) || a.customer.localeCompare(b.customer));
  const totals = Object.fromEntries(PROMISE_OUTCOMES.map((o) => [o, rows.filter((r) => r.outcome === o).length])) as Record<
    PromiseOutcome,
    number
  >;
  const byDay = dates.map((date) => {
    const of = (o: PromiseOutcome) => rows.filter((r) => r.due === date && r.outcome === o).length;
    return { date, onTime: of('on-time'), afterHeadsUp: of('after-heads-up'), late: of('late'), missed: of('missed') };
  });

  // Replies and breaches
  const byCustomer = new Map<string, { firstReply: number[]; nextReply: number[]; breaches: Record<'firstReply' | 'nextReply', number> }>();
  const breaches: WeeklyReview['breaches'] = [];
  const customers = new Map(input.customers.map((c) => [c.id, c]));
  for (const t of input.threads) {
    const customer = t.thread.customerId ? customers.get(t.thread.customerId) : undefined;
    if (!customer) continue;
    for (const e of episodes(t, input.isCustomerMessage)) {
      const replied = e.repliedAt !== null && e.repliedAt >= from && e.repliedAt < until;
      const waitingAtEnd = e.since < until && (e.repliedAt === null || e.repliedAt >= until);
      if (!replied && !waitingAtEnd) continue;
      const { target } = resolveTarget(e.side, customer, input.settings);
      const total = targetMinutes(target);
      const endAt = replied ? e.repliedAt! : until;
      const taken = elapsedTowardsTarget(schedule, target, new Date(e.since), new Date(endAt));
      const entry = byCustomer.get(customer.id) ?? { firstReply: [], nextReply: [], breaches: { firstReply: 0, nextReply: 0 } };
      byCustomer.set(customer.id, entry);
      if (replied) entry[e.side].push(taken);
      if (taken > total) {
        entry.breaches[e.side]++;
        breaches.push({
          customerId: customer.id,
          customer: customer.name,
          threadId: t.thread.threadId,
          subject: t.thread.subject,
          side: e.side,
          since: new Date(e.since).toISOString(),
          repliedAt: replied ? new Date(e.repliedAt!).toISOString() : null,
          takenMinutes: taken,
          targetMinutes: total,
          overMinutes: taken - total,
          unit: target.unit,
        });
      }
    }
  }
  const replies: WeeklyReview['replies'] = [];
  for (const [id, entry] of byCustomer) {
    const customer = customers.get(id)!;
    for (const s of ['firstReply', 'nextReply'] as const) {
      const minutes = [...entry[s]].sort((a, b) => a - b);
      if (minutes.length === 0 && entry.breaches[s] === 0) continue;
      const { target } = resolveTarget(s, customer, input.settings);
      replies.push({
        customerId: id,
        customer: customer.name,
        side: s,
        replies: minutes.length,
        medianMinutes: percentile(minutes, 0.5),
        p90Minutes: percentile(minutes, 0.9),
        targetMinutes: targetMinutes(target),
        unit: target.unit,
        breaches: entry.breaches[s],
      });
    }
  }
  replies.sort((a, b) => a.customer.localeCompare(b.customer) || a.side.localeCompare(b.side));
  breaches.sort((a, b) => b.overMinutes - a.overMinutes);

  // Gone quiet, with what was known at the week's end
  const last = new Map<string, { lastIncomingAt: string | null; lastOutgoingAt: string | null }>();
  for (const t of input.threads) {
    const id = t.thread.customerId;
    if (!id) continue;
    const entry = last.get(id) ?? { lastIncomingAt: null, lastOutgoingAt: null };
    last.set(id, entry);
    for (const m of t.messages) {
      if (Date.parse(m.sentAt) >= until) continue;
      if (m.direction === 'outgoing') {
        if (!entry.lastOutgoingAt || m.sentAt > entry.lastOutgoingAt) entry.lastOutgoingAt = m.sentAt;
      } else if (input.isCustomerMessage(m) && (!entry.lastIncomingAt || m.sentAt > entry.lastIncomingAt)) {
        entry.lastIncomingAt = m.sentAt;
      }
    }
  }
  const quiet: WeeklyReview['quiet'] = [];
  // The last instant of the week, so that the days overdue are counted to its Sunday.
  const at = new Date(until - 1);
  for (const c of input.customers) {
    const state = quietState({
      cadenceDays: cadenceFor(c, input.settings),
      ...(last.get(c.id) ?? { lastIncomingAt: null, lastOutgoingAt: null }),
      knownSince: c.createdAt,
      now: at,
      timeZone: tz,
    });
    if (state) quiet.push({ customerId: c.id, customer: c.name, ...state });
  }
  quiet.sort((a, b) => b.daysOverdue - a.daysOverdue || a.customer.localeCompare(b.customer));

  return {
    week: {
      start,
      end,
      timeZone: tz,
      current: now.getTime() >= from && now.getTime() < weekEnd,
      days: dates.map((date) => ({ date, working: isWorkingDay(schedule, date), holiday: holidays.get(date) ?? null })),
    },
    promises: { byDay, totals, rows },
    replies,
    breaches,
    quiet,
  };
}
