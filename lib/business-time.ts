/**
 * Business-time arithmetic in the user's time zone: working minutes between two instants,
 * the instant N working minutes after a start, and civil working days.
 *
 * Nothing here reads the machine's time zone. Zone offsets come from `tzOffset` of
 * @date-fns/tz (Intl underneath) and are cached per zone as a table of transitions, so the
 * hot paths are plain integer arithmetic on epoch milliseconds and day numbers.
 *
 * ## The rule for clock changes
 *
 * A working block `start–end` of civil date D is the real time interval from the moment
 * the zone's clock first shows D `start` to the moment it first shows D `end`
 * ("24:00" is the next day's 00:00). A wall time that the clock skips resolves to the
 * moment of the jump. Equivalently: an instant is working time when the latest
 * wall-clock time the zone has shown up to that instant lies in a working block of its
 * date. Consequences, e.g. in New York:
 * - spring forward (02:00 → 03:00): a block 09:00–17:00 is 8 h as usual; 00:00–24:00 is
 *   23 h; 02:00–03:00 is empty; 01:00–04:00 is 2 h.
 * - fall back (02:00 → 01:00): 00:00–24:00 is 25 h; 01:00–02:00 is 2 h (both passes);
 *   a block ending at 01:30 ends at the first 01:30; one starting at 01:30 starts there.
 * Holidays and out-of-office periods remove whole civil days.
 */
import { tzOffset } from '@date-fns/tz';
import type { ReplyTarget, Settings } from './settings';
import { WEEKDAYS } from './settings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Inclusive range of day numbers (days since 1970-01-01). */
type DayRange = readonly [first: number, last: number];
/** Half-open range of minutes of the wall-clock day, 0…1440. */
type MinuteBlock = readonly [start: number, end: number];

export interface Schedule {
  readonly timeZone: string;
  /** Working blocks per weekday, Monday first, sorted. */
  readonly week: readonly (readonly MinuteBlock[])[];
  /** Working milliseconds of each weekday on a day without a clock change. */
  readonly weekMs: readonly number[];
  /** Holidays as day numbers. */
  readonly holidays: ReadonlySet<number>;
  /** Out-of-office periods as merged, sorted, inclusive day-number ranges. */
  readonly away: readonly DayRange[];
}

export type ScheduleSettings = Pick<Settings, 'timeZone' | 'workingHours' | 'holidays' | 'outOfOffice'>;

