import type { AttentionCounts } from './counts';

export const BADGE_RED = '#d93025';
export const BADGE_AMBER = '#f29900';
/** The extension's name, the toolbar tooltip when nothing needs attention. */
export const BADGE_IDLE_TITLE = 'Follow-through';

export interface Badge {
  text: string;
  color: string | null;
  /** The toolbar button's tooltip (and accessible name): what the number counts, in words. */
  title: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The badge counts threads at risk or breached and follow-ups due today or overdue (spec:
 * "Alerts"): red when anything is breached or overdue, amber when only at risk or due today.
 * Customers gone quiet count too when the settings say so, never red: nothing is late yet.
 * Colour alone does not tell severity (colour-blind users, a greyscale toolbar): a count
 * with anything breached or overdue ends in "!", and the tooltip says what is late in words.
 */
export function badgeFor(counts: AttentionCounts, quietCustomers = 0): Badge {
  const total = counts.threadsAtRisk + counts.followUpsDue + quietCustomers;
  if (total <= 0) return { text: '', color: null, title: BADGE_IDLE_TITLE };
  const urgent = counts.threadsBreached > 0 || counts.followUpsOverdue > 0;
  const number = total > 99 ? '99+' : String(total);
  const parts = [
    counts.threadsBreached && `${plural(counts.threadsBreached, 'customer', 'customers')} waiting past the target`,
    counts.threadsAtRisk - counts.threadsBreached &&
      `${plural(counts.threadsAtRisk - counts.threadsBreached, 'customer', 'customers')} close to the target`,
    counts.followUpsOverdue && `${plural(counts.followUpsOverdue, 'promise', 'promises')} overdue`,
    counts.followUpsDue - counts.followUpsOverdue &&
      `${plural(counts.followUpsDue - counts.followUpsOverdue, 'promise', 'promises')} due today`,
    quietCustomers && `${plural(quietCustomers, 'customer', 'customers')} gone quiet`,
  ].filter(Boolean);
  return {
    text: urgent ? `${number}!` : number,
    color: urgent ? BADGE_RED : BADGE_AMBER,
    title: `${BADGE_IDLE_TITLE}: ${parts.join(', ')}`,
  };
}

/** The accounts whose items the badge counts, as the settings say. */
export function badgeAccounts(scope: string, accounts: readonly string[]): string[] {
  return scope === 'all' ? [...accounts] : accounts.filter((a) => a === scope);
}
