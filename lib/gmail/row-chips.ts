/**
 * Inbox-row chips: a customer thread that awaits a reply shows how long the customer has
 * waited, worded and coloured by state (never colour alone). Rows arrive one by one as Gmail
 * renders a list; their lookups are gathered for a moment and asked in one message per batch,
 * and every visible row is asked again when the store changes.
 */
import type { SubscribeChanges } from '../../components/client-context';
import { formatMinutes } from '../format';
import type { Chip } from '../messaging/gmail-protocol';
import type { Client } from '../messaging/client';
import { liveLabel, type GmailSdk, type LabelDescriptor } from './inboxsdk';

export const BATCH_WAIT_MS = 50;
const BATCH_MAX = 500;

const LOOK: Record<Chip['status'], { word: string; foregroundColor: string; backgroundColor: string }> = {
  ok: { word: 'Waiting', foregroundColor: '#174ea6', backgroundColor: '#e8f0fe' },
  'at-risk': { word: 'Reply soon', foregroundColor: '#7a4100', backgroundColor: '#feefc3' },
  breached: { word: 'Overdue', foregroundColor: '#ffffff', backgroundColor: '#b3261e' },
};

/** "Overdue · 5 h 12 min", "Reply soon · 3 h 10 min", "Waiting 40 min": the state in words first. */
export function chipLabel(chip: Chip): LabelDescriptor {
  const look = LOOK[chip.status];
  const waited = formatMinutes(chip.waitedMinutes);
  return {
    title: chip.status === 'ok' ? `${look.word} ${waited}` : `${look.word} · ${waited}`,
    foregroundColor: look.foregroundColor,
    backgroundColor: look.backgroundColor,
  };
}

export function watchRowChips({
  sdk,
  send,
  accountId,
  changes,
  log,
  waitMs = BATCH_WAIT_MS,
}: {
  sdk: Pick<GmailSdk, 'Lists'>;
  send: Client;
  accountId: string;
  changes: SubscribeChanges;
  log: Pick<Console, 'warn'>;
  waitMs?: number;
}): () => void {
  const rows = new Map<string, Set<ReturnType<typeof liveLabel>>>();
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = async () => {
    timer = null;
    const ids = [...pending].filter((id) => rows.has(id));
    pending = new Set();
    for (let i = 0; i < ids.length; i += BATCH_MAX) {
      const batch = ids.slice(i, i + BATCH_MAX);
      try {
        const { chips } = await send('threads.chips', { accountId, threadIds: batch });
        const byThread = new Map(chips.map((c) => [c.threadId, c]));
        for (const id of batch) {
          const chip = byThread.get(id);
          for (const label of rows.get(id) ?? []) label.set(chip ? chipLabel(chip) : null);
        }
      } catch (err) {
        log.warn('Follow-through could not update the inbox chips:', err);
      }
    }
  };
  const ask = (ids: Iterable<string>) => {
    for (const id of ids) pending.add(id);
    timer ??= setTimeout(() => void flush(), waitMs);
  };

  const stopRows = sdk.Lists.registerThreadRowViewHandler((row) => {
    void row.getThreadIDIfStableAsync().then((threadId) => {
      if (!threadId || row.destroyed) return;
      const label = liveLabel(row);
      const labels = rows.get(threadId) ?? new Set();
      labels.add(label);
      rows.set(threadId, labels);
      row.on('destroy', () => {
        labels.delete(label);
        if (labels.size === 0) rows.delete(threadId);
      });
      ask([threadId]);
    });
  });
  const stopChanges = changes(() => ask(rows.keys()));
  // Waiting times grow by themselves: refresh the visible chips every minute.
  const tick = setInterval(() => ask(rows.keys()), 60_000);
  return () => {
    stopRows();
    stopChanges();
    clearInterval(tick);
  };
}
