import type { AlertState } from '../db/records';
import type { AttentionItem } from './attention';

/**
 * The items to announce: breached threads, overdue follow-ups and follow-ups whose at-risk day
 * began (the heads-up), not announced before.
 * An item's key changes with a new clock or a new due date, so each episode is announced
 * once, and never again on a recompute.
 */
export function itemsToAnnounce(items: readonly AttentionItem[], announced: readonly AlertState[]): AttentionItem[] {
  const seen = new Set(announced.map((a) => `${a.accountId} ${a.itemKey}`));
  const announces = (i: AttentionItem) => i.level === 'breached' || i.level === 'overdue' || i.level === 'follow-up-at-risk';
  return items.filter((i) => announces(i) && !seen.has(`${i.accountId} ${i.key}`));
}

export function gmailThreadUrl(accountId: string, threadId: string): string {
  return `https://mail.google.com/mail/u/${encodeURIComponent(accountId)}/#all/${encodeURIComponent(threadId)}`;
}

/** Notification ids carry what a click needs, so no state is kept in memory. */
export function notificationId(item: Pick<AttentionItem, 'accountId' | 'threadId' | 'key'>): string {
  return JSON.stringify(['ft', item.accountId, item.threadId, item.key]);
}

export function threadOfNotification(id: string): { accountId: string; threadId: string } | null {
  try {
    const [tag, accountId, threadId] = JSON.parse(id) as unknown[];
    if (tag !== 'ft' || typeof accountId !== 'string' || typeof threadId !== 'string') return null;
    return { accountId, threadId };
  } catch {
    return null;
  }
}

export function notificationText(item: AttentionItem, customerName: string | null): { title: string; message: string } {
  const who = customerName ?? 'A customer';
  if (item.kind === 'thread') return { title: `${who} is waiting past your reply target`, message: item.title };
  if (item.level === 'follow-up-at-risk') {
    return {
      title: `Due next working day${customerName ? ` to ${customerName}` : ''}: ${item.title}`,
      message: 'Will it slip? Send a heads-up with a new date from the Follow-through sidebar.',
    };
  }
  return { title: `Overdue promise${customerName ? ` to ${customerName}` : ''} (due ${item.due})`, message: item.title };
}