// ---------------------------------------------------------------------------------------
// Civil dates as day numbers

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const m = CIVIL_DATE.exec(date);
  if (!m) throw new RangeError(`expected a civil date YYYY-MM-DD, got "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  if (new Date(ms).getUTCDate() !== d) throw new RangeError(`no such date: ${date}`);
  return ms / DAY;
}

function civilDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6; day 0 (1970-01-01) was a Thursday. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const minutesOf = (t: string): number => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

// ---------------------------------------------------------------------------------------
// Zone offsets: a lazily built table of transitions per zone, in chunks of CHUNK_DAYS.

const CHUNK_DAYS = 64;
const CHUNK_MS = CHUNK_DAYS * DAY;

interface Transition {
  /** First instant (epoch ms) with the new offset. */
  readonly at: number;
  /** Offset from UTC in ms after the transition. */
  readonly offset: number;
}
interface Chunk {
  readonly startOffset: number;
  readonly transitions: readonly Transition[];
}

const zoneChunks = new Map<string, Map<number, Chunk>>();

function rawOffset(timeZone: string, at: number): number {
  return Math.round(tzOffset(timeZone, new Date(at)) * MINUTE);
}

function buildChunk(timeZone: string, index: number): Chunk {
  const start = index * CHUNK_MS;
  const transitions: Transition[] = [];
  const startOffset = rawOffset(timeZone, start);
  let prev = startOffset;
  // Daily samples: real zones never change twice within a day. Each change found is
  // pinned to the second by bisection.
  for (let i = 1; i <= CHUNK_DAYS; i++) {
    const hi = start + i * DAY;
    const off = rawOffset(timeZone, hi);
    if (off === prev) continue;
    let lo = hi - DAY;
    let top = hi;
    while (top - lo > 1000) {
      const mid = lo + Math.floor((top - lo) / 2000) * 1000;
      if (rawOffset(timeZone, mid) === prev) lo = mid;
      else top = mid;
    }
    if (top < start + CHUNK_MS) transitions.push({ at: top, offset: off });
    prev = off;
  }
  return { startOffset, transitions };
}

function chunkAt(timeZone: string, index: number): Chunk {
  let chunks = zoneChunks.get(timeZone);
  if (!chunks) {
    chunks = new Map();
    zoneChunks.set(timeZone, chunks);
  }
  let chunk = chunks.get(index);
  if (!chunk) {
    chunk = buildChunk(timeZone, index);
    chunks.set(index, chunk);
  }
  return chunk;
}

/** Offset of the zone from UTC at an instant, in ms. */
function offsetAt(timeZone: string, at: number): number {
  const chunk = chunkAt(timeZone, Math.floor(at / CHUNK_MS));
  let off = chunk.startOffset;
  for (const t of chunk.transitions) {
    if (t.at > at) break;
    off = t.offset;
  }
  return off;
}

/** Transitions with lo < at <= hi, in time order. */
function transitionsIn(timeZone: string, lo: number, hi: number): Transition[] {
  const out: Transition[] = [];
  const last = Math.floor(hi / CHUNK_MS);
  for (let i = Math.floor(lo / CHUNK_MS); i <= last; i++) {
    for (const t of chunkAt(timeZone, i).transitions) if (t.at > lo && t.at <= hi) out.push(t);
  }
  return out;
}

/**
 * The first instant at which the zone's clock shows the wall time `wall` (epoch ms of that
 * wall time read as if it were UTC) or a later one; see the rule at the top of the file.
 */
function resolveWall(timeZone: string, wall: number): number {
  // Offsets stay within ±14 h and a jump is at most a day, so ±50 h bounds the answer.
  const lo = wall - 50 * HOUR;
  const hi = wall + 50 * HOUR;
  const transitions = transitionsIn(timeZone, lo, hi);
  let segStart = lo;
  let off = offsetAt(timeZone, lo);
  for (let i = 0; i <= transitions.length; i++) {
    const next = transitions[i];
    const segEnd = next ? next.at : hi;
    // Within one offset segment the wall reading rises with time, so its first instant
    // reading `wall` or later is wall - offset, or the segment start if already past.
    const candidate = Math.max(segStart, wall - off);
    if (candidate < segEnd) return candidate;
    if (!next) break;
    segStart = next.at;
    off = next.offset;
  }
  return hi;
}

/** The civil day number of the wall-clock reading at an instant. */
function wallDay(timeZone: string, at: number): number {
  return Math.floor((at + offsetAt(timeZone, at)) / DAY);
}

// ---------------------------------------------------------------------------------------
// Building a schedule

function mergeRanges(ranges: DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [first, last] of sorted) {
    const prev = out[out.length - 1];
    if (prev && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else out.push([first, last]);
  }
  return out;
}

export function scheduleFromSettings(settings: ScheduleSettings): Schedule {
  const { timeZone } = settings;
  if (Number.isNaN(tzOffset(timeZone, new Date(0)))) throw new RangeError(`unknown time zone "${timeZone}"`);
  const week = WEEKDAYS.map((wd) =>
    settings.workingHours[wd]
      .map((b): MinuteBlock => [minutesOf(b.start), minutesOf(b.end)])
      .filter(([s, e]) => e > s)
      .sort((a, b) => a[0] - b[0]),
  );
  return {
    timeZone,
    week,
    weekMs: week.map((blocks) => blocks.reduce((sum, [s, e]) => sum + (e - s) * MINUTE, 0)),
    holidays: new Set(settings.holidays.map((h) => dayNumber(h.date))),
    away: mergeRanges(settings.outOfOffice.map((p): DayRange => [dayNumber(p.start), dayNumber(p.end)])),
  };
}

// ---------------------------------------------------------------------------------------
// Days

function isAway(schedule: Schedule, day: number): boolean {
  const { away } = schedule;
  let lo = 0;
  let hi = away.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = away[mid]!;
    if (day < first) hi = mid - 1;
    else if (day > last) lo = mid + 1;
    else return true;
  }
  return false;
}

function isClosed(schedule: Schedule, day: number): boolean {
  return schedule.holidays.has(day) || (schedule.away.length > 0 && isAway(schedule, day));
}

/** The real working intervals [start, end) of one civil day, in epoch ms. */
function dayIntervals(schedule: Schedule, day: number): [number, number][] {
  if (isClosed(schedule, day)) return [];
  const base = day * DAY;
  const out: [number, number][] = [];
  for (const [s, e] of schedule.week[weekdayIndex(day)]!) {
    const start = resolveWall(schedule.timeZone, base + s * MINUTE);
    const end = resolveWall(schedule.timeZone, base + e * MINUTE);
    if (end > start) out.push([start, end]);
  }
  return out;
}

function overlapMs(intervals: readonly [number, number][], from: number, to: number): number {
  let sum = 0;
  for (const [s, e] of intervals) {
    const lo = Math.max(s, from);
    const hi = Math.min(e, to);
    if (hi > lo) sum += hi - lo;
  }
  return sum;
}

/**
 * Days whose working time a clock change may alter. A civil day's instants lie within
 * about a day of its UTC date, so a margin of two days each side is generous.
 */
function irregularDays(timeZone: string, firstDay: number, lastDay: number): Set<number> {
  const out = new Set<number>();
  for (const t of transitionsIn(timeZone, (firstDay - 3) * DAY, (lastDay + 4) * DAY)) {
    const d = Math.floor(t.at / DAY);
    for (let k = d - 2; k <= d + 2; k++) out.add(k);
  }
  return out;
}

/** Working ms of a whole day, using the weekly figure unless a clock change is near. */
function dayMs(schedule: Schedule, day: number, irregular: ReadonlySet<number>): number {
  if (isClosed(schedule, day)) return 0;
  if (!irregular.has(day)) return schedule.weekMs[weekdayIndex(day)]!;
  return overlapMs(dayIntervals(schedule, day), -Infinity, Infinity);
}

function instantMs(d: Date, name: string): number {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${name} is not a valid date`);
  return t;
}

