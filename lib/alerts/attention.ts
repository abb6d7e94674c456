/**
 * The attention list (spec: response-targets.md, "Alerts"): threads at risk or breached,
 * follow-ups overdue, due today or at risk. Read through indexes, so its cost follows the
 * number of items that need attention, not the size of the store.
 */
import Dexie from 'dexie';
import { addWorkingDays, elapsedTowardsTarget, scheduleFromSettings, targetMinutes, todayIn, type Schedule } from '../business-time';
import type { FollowThroughDB } from '../db/database';
import type { Customer, FollowUp, Thread } from '../db/records';
import { followUpStatus } from '../follow-up-state';
import { countAttention } from './counts';
import { readQuietCustomers, type QuietCustomer } from './quiet-customers';
import type { Settings } from '../settings';
import { resolveTarget } from '../thread-state';

export type AttentionLevel = 'breached' | 'at-risk' | 'overdue' | 'due-today' | 'follow-up-at-risk' | 'quiet';

export interface AttentionItem {
  accountId: string;
  kind: 'thread' | 'follow-up' | 'customer';
  /** Stable for one alert episode: a new clock or a new due date is a new item. */
  key: string;
  level: AttentionLevel;
  /** Empty for a customer gone quiet: no one thread is concerned. */
  threadId: string;
  followUpId: string | null;
  customerId: string | null;
  title: string;
  /** Thread: when the clock started. Follow-up: the due date. */
  since: string | null;
  due: string | null;
  /** The badge counts at-risk and breached threads, due-today and overdue follow-ups. */
  countsOnBadge: boolean;
  /** Worst first, then oldest first: the order of the popup's list. */
  rank: number;
  /**
   * Thread: the address whose message started the clock ("who is waiting"); customer gone
   * quiet: the contact to write to; null if unknown.
   */
  contact: string | null;
  /** Thread: minutes waited so far and the target, both in the target's unit (business or calendar). */
  elapsedMinutes: number | null;
  targetMinutes: number | null;
  /** Follow-up: the sentence the promise came from, as the user wrote it. */
  sentence: string | null;
  /** Customer gone quiet: how long since the user wrote, against the cadence. */
  quiet?: { cadenceDays: number; lastOutgoingAt: string | null; daysOverdue: number; contactName: string } | null;
}

const LEVEL_RANK: Record<AttentionLevel, number> = {
  breached: 0,
  overdue: 1,
  'at-risk': 2,
  'due-today': 3,
  'follow-up-at-risk': 4,
  quiet: 5,
};

export function threadItem(thread: Thread, now: Date): AttentionItem | null {
  const clock = thread.clock;
  if (!clock?.atRiskAt || clock.atRiskAt > now.toISOString()) return null;
  if (thread.snoozedUntil && thread.snoozedUntil > now.toISOString()) return null;
  const level: AttentionLevel = clock.breachedAt && clock.breachedAt <= now.toISOString() ? 'breached' : 'at-risk';
  return {
    accountId: thread.accountId,
    kind: 'thread',
    key: `thread:${thread.threadId}:${clock.since}`,
    level,
    threadId: thread.threadId,
    followUpId: null,
    customerId: thread.customerId,
    title: thread.subject || '(no subject)',
    since: clock.since,
    due: null,
    countsOnBadge: true,
    rank: LEVEL_RANK[level],
    contact: null,
    elapsedMinutes: null,
    targetMinutes: null,
    sentence: null,
  };
}

export function followUpItem(followUp: FollowUp, schedule: Schedule, now: Date, atRiskWorkingDays = 1): AttentionItem | null {
  const status = followUpStatus(followUp, schedule, now, atRiskWorkingDays);
  const level: AttentionLevel | null =
    status === 'overdue' ? 'overdue' : status === 'due-today' ? 'due-today' : status === 'at-risk' ? 'follow-up-at-risk' : null;
  if (!level) return null;
  return {
    accountId: followUp.accountId,
    kind: 'follow-up',
    key: `follow-up:${followUp.id}:${followUp.due}`,
    level,
    threadId: followUp.threadId,
    followUpId: followUp.id,
    customerId: followUp.customerId,
    title: followUp.action || followUp.sentence,
    since: null,
    due: followUp.due,
    countsOnBadge: level !== 'follow-up-at-risk',
    rank: LEVEL_RANK[level],
    contact: null,
    elapsedMinutes: null,
    targetMinutes: null,
    sentence: followUp.sentence,
  };
}

