/** "45 min", "2 h 15 min", "3 h": business time as people say it. */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** An account address as a safe piece of a file name. */
export function fileSafe(accountId: string): string {
  return accountId.replace(/[^a-z0-9.@_-]/gi, '_');
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** "Fri 27 Nov" for a civil date, whatever the machine's zone. */
export function formatCivilDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** "Due today", "Due tomorrow", "Due Fri 27 Nov", "Due Fri 27 Nov · 4 days late", "No due date". */
export function formatDue(due: string | null, today: string): string {
  if (due === null) return 'No due date';
  const days = daysBetween(today, due);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  const late = -days;
  return late > 0
    ? `Due ${formatCivilDate(due)} · ${late} day${late === 1 ? '' : 's'} late`
    : `Due ${formatCivilDate(due)}`;
}

/** "just now", "25 min ago", "3 h 30 min ago", "2 days ago": how long ago an instant was. */
export function formatAgo(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 48 * 60) return `${formatMinutes(minutes)} ago`;
  return `${Math.round(minutes / 1440)} days ago`;
}

/** "Mon 30 Nov, 09:00": an instant on the user's own clock (never the machine's). */
export function formatInstant(at: Date | string, timeZone: string): string {
  return new Date(at).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
}

/**
 * "Thu 21:14 in Tokyo": the customer's clock, for the sidebar; null when it is the user's own
 * zone or keeps the same hour (nothing worth saying).
 */
export function formatTheirTime(now: Date, theirZone: string, ownZone: string): string | null {
  const at = (timeZone: string) =>
    now.toLocaleString('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone });
  const theirs = at(theirZone);
  if (theirs === at(ownZone)) return null;
  const place = theirZone.slice(theirZone.lastIndexOf('/') + 1).replace(/_/g, ' ');
  return `${theirs} in ${place}`;
}

/** "Snoozed until Mon 30 Nov, 09:00", in the user's own time zone (never the machine's). */
export function formatSnoozedUntil(until: Date, timeZone: string): string {
  return `Snoozed until ${formatInstant(until, timeZone)}`;
}
