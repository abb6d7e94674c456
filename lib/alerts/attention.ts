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
import type { Settings } from '../settings';
import { resolveTarget } from '../thread-state';

export type AttentionLevel = 'breached' | 'at-risk' | 'overdue' | 'due-today' | 'follow-up-at-risk';

export interface AttentionItem {
  accountId: string;
  kind: 'thread' | 'follow-up';
  /** Stable for one alert episode: a new clock or a new due date is a new item. */
  key: string;
  level: AttentionLevel;
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
  /** Thread: the address whose message started the clock ("who is waiting"); null if unknown. */
  contact: string | null;
  /** Thread: minutes waited so far and the target, both in the target's unit (business or calendar). */
  elapsedMinutes: number | null;
  targetMinutes: number | null;
  /** Follow-up: the sentence the promise came from, as the user wrote it. */
  sentence: string | null;
}

const LEVEL_RANK: Record<AttentionLevel, number> = {
  breached: 0,
  overdue: 1,
  'at-risk': 2,
  'due-today': 3,
  'follow-up-at-risk': 4,
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

export function followUpItem(followUp: FollowUp, schedule: Schedule, now: Date): AttentionItem | null {
  const status = followUpStatus(followUp, schedule, now);
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

/** The full list, for the popup: reads the items of every account that need attention now. */
export async function readAttention(db: FollowThroughDB, settings: Settings, now: Date): Promise<AttentionItem[]> {
  const schedule = scheduleFromSettings(settings);
  const nowIso = now.toISOString();
  // A follow-up is at risk from the last working day before its due date, so nothing due
  // after the next working day can need attention today.
  const horizon = addWorkingDays(schedule, todayIn(settings.timeZone, now), 1);
  const accounts = await db.accounts.toCollection().primaryKeys();
  const perAccount = await Promise.all(
    accounts.map(async (account) => {
      const [threads, followUps] = await Promise.all([
        db.threads
          .where('[accountId+clock.atRiskAt]')
          .between([account, Dexie.minKey], [account, nowIso], true, true)
          .toArray(),
        db.followUps
          .where('[accountId+state+due]')
          .between([account, 'open', Dexie.minKey], [account, 'open', horizon], true, true)
          .toArray(),
      ]);
      const threadItems = await describeWaiting(db, settings, schedule, threads, now);
      return [...threadItems, ...followUps.map((f) => followUpItem(f, schedule, now))];
    }),
  );
  const items = perAccount.flat().filter((i): i is AttentionItem => i !== null);
  return items.sort((a, b) => a.rank - b.rank || (a.since ?? a.due ?? '').localeCompare(b.since ?? b.due ?? ''));
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
