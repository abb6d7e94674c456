/**
 * The popup as a triage inbox: which items go in which group of which account, and the words
 * that answer "who needs me now, and how late am I". Plain functions over the protocol's
 * items, so the grouping and the wording are tested without a browser.
 */
import { formatMinutes } from './format';
import { calendarDaysAgo } from './relationship/going-quiet';
import type { AttentionListItem } from './messaging/alerts-protocol';
import type { ResponseOf } from './messaging/protocol';

export type Suggestion = ResponseOf<'followUps.suggested'>['items'][number];
export type AttentionTotals = ResponseOf<'attention.list'>['totals'][number];

export interface TriageSection {
  accountId: string;
  /** Customers waiting on a reply: breached first, then at risk, longest waiting first. */
  waiting: AttentionListItem[];
  /** Open promises due today, overdue or due the next working day. */
  promises: AttentionListItem[];
  /** Promises found in sent mail that wait to be kept, re-dated or dismissed, oldest due first. */
  toConfirm: Suggestion[];
  /** Customers the user has not written to for longer than their cadence, longest first. */
  quiet: AttentionListItem[];
  /** How many there are in all: the lists may hold only the first screen of them. */
  waitingTotal: number;
  promisesTotal: number;
  quietTotal: number;
}

/** One section per account that has something to show, accounts in alphabetical order. */
export function triageSections(
  items: readonly AttentionListItem[],
  suggestions: readonly Suggestion[],
  totals: readonly AttentionTotals[] = [],
): TriageSection[] {
  const sections = new Map<string, TriageSection>();
  const section = (accountId: string) => {
    let s = sections.get(accountId);
    if (!s)
      sections.set(
        accountId,
        (s = {
          accountId,
          waiting: [],
          promises: [],
          toConfirm: [],
          quiet: [],
          waitingTotal: 0,
          promisesTotal: 0,
          quietTotal: 0,
        }),
      );
    return s;
  };
  for (const t of totals) {
    if (t.waiting + t.promises + t.quiet === 0) continue;
    Object.assign(section(t.accountId), {
      waitingTotal: t.waiting,
      promisesTotal: t.promises,
      quietTotal: t.quiet,
    });
  }
  // The inputs come ordered (worst first; oldest due first), and each group keeps that order.
  const group = { thread: 'waiting', 'follow-up': 'promises', customer: 'quiet' } as const;
  for (const item of items) section(item.accountId)[group[item.kind]].push(item);
  for (const s of suggestions) section(s.accountId).toConfirm.push(s);
  for (const s of sections.values()) {
    s.waitingTotal = Math.max(s.waitingTotal, s.waiting.length);
    s.promisesTotal = Math.max(s.promisesTotal, s.promises.length);
    s.quietTotal = Math.max(s.quietTotal, s.quiet.length);
  }
  return [...sections.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The header that explains the badge: the badge counts waiting customers (at risk or past
 * their target) and promises due today or overdue, so the header names exactly those.
 */
export function badgeSummary(
  totals: readonly (Pick<AttentionTotals, 'waiting' | 'promisesDue'> & { quiet?: number })[],
  { quietOnBadge = false }: { quietOnBadge?: boolean } = {},
): string {
  const waiting = totals.reduce((n, t) => n + t.waiting, 0);
  const due = totals.reduce((n, t) => n + t.promisesDue, 0);
  const quiet = quietOnBadge ? totals.reduce((n, t) => n + (t.quiet ?? 0), 0) : 0;
  const parts = [
    waiting > 0 && plural(waiting, 'customer waiting', 'customers waiting'),
    due > 0 && plural(due, 'promise due', 'promises due'),
    quiet > 0 && plural(quiet, 'customer gone quiet', 'customers gone quiet'),
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : 'Nobody is waiting and no promise is due';
}

/** "waiting 5 h 12 min of 4 h" once past the target, "40 min left of 4 h" before it. */
export function waitingText(
  elapsedMinutes: number | null,
  targetMinutes: number | null,
): string | null {
  if (elapsedMinutes === null || targetMinutes === null) return null;
  return elapsedMinutes >= targetMinutes
    ? `waiting ${formatMinutes(elapsedMinutes)} of ${formatMinutes(targetMinutes)}`
    : `${formatMinutes(targetMinutes - elapsedMinutes)} left of ${formatMinutes(targetMinutes)}`;
}

/** "last wrote 23 days ago · every 14 days" (days on the user's calendar). */
export function quietText(
  quiet: { cadenceDays: number; lastOutgoingAt: string | null },
  now: Date,
  timeZone: string,
): string {
  const every = `every ${plural(quiet.cadenceDays, 'day', 'days')}`;
  if (quiet.lastOutgoingAt === null) return `never written to · ${every}`;
  const days = calendarDaysAgo(quiet.lastOutgoingAt, now, timeZone);
  return `last wrote ${days === 0 ? 'today' : `${plural(days, 'day', 'days')} ago`} · ${every}`;
}