export function quietItem(q: QuietCustomer, countsOnBadge: boolean): AttentionItem {
  return {
    accountId: q.accountId,
    kind: 'customer',
    // A new stretch of silence (after the user wrote again) is a new item.
    key: `quiet:${q.customer.id}:${q.state.dueSince}`,
    level: 'quiet',
    threadId: '',
    followUpId: null,
    customerId: q.customer.id,
    title: q.customer.name,
    since: q.state.dueSince,
    due: null,
    countsOnBadge,
    rank: LEVEL_RANK.quiet,
    contact: q.contact?.email ?? null,
    elapsedMinutes: null,
    targetMinutes: null,
    sentence: null,
    quiet: {
      cadenceDays: q.state.cadenceDays,
      lastOutgoingAt: q.state.lastOutgoingAt,
      daysOverdue: q.state.daysOverdue,
      contactName: q.contact?.name ?? '',
    },
  };
}

/**
 * The list for the popup: the items of every account that need attention now, worst first.
 * With `limit`, at most that many waiting customers and that many promises per account: the
 * worst ones, read through the indexes without reading the rest, so the popup's first screen
 * costs the same with 10 items or 10,000 (attentionTotals gives the counts).
 */
export async function readAttention(
  db: FollowThroughDB,
  settings: Settings,
  now: Date,
  { limit }: { limit?: number } = {},
): Promise<AttentionItem[]> {
  const schedule = scheduleFromSettings(settings);
  const nowIso = now.toISOString();
  const horizon = followUpHorizon(schedule, settings, now);
  const accounts = await db.accounts.toCollection().primaryKeys();
  const quiet = await readQuietCustomers(db, settings, now, accounts);
  const quietItems = accounts.flatMap((account) => {
    const mine = quiet.filter((q) => q.accountId === account);
    return (limit === undefined ? mine : mine.slice(0, limit)).map((q) => quietItem(q, settings.badgeCountsQuiet));
  });
  const perAccount = await Promise.all(
    accounts.map(async (account) => {
      const followUps = db.followUps
        .where('[accountId+state+due]')
        .between([account, 'open', Dexie.minKey], [account, 'open', horizon], true, true);
      const [threads, open] = await Promise.all([
        limit === undefined
          ? db.threads.where('[accountId+clock.atRiskAt]').between([account, Dexie.minKey], [account, nowIso], true, true).toArray()
          : worstThreads(db, account, nowIso, limit),
        // In due order, which is also worst first: overdue, due today, due next working day.
        limit === undefined ? followUps.toArray() : followUps.filter((f) => !snoozed(f, nowIso)).limit(limit).toArray(),
      ]);
      const threadItems = await describeWaiting(db, settings, schedule, threads, now);
      return [...threadItems, ...open.map((f) => followUpItem(f, schedule, now, settings.followUpAtRiskWorkingDays))];
    }),
  );
  const items = [...perAccount.flat(), ...quietItems].filter((i): i is AttentionItem => i !== null);
  // The key breaks ties, so a first screen lists its items in the same order as the full list.
  return items.sort(
    (a, b) => a.rank - b.rank || (a.since ?? a.due ?? '').localeCompare(b.since ?? b.due ?? '') || a.key.localeCompare(b.key),
  );
}

/**
 * A follow-up is at risk from settings.followUpAtRiskWorkingDays working days before its due
 * date, so nothing due further off than that needs attention today.
 */
function followUpHorizon(schedule: Schedule, settings: Settings, now: Date): string {
  return addWorkingDays(schedule, todayIn(settings.timeZone, now), settings.followUpAtRiskWorkingDays);
}

const snoozed = (row: { snoozedUntil: string | null }, nowIso: string) => !!row.snoozedUntil && row.snoozedUntil > nowIso;

