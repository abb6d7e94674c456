/**
 * Finds the items that became breached or overdue since the last check, reading only those:
 * threads whose breach time passed or whose clock was recomputed since then, follow-ups whose
 * due date ended or that were edited since then. alertStates then keeps each one announced once.
 */
import type { Schedule } from '../business-time';
import { addWorkingDays, isWorkingTime, previousWorkingDay, todayIn } from '../business-time';
import type { FollowThroughDB } from '../db/database';
import type { AlertState } from '../db/records';
import { followUpItem, threadItem, type AttentionItem } from './attention';
import { itemsToAnnounce } from './notifications';

export const CHECKED_AT_KEY = 'alerts.checkedAt';

export async function newlyAlerting(
  db: FollowThroughDB,
  {
    since,
    now,
    schedule,
    headsUps = false,
  }: { since: string | null; now: Date; schedule: Schedule; /** Announce promises whose at-risk day began. */ headsUps?: boolean },
): Promise<AttentionItem[]> {
  const nowIso = now.toISOString();
  const from = since ?? '';
  // A follow-up due on D became overdue when D ended, i.e. after `since` when D >= since's date.
  const sinceDay = since ? todayIn(schedule.timeZone, new Date(since)) : '';
  const [breached, recomputed, edited, accounts] = await Promise.all([
    db.threads.where('clock.breachedAt').between(from, nowIso, false, true).toArray(),
    db.threads.where('clock.computedAt').above(from).toArray(),
    db.followUps.where('updatedAt').above(from).toArray(),
    db.accounts.toCollection().primaryKeys(),
  ]);
  const today = todayIn(schedule.timeZone, now);
  const overdueByDate = (
    await Promise.all(
      accounts.map((account) =>
        db.followUps
          .where('[accountId+state+due]')
          .between([account, 'open', sinceDay], [account, 'open', today], true, false)
          .toArray(),
      ),
    )
  ).flat();

  // Promises at risk now: due by the next working day, few, so read each time; announced once
  // the working day has begun (not at midnight) or once that day is behind (a weekend between).
  const atRisk = headsUps
    ? (
        await Promise.all(
          accounts.map((account) =>
            db.followUps
              .where('[accountId+state+due]')
              .between([account, 'open', today], [account, 'open', addWorkingDays(schedule, today, 1)], true, true)
              .toArray(),
          ),
        )
      )
        .flat()
        .filter((f) => f.due !== null && (isWorkingTime(schedule, now) || today > previousWorkingDay(schedule, f.due)))
    : [];

  const items = new Map<string, AttentionItem>();
  for (const f of atRisk) {
    const item = followUpItem(f, schedule, now);
    if (item?.level === 'follow-up-at-risk') items.set(`${item.accountId} ${item.key}`, item);
  }
  for (const t of [...breached, ...recomputed]) {
    const item = threadItem(t, now);
    if (item?.level === 'breached') items.set(`${item.accountId} ${item.key}`, item);
  }
  for (const f of [...overdueByDate, ...edited]) {
    const item = followUpItem(f, schedule, now);
    if (item?.level === 'overdue') items.set(`${item.accountId} ${item.key}`, item);
  }
  const candidates = [...items.values()];
  const known = await db.alertStates.bulkGet(candidates.map((i) => [i.accountId, i.key] as [string, string]));
  return itemsToAnnounce(candidates, known.filter((k): k is AlertState => !!k));
}

/**
 * Makes the next check look at every item once more (alertStates still keep each one
 * announced once): for changes that make items overdue without touching them, such as a
 * restored backup or a new time zone.
 */
export async function recheckAllAlerts(db: FollowThroughDB): Promise<void> {
  await db.meta.delete(CHECKED_AT_KEY);
}
