/**
 * Recomputes the toolbar badge and the notifications from the store alone: at start, on
 * every store change and on the minute alarm. It keeps no state in memory (the last check
 * time is stored), so it is right after the browser or the service worker restarts. It first
 * finishes any clock recompute a write left owed (alerts/stale-clocks.ts).
 */
import { newlyAlerting, CHECKED_AT_KEY } from '../alerts/announcements';
import type { AttentionItem } from '../alerts/attention';
import { badgeAccounts, badgeFor, type Badge } from '../alerts/badge';
import { countAttention } from '../alerts/counts';
import { readQuietCustomers } from '../alerts/quiet-customers';
import { notificationId, notificationText } from '../alerts/notifications';
import { scheduleFromSettings, todayIn } from '../business-time';
import type { FollowThroughDB } from '../db/database';
import { customerNames } from '../db/customers-store';
import { readSettings } from '../db/settings-store';
import { finishStaleClocks } from '../alerts/stale-clocks';
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

export function createAlertsService({
  db,
  clock,
  outputs,
  log = console,
}: {
  db: FollowThroughDB;
  clock: Clock;
  outputs: AlertOutputs;
  log?: Pick<Console, 'warn'>;
}) {
  async function recompute(): Promise<AlertsResult> {
    // A write whose recompute the worker did not live to finish left a mark: finish it first.
    await finishStaleClocks(db, clock());
    const now = clock();
    const [settings, accounts, checked] = await Promise.all([
      readSettings(db),
      db.accounts.toCollection().primaryKeys(),
      db.meta.get(CHECKED_AT_KEY),
    ]);
    const schedule = scheduleFromSettings(settings);
    const onBadge = badgeAccounts(settings.badgeScope, accounts);
    const [counts, quiet] = await Promise.all([
      countAttention(db, { accounts: onBadge, now, today: todayIn(settings.timeZone, now) }),
      settings.badgeCountsQuiet ? readQuietCustomers(db, settings, now, onBadge, { withContact: false }) : [],
    ]);
    const badge = badgeFor(counts, quiet.length);
    await outputs.setBadge(badge);

    const since = checked?.value ?? null;
    const found = await newlyAlerting(db, { since, now, schedule, headsUps: settings.headsUpNotification });
    const record = (items: readonly AttentionItem[]) =>
      db.alertStates.bulkPut(
        items.map((i) => ({
          accountId: i.accountId,
          itemKey: i.key,
          state: i.level === 'breached' ? ('breached' as const) : i.level === 'overdue' ? ('overdue' as const) : ('heads-up' as const),
          notifiedAt: now.toISOString(),
        })),
      );
    // Announce, then record, one item at a time: a notification that fails, or a worker that
    // dies before the record, leaves the item unrecorded, so the next run shows it again.
    // Recorded even with notifications off, so switching them on does not replay old alerts.
    const announced: AttentionItem[] = [];
    let failed = 0;
    if (settings.notifications && found.length) {
      const names = await customerNames(db, found);
      for (const [n, item] of found.entries()) {
        try {
          await outputs.notify(notificationId(item), notificationText(item, names[n] ?? null));
        } catch (err) {
          failed++;
          log.warn(`Follow-through: notification for ${item.key} failed; it is retried on the next check.`, err);
          continue;
        }
        await record([item]);
        announced.push(item);
      }
    } else {
      await record(found);
      announced.push(...found);
    }
    // The check window moves on only when every item was announced; a failed one is found
    // again next time, and the recorded ones are not repeated.
    if (failed === 0) {
      await db.transaction('rw', db.meta, async () => {
        // A recheck asked for while this ran (the mark was cleared) must survive for the next run.
        const current = (await db.meta.get(CHECKED_AT_KEY))?.value ?? null;
        if (current === since) await db.meta.put({ key: CHECKED_AT_KEY, value: now.toISOString() });
      });
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