/** Breached threads first (longest past their target first), then at-risk ones, `limit` in all. */
async function worstThreads(db: FollowThroughDB, account: string, nowIso: string, limit: number): Promise<Thread[]> {
  const range = (index: string) => db.threads.where(index).between([account, Dexie.minKey], [account, nowIso], true, true);
  const breached = await range('[accountId+clock.breachedAt]').filter((t) => !snoozed(t, nowIso)).limit(limit).toArray();
  if (breached.length >= limit) return breached;
  const atRisk = await range('[accountId+clock.atRiskAt]')
    .filter((t) => !snoozed(t, nowIso) && !(t.clock?.breachedAt && t.clock.breachedAt <= nowIso))
    .limit(limit - breached.length)
    .toArray();
  return [...breached, ...atRisk];
}

export interface AttentionTotals {
  accountId: string;
  /** Customers waiting: threads at risk or breached, as on the badge. */
  waiting: number;
  /** Promises listed: due today, overdue or due the next working day. */
  promises: number;
  /** Of those, due today or overdue, as on the badge. */
  promisesDue: number;
  /** Customers gone quiet (on the badge when the settings say so). */
  quiet: number;
}

/** How many items each account has, counted through the indexes without reading them. */
export async function attentionTotals(db: FollowThroughDB, settings: Settings, now: Date): Promise<AttentionTotals[]> {
  const schedule = scheduleFromSettings(settings);
  const nowIso = now.toISOString();
  const today = todayIn(settings.timeZone, now);
  const horizon = followUpHorizon(schedule, settings, now);
  const accounts = await db.accounts.toCollection().primaryKeys();
  // Snoozed items are hidden; there are few of them, so they are read and taken off.
  const [snoozedFollowUps, quiet] = await Promise.all([
    db.followUps.where('snoozedUntil').above(nowIso).toArray(),
    readQuietCustomers(db, settings, now, accounts, { withContact: false }),
  ]);
  return Promise.all(
    accounts.map(async (accountId) => {
      const [counts, listed] = await Promise.all([
        countAttention(db, { accounts: [accountId], now, today }),
        db.followUps
          .where('[accountId+state+due]')
          .between([accountId, 'open', Dexie.minKey], [accountId, 'open', horizon], true, true)
          .count(),
      ]);
      const hidden = snoozedFollowUps.filter(
        (f) => f.accountId === accountId && f.state === 'open' && f.due !== null && f.due <= horizon,
      ).length;
      return {
        accountId,
        waiting: counts.threadsAtRisk,
        promises: listed - hidden,
        promisesDue: counts.followUpsDue,
        quiet: quiet.filter((q) => q.accountId === accountId).length,
      };
    }),
  );
}

/**
 * "Waiting 5 h 12 min of 4 h" needs who wrote, how long they waited and the target: read
 * only for the threads on the list (one bulk read each of their clocks' first messages and
 * customers), so the cost still follows the list, not the store.
 */
async function describeWaiting(
  db: FollowThroughDB,
  settings: Settings,
  schedule: Schedule,
  threads: readonly Thread[],
  now: Date,
): Promise<AttentionItem[]> {
  const listed = threads.flatMap((t) => {
    const item = threadItem(t, now);
    return item && t.clock ? [{ thread: t, clock: t.clock, item }] : [];
  });
  if (listed.length === 0) return [];
  const [messages, customers] = await Promise.all([
    db.messages.bulkGet(listed.map(({ thread, clock }) => [thread.accountId, clock.sinceMessageId])),
    db.customers.bulkGet(listed.map(({ thread }) => [thread.accountId, thread.customerId ?? ''])),
  ]);
  return listed.map(({ clock, item }, n) => {
    const customer: Customer | undefined = customers[n];
    const { target } = resolveTarget(clock.side, customer ?? null, settings);
    return {
      ...item,
      contact: messages[n]?.from ?? null,
      elapsedMinutes: Math.round(elapsedTowardsTarget(schedule, target, new Date(clock.since), now)),
      targetMinutes: targetMinutes(target),
    };
  });
}
