// Civil-date arithmetic on 'YYYY-MM-DD' strings. Everything goes through UTC
// midnight so the machine's own time zone can never shift a day.

export interface WorkCalendar {
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are working days. */
  workingDays: readonly number[];
  /** Non-working civil dates, 'YYYY-MM-DD'. */
  holidays: ReadonlySet<string>;
}

export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

export function makeCalendar(workingDays?: readonly number[], holidays?: readonly string[]): WorkCalendar {
  const days = workingDays && workingDays.length > 0 ? workingDays : DEFAULT_WORKING_DAYS;
  return { workingDays: days, holidays: new Set(holidays ?? []) };
}

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

export function civil(year: number, month: number, day: number): string {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function addDays(date: string, n: number): string {
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const js = new Date(toUtcMs(date)).getUTCDay();
  return js === 0 ? 7 : js;
}

export function parts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  return cal.workingDays.includes(isoWeekday(date)) && !cal.holidays.has(date);
}

/** Monday of the ISO week holding `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The given ISO weekday within the Monday-to-Sunday week holding `date`. */
export function weekdayInWeek(date: string, weekday: number): string {
  return addDays(weekStart(date), weekday - 1);
}

/** Next date strictly after `date` falling on `weekday`. */
export function nextWeekdayAfter(date: string, weekday: number): string {
  const delta = ((weekday - isoWeekday(date) + 7) % 7) || 7;
  return addDays(date, delta);
}

/**
 * First day of the working week holding `date`: Monday, or Sunday where Sunday is worked and
 * Saturday is not (a Sunday-to-Thursday office means Thursday by "end of the week").
 */
function workWeekStart(date: string, cal: WorkCalendar): string {
  const sundayFirst = cal.workingDays.includes(7) && !cal.workingDays.includes(6);
  return sundayFirst ? addDays(date, -(isoWeekday(date) % 7)) : weekStart(date);
}

/** Working days of the working week holding `date`, in order. */
export function workingDaysOfWeek(date: string, cal: WorkCalendar): string[] {
  const start = workWeekStart(date, cal);
  const out: string[] = [];
  for (let i = 0; i < 7; i++) {
    const d = addDays(start, i);
    if (isWorkingDay(d, cal)) out.push(d);
  }
  return out;
}

/** Last working day of the week; Sunday of that week if it has none (all holidays). */
export function lastWorkingDayOfWeek(date: string, cal: WorkCalendar): string {
  const days = workingDaysOfWeek(date, cal);
  return days[days.length - 1] ?? addDays(workWeekStart(date, cal), 6);
}

export function nthWorkingDayOfWeek(date: string, n: number, cal: WorkCalendar): string {
  const days = workingDaysOfWeek(date, cal);
  return days[Math.min(n, days.length) - 1] ?? addDays(workWeekStart(date, cal), Math.min(n, 7) - 1);
}

export function lastDayOfMonth(year: number, month: number): string {
  return fromUtcMs(Date.UTC(year, month, 0));
}

/** Last working day of a month; the month's last day if none is a working day. */
export function lastWorkingDayOfMonth(year: number, month: number, cal: WorkCalendar): string {
  const last = lastDayOfMonth(year, month);
  for (let d = last, i = 0; i < 31; i++, d = addDays(d, -1)) {
    if (parts(d).month !== month) break;
    if (isWorkingDay(d, cal)) return d;
  }
  return last;
}

/**
 * Adds N working days: the result is the N-th working day strictly after `date`.
 * N = 0 returns `date` itself. A calendar with no working days at all falls back
 * to calendar days rather than looping forever.
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar): string {
  if (n <= 0) return date;
  if (cal.workingDays.length === 0) return addDays(date, n);
  let d = date;
  let left = n;
  // A year of holidays is a pathological setting; the bound keeps this finite.
  for (let guard = 0; left > 0 && guard < n * 7 + 400; guard++) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

export function compareCivil(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
