import type { AttentionItem } from './attention';

export const BADGE_RED = '#d93025';
export const BADGE_AMBER = '#f29900';

export interface Badge {
  text: string;
  color: string | null;
}

/** Count, red when anything is breached or overdue, amber when only at risk or due today. */
export function badgeFor(items: readonly AttentionItem[], scope: string): Badge {
  const counted = items.filter((i) => i.countsOnBadge && (scope === 'all' || i.accountId === scope));
  if (counted.length === 0) return { text: '', color: null };
  const urgent = counted.some((i) => i.level === 'breached' || i.level === 'overdue');
  return { text: counted.length > 99 ? '99+' : String(counted.length), color: urgent ? BADGE_RED : BADGE_AMBER };
}
