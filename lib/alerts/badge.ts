import type { AttentionCounts } from './counts';

export const BADGE_RED = '#d93025';
export const BADGE_AMBER = '#f29900';

export interface Badge {
  text: string;
  color: string | null;
}

/**
 * The badge counts threads at risk or breached and follow-ups due today or overdue (spec:
 * "Alerts"): red when anything is breached or overdue, amber when only at risk or due today.
 * Customers gone quiet count too when the settings say so, never red: nothing is late yet.
 */
export function badgeFor(counts: AttentionCounts, quietCustomers = 0): Badge {
  const total = counts.threadsAtRisk + counts.followUpsDue + quietCustomers;
  if (total <= 0) return { text: '', color: null };
  const urgent = counts.threadsBreached > 0 || counts.followUpsOverdue > 0;
  return { text: total > 99 ? '99+' : String(total), color: urgent ? BADGE_RED : BADGE_AMBER };
}

/** The accounts whose items the badge counts, as the settings say. */
export function badgeAccounts(scope: string, accounts: readonly string[]): string[] {
  return scope === 'all' ? [...accounts] : accounts.filter((a) => a === scope);
}
