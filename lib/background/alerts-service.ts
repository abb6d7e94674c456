/**
 * Recomputes the toolbar badge and the notifications from the store alone: at start, on
 * every store change and on the minute alarm. It keeps no state in memory (the last check
 * time is stored), so it is right after the browser or the service worker restarts.
 */
import { newlyAlerting, CHECKED_AT_KEY } from '../alerts/announcements';
import type { AttentionItem } from '../alerts/attention';
import { badgeAccounts, badgeFor, type Badge } from '../alerts/badge';
import { countAttention } from '../alerts/counts';
import { notificationId, notificationText } from '../alerts/notifications';
import { scheduleFromSettings, todayIn } from '../business-time';
import type { FollowThroughDB } from '../db/database';
import { customerNames } from '../db/customers-store';
import { readSettings } from '../db/settings-store';
import type { Clock } from '../schema-primitives';

export const ALERTS_ALARM = 'follow-through:alerts';

/** The slices of chrome.action and chrome.notifications that alerts use; tests pass fakes. */
export interface AlertOutputs {
  setBadge(badge: Badge): Promise<void>;
  notify(id: string, content: { title: string; message: string }): Promise<void>;
}

export interface AlertsResult {
  badge: Badge;
  announced: AttentionItem[];
}

export function createAlertsService({ db, clock, outputs }: { db: FollowThroughDB; clock: Clock; outputs: AlertOutputs }) {
  async function recompute(): Promise<AlertsResult> {
    const now = clock();
    const [settings, accounts, checked] = await Promise.all([
      readSettings(db),
      db.accounts.toCollection().primaryKeys(),
      db.meta.get(CHECKED_AT_KEY),
    ]);
    const schedule = scheduleFromSettings(settings);
    const counts = await countAttention(db, {
      accounts: badgeAccounts(settings.badgeScope, accounts),
      now,
      today: todayIn(settings.timeZone, now),
    });
    const badge = badgeFor(counts);
    await outputs.setBadge(badge);

    const since = checked?.value ?? null;
    const announced = await newlyAlerting(db, { since, now, schedule });
    await db.transaction('rw', db.alertStates, db.meta, async () => {
      // Recorded even with notifications off, so switching them on does not replay old alerts.
      await db.alertStates.bulkPut(
        announced.map((i) => ({
          accountId: i.accountId,
          itemKey: i.key,
          state: i.level === 'breached' ? 'breached' : 'overdue',
          notifiedAt: now.toISOString(),
        })),
      );
      // A recheck asked for while this ran (the mark was cleared) must survive for the next run.
      const current = (await db.meta.get(CHECKED_AT_KEY))?.value ?? null;
      if (current === since) await db.meta.put({ key: CHECKED_AT_KEY, value: now.toISOString() });
    });
    if (settings.notifications && announced.length) {
      const names = await customerNames(db, announced);
      for (const [n, item] of announced.entries()) {
        await outputs.notify(notificationId(item), notificationText(item, names[n] ?? null));
      }
    }
    return { badge, announced };
  }

  // One recompute at a time; a request during one runs once more after it.
  let running: Promise<AlertsResult> | null = null;
  let again = false;
  function refresh(): Promise<AlertsResult> {
    if (running) {
      again = true;
      return running;
    }
    running = recompute().finally(() => {
      running = null;
      if (again) {
        again = false;
        void refresh();
      }
    });
    return running;
  }
  return { refresh };
}

export type AlertsService = ReturnType<typeof createAlertsService>;

/** Whether a Dexie storagemutated event touched more than the alerts' own bookkeeping. */
export function isRelevantChange(parts: Record<string, unknown>): boolean {
  return Object.keys(parts).some((key) => !/\/(alertStates|meta)\//.test(key));
}