// ---------------------------------------------------------------------------------------
// Public business-time API

function businessMs(schedule: Schedule, from: number, to: number): number {
  if (!(to > from)) return 0;
  const tz = schedule.timeZone;
  const dFrom = wallDay(tz, from);
  const dTo = wallDay(tz, to);
  let total = 0;
  // Days next to either end may be cut by the span (or, in odd zones, belong partly to a
  // neighbouring date), so they are clipped exactly; days further in are wholly inside.
  if (dTo - dFrom <= 4) {
    for (let d = dFrom - 1; d <= dTo + 1; d++) total += overlapMs(dayIntervals(schedule, d), from, to);
    return total;
  }
  for (let d = dFrom - 1; d <= dFrom + 1; d++) total += overlapMs(dayIntervals(schedule, d), from, to);
  for (let d = dTo - 1; d <= dTo + 1; d++) total += overlapMs(dayIntervals(schedule, d), from, to);
  const irregular = irregularDays(tz, dFrom + 2, dTo - 2);
  for (let d = dFrom + 2; d <= dTo - 2; d++) total += dayMs(schedule, d, irregular);
  return total;
}

/** Working minutes in [from, to); 0 when `to` is not after `from`. Fractional below a minute. */
export function businessMinutesBetween(schedule: Schedule, from: Date, to: Date): number {
  return businessMs(schedule, instantMs(from, 'from'), instantMs(to, 'to')) / MINUTE;
}

/** How far ahead addBusinessMinutes looks before deciding a target can never be reached. */
const HORIZON_DAYS = 20 * 366;

function addBusinessMs(schedule: Schedule, start: number, ms: number): number | null {
  if (ms <= 0) return start;
  if (!Number.isFinite(ms) || schedule.weekMs.every((m) => m === 0)) return null;
  const tz = schedule.timeZone;
  const d0 = wallDay(tz, start);
  let left = ms;
  let irregular = new Set<number>();
  let irregularUntil = d0 - 1;
  for (let d = d0 - 1; d <= d0 + HORIZON_DAYS; d++) {
    if (d > irregularUntil) {
      irregularUntil = d + 400;
      irregular = irregularDays(tz, d, irregularUntil);
    }
    // Whole days after the start are skipped in one step unless the target ends in them.
    if (d > d0 + 1 && !irregular.has(d)) {
      const whole = dayMs(schedule, d, irregular);
      if (whole < left) {
        left -= whole;
        continue;
      }
    }
    for (const [s, e] of dayIntervals(schedule, d)) {
      const lo = Math.max(s, start);
      if (e <= lo) continue;
      if (left <= e - lo) return lo + left;
      left -= e - lo;
    }
  }
  return null;
}

