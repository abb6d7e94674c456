/**
 * Recomputes the attention list, the toolbar badge and the notifications from the store
 * alone: at start, on every store change and on the minute alarm. It keeps no state in
 * memory, so it is right after the browser or the service worker restarts.
 */
import { readAttention, type AttentionItem } from '../alerts/attention';
import { badgeFor, type Badge } from '../alerts/badge';
import { itemsToAnnounce, notificationId, notificationText } from '../alerts/notifications';
import type { FollowThroughDB } from '../db/database';
import type { AlertState } from '../db/records';
import { readSettings } from '../db/settings-store';
import type { Clock } from '../schema-primitives';

export const ALERTS_ALARM = 'follow-through:alerts';

/** The slices of chrome.action and chrome.notifications that alerts use; tests pass fakes. */
export interface AlertOutputs {
  setBadge(badge: Badge): Promise<void>;
  notify(id: string, content: { title: string; message: string }): Promise<void>;
}

export interface AlertsResult {
  items: AttentionItem[];
  badge: Badge;
  announced: AttentionItem[];
}

export function createAlertsService({ db, clock, outputs }: { db: FollowThroughDB; clock: Clock; outputs: AlertOutputs }) {
  async function recompute(): Promise<AlertsResult> {
    const now = clock();
    const settings = await readSettings(db);
    const items = await readAttention(db, settings, now);
    const badge = badgeFor(items, settings.badgeScope);
    await outputs.setBadge(badge);

    const candidates = items.filter((i) => i.level === 'breached' || i.level === 'overdue');
    const known = await db.alertStates.bulkGet(candidates.map((i) => [i.accountId, i.key] as [string, string]));
    const announced = itemsToAnnounce(candidates, known.filter((k): k is AlertState => !!k));
    if (announced.length) {
      // Recorded even with notifications off, so switching them on does not replay old alerts.
      await db.alertStates.bulkPut(
        announced.map((i) => ({
          accountId: i.accountId,
          itemKey: i.key,
          state: i.level === 'breached' ? 'breached' : 'overdue',
          notifiedAt: now.toISOString(),
        })),
      );
      if (settings.notifications) {
        const customers = await db.customers.bulkGet(
          announced.map((i) => [i.accountId, i.customerId ?? ''] as [string, string]),
        );
        for (const [n, item] of announced.entries()) {
          await outputs.notify(notificationId(item), notificationText(item, customers[n]?.name ?? null));
        }
      }
    }
    return { items, badge, announced };
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
  return Object.keys(parts).some((key) => !/\/alertStates\//.test(key));
}