/**
 * The earliest instant by which `minutes` working minutes have passed since `start`;
 * `start` itself for 0. Null when the schedule never reaches it (no working hours at all,
 * or none within twenty years).
 */
export function addBusinessMinutes(schedule: Schedule, start: Date, minutes: number): Date | null {
  const t = addBusinessMs(schedule, instantMs(start, 'start'), Math.round(minutes * MINUTE));
  return t === null ? null : new Date(t);
}

export function isWorkingTime(schedule: Schedule, at: Date): boolean {
  const t = instantMs(at, 'at');
  const d = wallDay(schedule.timeZone, t);
  for (let k = d - 1; k <= d + 1; k++) {
    if (dayIntervals(schedule, k).some(([s, e]) => s <= t && t < e)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Targets in business or calendar hours

export function targetMinutes(target: ReplyTarget): number {
  return target.value * 60;
}

/**
 * Minutes counted towards a target between two instants: working minutes for a
 * business-hours target; real elapsed minutes for a calendar-hours target (nights,
 * weekends, holidays and out-of-office all count, and a DST day counts its 23 or 25 h).
 */
export function elapsedTowardsTarget(schedule: Schedule, target: ReplyTarget, from: Date, to: Date): number {
  if (target.unit === 'calendarHours') {
    return Math.max(0, instantMs(to, 'to') - instantMs(from, 'from')) / MINUTE;
  }
  return businessMinutesBetween(schedule, from, to);
}

/**
 * The instant at which `share` of the target (1 = all of it) has elapsed since `start`.
 * Null when a business-hours target can never be reached on this schedule.
 */
export function targetDeadline(schedule: Schedule, target: ReplyTarget, start: Date, share = 1): Date | null {
  const minutes = targetMinutes(target) * share;
  if (target.unit === 'calendarHours') {
    return new Date(instantMs(start, 'start') + Math.round(minutes * MINUTE));
  }
  return addBusinessMinutes(schedule, start, minutes);
}

// ---------------------------------------------------------------------------------------
// Civil working days (used by follow-ups)

/** A civil date on which the schedule has working hours and which is no holiday or leave. */
export function isWorkingDay(schedule: Schedule, date: string): boolean {
  const day = dayNumber(date);
  return schedule.week[weekdayIndex(day)]!.length > 0 && !isClosed(schedule, day);
}

export function addCalendarDays(date: string, n: number): string {
  return civilDate(dayNumber(date) + n);
}

/**
 * The n-th working day after `date` (before it for negative n); `date` itself for 0.
 * A schedule with no working weekday, or none within twenty years, falls back to calendar
 * days rather than looping forever.
 */
export function addWorkingDays(schedule: Schedule, date: string, n: number): string {
  const start = dayNumber(date);
  if (n === 0) return date;
  const step = n > 0 ? 1 : -1;
  if (schedule.week.every((blocks) => blocks.length === 0)) return civilDate(start + n);
  let left = Math.abs(n);
  let d = start;
  for (let guard = 0; guard < HORIZON_DAYS + left * 7; guard++) {
    d += step;
    if (schedule.week[weekdayIndex(d)]!.length > 0 && !isClosed(schedule, d) && --left === 0) {
      return civilDate(d);
    }
  }
  return civilDate(start + n);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(schedule: Schedule, date: string): string {
  return addWorkingDays(schedule, date, -1);
}

/** The civil date that a wall clock in the zone shows at `now`, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  return civilDate(wallDay(timeZone, instantMs(now, 'now')));
}

/** The instant a civil date begins in the zone (its first 00:00, or the jump past it). */
export function startOfCivilDay(timeZone: string, date: string): Date {
  return new Date(resolveWall(timeZone, dayNumber(date) * DAY));
}
