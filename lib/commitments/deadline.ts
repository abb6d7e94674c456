// Due-date layer: the spec's §2 table, row by row. chrono-node handles explicit
// calendar dates ("Dec 3", "12/3", "December 3rd"); everything deadline-specific
// (EOD, COB, end of week, business days, "this" vs "next" weekday, weekdays never
// resolving to the sent date) is done here because chrono either lacks it or
// resolves it differently from the spec.
import * as chrono from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { clockMinutes, workingHour } from './clock';
import { theirClock, YOUR_CLOCK, ZONE_HINT, zonedTime } from './zones';
import {
  addDays,
  addWorkingDays,
  civil,
  compareCivil,
  isValidCivil,
  isWorkingDay,
  lastWorkingDayOfMonth,
  lastWorkingDayOfWeek,
  nextWeekdayAfter,
  nthWorkingDayOfWeek,
  parts,
  weekStart,
  weekdayInWeek,
  workingDaysOfWeek,
  type WorkCalendar,
} from './working-days';

export interface DeadlineContext {
  sentAt: Date;
  timeZone: string;
  /** Civil date of `sentAt` in `timeZone`. */
  sentDate: string;
  /** Minutes since midnight of `sentAt` in `timeZone`. */
  sentMinutes: number;
  cal: WorkCalendar;
  dateOrder: 'MDY' | 'DMY';
  /** The customer's zone, when the thread says it (recipient-zone.ts): "by 5pm your time" is read on their clock. Asked for only when a clause needs it. */
  recipientZone?: () => string | undefined;
  /** Read on the customer's clock ("by COB Friday your time"), a weekday may be the day it already is there. */
  weekdayMayBeToday?: boolean;
}

export interface Deadline {
  due: string;
  phrase: string;
  /** Offset of `phrase` within the searched text. */
  index: number;
}

export function makeContext(
  sentAt: Date,
  timeZone: string,
  cal: WorkCalendar,
  dateOrder: 'MDY' | 'DMY' = 'MDY',
): DeadlineContext {
  // One offset lookup, then UTC arithmetic: a TZDate asks Intl for the offset several times over.
  const wall = new Date(sentAt.getTime() + tzOffset(timeZone, sentAt) * 60_000);
  return {
    sentAt,
    timeZone,
    sentDate: civil(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()),
    sentMinutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    cal,
    dateOrder,
  };
}

/** 'day' pins a calendar day; 'tod' only a time of the day, so any day phrase outranks it. */
type Kind = 'day' | 'tod';

interface Candidate extends Deadline {
  kind: Kind;
  end: number;
  marked: boolean;
}

const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  weds: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  cpl: 2,
  'a cpl': 2,
  few: 3,
  'a few': 3,
  several: 3,
};

export function toNumber(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/\s+of$/, '')
    .trim();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? NUMBER_WORDS[w.replace(/^(a|the next|next)\s+/, '')] ?? 1;
}

const WD =
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)';
const NUM =
  '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|(?:a )?(?:couple|cpl)(?: of)?|(?:a )?few|several)';

// "in 3-5 business days": a range is kept until its upper end.
// "in 2-3 days", "in a day or two": kept until the later count.
const UPTO = '(?:\\s*(?:-|–|to|or)\\s*(\\d{1,2}|two|three|four|five|six|seven|ten))?';

// "In the next few days" names no day: the promise has no deadline (like "soon"), whereas
// "a couple of days" is two.
const VAGUE_COUNT = /^(?:a\s+)?(?:few|several)$/i;

// Words right before a date that make it belong to something past or other.
const FOREIGN_BEFORE =
  /\b(?:last|since|from|signed|dated|held|sent|received|was|were|ago|of|during|after|about)\s+(?:on\s+|the\s+)?$/i;
// "will be sent tomorrow", "to be signed on Monday": a participle of something still to happen.
const FUTURE_PASSIVE_BEFORE =
  /\b(?:will|shall|['’]ll|to|being|gets?)\s+(?:be\s+)?(?:\w+ly\s+)?(?:sent|signed|held|received|dated)\s+(?:on\s+|the\s+)?$/i;
// "runs" only with its preposition: "the first run Monday morning" is a run on Monday.
const VALIDITY_BEFORE =
  /\b(?:(?:valid|good|open|effective|expir(?:es|ing|y)|starting|commencing)\s+(?:until|till|til|through|thru|from|on|to)?|(?:runs?|running)\s+(?:until|till|til|through|thru|from|to))\s*(?:the\s+)?$/i;
const ACTION_STARTS_BEFORE =
  /(?<!\b(?:days?|weeks?|months?|hours?)\s+)\b(?:starting|effective|commencing|from)\s+$/i;
const RELATIVE_DAY =
  /^(?:today|tomorrow|tonight|(?:this|next) week|(?:mon|tues|wednes|thurs|fri)day)$/i;
const MARK_BEFORE =
  /\b(?:by|b4|before|until|till|no later than|on or before|within|latest|at the latest)\s+(?:the\s+)?$/i;

interface Rule {
  re: RegExp;
  /** A cheap word the rule cannot match without: its long pattern is not run on text that lacks it. */
  needs?: RegExp;
  kind: Kind;
  resolve: (m: RegExpExecArray, ctx: DeadlineContext) => string | null;
}

function hoursLater(ctx: DeadlineContext, hours: number): string {
  const t = new TZDate(ctx.sentAt.getTime() + hours * 3_600_000, ctx.timeZone);
  return civil(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

function endOfWeek(ctx: DeadlineContext): string {
  const d = lastWorkingDayOfWeek(ctx.sentDate, ctx.cal);
  return compareCivil(d, ctx.sentDate) < 0
    ? lastWorkingDayOfWeek(addDays(ctx.sentDate, 7), ctx.cal)
    : d;
}

function endOfMonth(ctx: DeadlineContext, monthsAhead: number): string {
  const { year, month } = parts(ctx.sentDate);
  const m0 = month - 1 + monthsAhead;
  const d = lastWorkingDayOfMonth(year + Math.floor(m0 / 12), (m0 % 12) + 1, ctx.cal);
  if (monthsAhead === 0 && compareCivil(d, ctx.sentDate) < 0) return endOfMonth(ctx, 1);
  return d;
}

function endOfQuarter(
  ctx: DeadlineContext,
  which: string | null,
  q: number | null,
  year: number | null,
): string {
  const { year: y0, month } = parts(ctx.sentDate);
  const current = Math.floor((month - 1) / 3) + 1;
  let quarter = q ?? (which === 'next' || which === 'nxt' ? current + 1 : current);
  let y = year ?? y0;
  if (quarter > 4) {
    quarter -= 4;
    y++;
  }
  let d = lastWorkingDayOfMonth(y, quarter * 3, ctx.cal);
  // A named quarter already over ("Q1" said in May) means next year's.
  if (year === null && compareCivil(d, ctx.sentDate) < 0)
    d = lastWorkingDayOfMonth(y + 1, quarter * 3, ctx.cal);
  return d;
}

/** The year and month after the sent date's. */
function nextMonth(ctx: DeadlineContext): [year: number, month: number] {
  const { year, month } = parts(ctx.sentDate);
  return month === 12 ? [year + 1, 1] : [year, month + 1];
}

function nthWorkingDayOfNextMonth(ctx: DeadlineContext, n: number): string {
  const [y, m] = nextMonth(ctx);
  let d = civil(y, m, 1);
  d = addDays(d, -1);
  return addWorkingDays(d, n, ctx.cal);
}

/** The working day after (or before) the next run of days off that holds a holiday, within six weeks. */
function aroundDaysOff(ctx: DeadlineContext, side: 'after' | 'before' | 'on'): string | null {
  for (
    let d = addDays(ctx.sentDate, side === 'after' ? 0 : 1), n = 0;
    n < 42;
    d = addDays(d, 1), n++
  ) {
    if (!ctx.cal.holidays.has(d)) continue;
    if (side === 'on') return d;
    if (side === 'after') return addWorkingDays(d, 1, ctx.cal);
    let b = addDays(d, -1);
    while (!isWorkingDay(b, ctx.cal)) b = addDays(b, -1);
    return compareCivil(b, ctx.sentDate) < 0 ? ctx.sentDate : b;
  }
  return null;
}

// Where one financial year holds for nearly every company; elsewhere (the US, the UK) companies choose their own.
const FISCAL_YEAR_END = [
  { zones: /^Australia\//, month: 6, day: 30 },
  { zones: /^(?:Asia\/(?:Kolkata|Calcutta|Tokyo)|Pacific\/Auckland)$/, month: 3, day: 31 },
];

/** "Early <month>" lasts to the 10th: its last working day on or before then. */
function earlyInMonth(year: number, month: number, ctx: DeadlineContext): string {
  let d = civil(year, month, 10);
  for (let i = 0; i < 10 && !isWorkingDay(d, ctx.cal); i++) d = addDays(d, -1);
  return compareCivil(d, ctx.sentDate) < 0 ? ctx.sentDate : d;
}

function isoWeekEnd(ctx: DeadlineContext, week: number): string | null {
  if (week < 1 || week > 53) return null;
  const inYear = (year: number): string | null => {
    const monday = addDays(weekStart(civil(year, 1, 4)), 7 * (week - 1));
    // Week 53 exists only in years whose last week holds their Thursday.
    return parts(addDays(monday, 3)).year === year ? lastWorkingDayOfWeek(monday, ctx.cal) : null;
  };
  const { year } = parts(ctx.sentDate);
  const d = inYear(year);
  return d === null || compareCivil(d, ctx.sentDate) < 0 ? inYear(year + 1) : d;
}

// A single named day off ("Thanksgiving", "Labor Day"), not a season ("the holidays", "the Christmas break").
const DAY_OFF_NAMES = String.raw`Thanksgiving|Diwali|Deepavali|Holi|Onam|Pongal|Easter(?:\s+Monday)?|Good Friday|Eid(?:\s+(?:[Aa]l|[Uu]l)[- ][A-Z]\w+)?|(?:[A-Z][\w'’]*\s+){1,2}Day`;
const HOLIDAY_DAY = String.raw`(?:${DAY_OFF_NAMES})\b(?!\s+(?:[Hh]olidays?|[Bb]reak|[Ww]eekend|[Ff]estival|sale|[Ss]ale))`;
const HOLIDAY_NAME = String.raw`(?:the\s+)?(?:(?:(?:[A-Z][\w'’-]*|al-[A-Z]\w*)\s+){1,3}(?:[Hh]olidays?|[Bb]reak|[Ff]estival|[Vv]acation|[Cc]losure|[Ss]hutdown)|(?:Golden Week|Songkran|Hari Raya(?:\s+[A-Z]\w+)?|Tet|Carnival|Carnaval|Passover|Pesach|Rosh Hashanah|Chuseok|Obon|Dragon Boat(?:\s+Festival)?|${DAY_OFF_NAMES})(?:\s+(?:[Hh]olidays?|[Bb]reak|[Ff]estival|[Ww]eekend))?)\b`;

function sameDayNextMonth(ctx: DeadlineContext): string {
  const { day } = parts(ctx.sentDate);
  const [y, m] = nextMonth(ctx);
  for (let d = day; d > 27; d--) if (isValidCivil(y, m, d)) return civil(y, m, d);
  return civil(y, m, Math.min(day, 28));
}

// Lunar New Year's day (a table: the date follows the Chinese calendar).
const LUNAR_NEW_YEAR = [
  '2025-01-29',
  '2026-02-17',
  '2027-02-06',
  '2028-01-26',
  '2029-02-13',
  '2030-02-03',
  '2031-01-23',
  '2032-02-11',
];

function lunarNewYearEve(ctx: DeadlineContext): string | null {
  const day = LUNAR_NEW_YEAR.find((d) => compareCivil(addDays(d, -1), ctx.sentDate) >= 0);
  return day ? addDays(day, -1) : null;
}

function thisWeekday(ctx: DeadlineContext, wd: number): string {
  const d = weekdayInWeek(ctx.sentDate, wd);
  return compareCivil(d, ctx.sentDate) < 0 ? nextWeekdayAfter(ctx.sentDate, wd) : d;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The last working day of `month`, the first such month-end on or after the sent date. */
function monthEnd(ctx: DeadlineContext, month: number): string {
  const { year } = parts(ctx.sentDate);
  const d = lastWorkingDayOfMonth(year, month, ctx.cal);
  return compareCivil(d, ctx.sentDate) < 0 ? lastWorkingDayOfMonth(year + 1, month, ctx.cal) : d;
}

function wdOf(s: string | undefined): number {
  return WEEKDAYS[(s ?? '').toLowerCase()] ?? 5;
}

function timeAhead(ctx: DeadlineContext, minutes: number): string {
  return minutes > ctx.sentMinutes ? ctx.sentDate : addDays(ctx.sentDate, 1);
}

// Order matters only for overlap: earlier rules win when spans overlap.
/** "N days" or, with "working"/"business" captured second, N working days from the sent date; "a few" says no number. */
function daysCounted(m: RegExpExecArray, c: DeadlineContext): string | null {
  if (VAGUE_COUNT.test(m[1]!)) return null;
  return m[2]
    ? addWorkingDays(c.sentDate, toNumber(m[1]!), c.cal)
    : addDays(c.sentDate, toNumber(m[1]!));
}

const RULES: Rule[] = [
  // "the day after tomorrow" before "tomorrow".
  {
    re: /\b(?:the\s+)?day after tomorrow\b/gi,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 2),
  },
  // "a week today", "a fortnight tomorrow", "two weeks from tomorrow", "tomorrow week": that day plus the weeks.
  {
    re: /\b(a|one|two|three|four|[1-4])\s+(weeks?|fortnights?)\s+(?:from\s+)?(today|tomorrow|tmrw|tmr)\b|\b(today|tomorrow|tmrw)\s+(week|fortnight)\b|\bthis\s+day\s+next\s+week\b/gi,
    needs: /week|fortnight/i,
    kind: 'day',
    resolve: (m, c) => {
      const weeks = m[2] ? toNumber(m[1]!) : 1;
      const days = weeks * (/^fortnight/i.test(m[2] ?? m[5] ?? '') ? 14 : 7);
      return addDays(c.sentDate, days + (/^(?:tom|tm)/i.test(m[3] ?? m[4] ?? '') ? 1 : 0));
    },
  },
  // Nigerian "next tomorrow": the day after tomorrow.
  { re: /\bnext\s+tomorrow\b/gi, kind: 'day', resolve: (_m, c) => addDays(c.sentDate, 2) },

  // Scots "the morra".
  {
    re: /\b(?:tomorrow|tomorow|tommorow|tommorrow|tomoorow|tomorrw|tmorrow|tmrw|tmw|tmr|tmro|tomoz|2moro|2morrow|2mrw|the morra|the morn(?!ing)|ma[ñn]ana)(?![\w'’])/gi,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 1),
  },
  // "tom AM": lower-case "tom" before a time of day is tomorrow, not Tom.
  {
    re: /\btom(?=\s+(?:AM|PM|am|pm|morning|EOD|eod|COB|cob)\b|\s*(?:[.,;!)]|$))|(?<=\bby\s)tom\b/g,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 1),
  },
  // "Thursday the 26th", "Monday 23rd": the date decides, the weekday only confirms it.
  {
    // "Monday 27" without its suffix too, when nothing but punctuation or a clause follows it.
    re: new RegExp(
      `\\b${WD},?\\s+(?:the\\s+)?(\\d{1,2})(?:(?:st|nd|rd|th)\\b(?!\\s+of\\b|\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|(?=\\s*(?:[,;)]|\\.(?!\\d)|$|\\s(?:and|or|at the latest|latest|if|so|as|when|once|with|to)\\b)))`,
      'gi',
    ),
    kind: 'day',
    resolve: (m, c) => dayOfMonthOnOrAfter(c, Number(m[2])),
  },
  {
    // Not "the year-end usage report": a year-end that names a thing is no deadline.
    needs: /year|eoy/i,
    re: /\b(?:(?:by|before)\s+)?(?:the\s+)?(?:end of (?:the |this )?year|year[\s-]end|EOY|(?<=\b(?:still|by|before|within|during|in)\s+)this year(?!['’]s))\b(?!\s+(?!by\b|before\b|at\b|or\b|and\b|if\b|so\b|to\b|for\b|with\b)[a-z]+\s+[a-z])/gi,
    kind: 'day',
    resolve: (_m, c) => lastWorkingDayOfMonth(parts(c.sentDate).year, 12, c.cal),
  },
  // "before EOFY", "by the end of the financial year": where the user is, the year most companies keep.
  {
    // Not a thing named for it: "the EOFY statements".
    re: /\b(?:EOFY|end of (?:the |this )?(?:financial|fiscal) year|(?:financial|fiscal) year[\s-]end)\b(?!\s+(?:statements?|reports?|accounts|figures|numbers|returns?|closing|pack|review|audit|stocktake|rush|sales?|planning|forecast|invoices?|reconciliation)\b)/gi,
    kind: 'day',
    resolve: (_m, c) => {
      const end = FISCAL_YEAR_END.find((f) => f.zones.test(c.timeZone));
      return end ? monthDayOnOrAfter(c, end.month, end.day, null) : null;
    },
  },
  // "December the 3rd", which chrono does not read.
  {
    re: /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi,
    kind: 'day',
    resolve: (m, c) => monthDayOnOrAfter(c, monthOf(m[1]!), Number(m[2]), null),
  },
  // "Tuesday fortnight": the bare weekday plus fourteen days, as "Monday week" is plus seven.
  {
    re: new RegExp(`\\b${WD}\\s+fortnight\\b`, 'gi'),
    needs: /fortnight/i,
    kind: 'day',
    resolve: (m, c) => addDays(nextWeekdayAfter(c.sentDate, wdOf(m[1])), 14),
  },
  {
    re: new RegExp(`\\ba\\s+fortnight\\s+(?:on\\s+|from\\s+)?${WD}\\b`, 'gi'),
    needs: /fortnight/i,
    kind: 'day',
    resolve: (m, c) => addDays(nextWeekdayAfter(c.sentDate, wdOf(m[1])), 14),
  },
  // "a week from Monday": the bare weekday plus seven days.
  {
    re: new RegExp(`\\ba\\s+week\\s+from\\s+${WD}\\b`, 'gi'),
    needs: /week/i,
    kind: 'day',
    resolve: (m, c) => addDays(nextWeekdayAfter(c.sentDate, wdOf(m[1])), 7),
  },
  // "the Tuesday after next": that weekday in the week after next.
  {
    re: new RegExp(`\\b(?:on\\s+)?the\\s+${WD}\\s+after\\s+next\\b`, 'gi'),
    needs: /after/i,
    kind: 'day',
    resolve: (m, c) => weekdayInWeek(addDays(c.sentDate, 14), wdOf(m[1])),
  },
  // "Monday week" / "a week on Monday": the bare weekday plus seven days (spec §2).
  {
    re: new RegExp(`\\b(?:${WD}\\s+week|a\\s+week\\s+(?:on\\s+)?${WD})\\b`, 'gi'),
    needs: /week/i,
    kind: 'day',
    resolve: (m, c) => addDays(nextWeekdayAfter(c.sentDate, wdOf(m[1] ?? m[2])), 7),
  },
  {
    re: /\b(?:this|by|b4|before)\s+(?:the\s+)?(?:arvo|avo)\b/gi,
    kind: 'day',
    resolve: (_m, c) => c.sentDate,
  },
  // "in the morning" from someone writing today means tomorrow morning.
  // Written in the small hours, though, "in the morning" is the one about to begin.
  {
    re: /\b(?:first thing\s+)?in the (?:morning|am|a\.m\.)(?!\w)/gi,
    kind: 'day',
    resolve: (_m, c) => (c.sentMinutes < 5 * 60 ? c.sentDate : addDays(c.sentDate, 1)),
  },
  // "before the month is out": this month's last working day, or, once that has passed, the month's last day.
  {
    re: /\b(?:before|by)\s+the\s+month\s+is\s+(?:out|over|up)\b/gi,
    kind: 'day',
    resolve: (_m, c) => {
      const { year, month } = parts(c.sentDate);
      const last = lastWorkingDayOfMonth(year, month, c.cal);
      return compareCivil(last, c.sentDate) < 0 ? c.sentDate : last;
    },
  },
  // "run the regression suite overnight": ready by the next morning ("if anything changes overnight" is no deadline).
  {
    re: /(?<!\b(?:if|in case|unless|should)\b[^.;]{0,40})(?<!\b(?:will|ll|to|can|gonna|I|we)\s+)\bovernight\b(?!\s+(?:the|it|them|your|a|an|our)\b)/gi,
    needs: /overnight/i,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 1),
  },
  // "I'll get onto it first thing": first thing tomorrow, unless a day follows.
  {
    re: /(?<!(?:day|tomorrow|tmrw|tmr|week|mon|tue|wed|thu|fri|\d)[\s,]{1,3})\bfirst thing\b(?!\s+(?:in the|on|after|when|once|tomorrow|tmrw|today|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|am|pm))/gi,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 1),
  },
  {
    re: new RegExp(
      `\\b(?:in|within)\\s+(?:the\\s+next\\s+)?(?:about\\s+)?${NUM}\\s+(?:minutes?|mins?)\\b`,
      'gi',
    ),
    needs: /min/i,
    kind: 'day',
    resolve: (m, c) => hoursLater(c, toNumber(m[1]!) / 60),
  },
  // "will call u in 10": minutes, when nothing names another unit.
  {
    re: /\b(?:in|within)\s+(5|10|15|20|30|45)(?=\s*(?:$|[.!,;)]|po\b|pls\b|or so\b))/gi,
    kind: 'day',
    resolve: (m, c) => hoursLater(c, Number(m[1]) / 60),
  },
  {
    // A bare "Q3" names the deadline only after a preposition ("by Q3", "end of Q3"), not in "the Q3 forecast".
    needs: /quarter|qtr|q[1-4]/i,
    re: /\b(?:(?:by|before|in|for|during)\s+)?(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?(?:(this|next|nxt|the)\s+(?:quarter|qtr)|(?<=(?:by|before|in|during|until|of|for)\s+(?:the\s+)?)q([1-4])(?:\s+(20\d\d))?)\b/gi,
    kind: 'day',
    resolve: (m, c) =>
      endOfQuarter(
        c,
        m[1]?.toLowerCase() ?? null,
        m[2] ? Number(m[2]) : null,
        m[3] ? Number(m[3]) : null,
      ),
  },
  // "by end of quarter", "by EOQ", "by quarter end": this quarter's.
  {
    re: /\b(?:(?:end|close)\s+of\s+(?:quarter|qtr)|EOQ|quarter[\s-]end)\b/gi,
    kind: 'day',
    resolve: (_m, c) => endOfQuarter(c, 'this', null, null),
  },
  {
    re: new RegExp(`\\b${WD}\\s+of\\s+(this|next)\\s+week\\b`, 'gi'),
    kind: 'day',
    resolve: (m, c) =>
      m[2]!.toLowerCase() === 'next'
        ? weekdayInWeek(addDays(c.sentDate, 7), wdOf(m[1]))
        : thisWeekday(c, wdOf(m[1])),
  },
  {
    re: new RegExp(`\\b${WD}\\s+(?:of\\s+)?(?:next|nxt|the following)\\s+(?:week|wk)\\b`, 'gi'),
    kind: 'day',
    resolve: (m, c) => weekdayInWeek(addDays(c.sentDate, 7), wdOf(m[1])),
  },
  {
    re: new RegExp(`\\bnext\\s+week\\s+${WD}\\b`, 'gi'),
    kind: 'day',
    resolve: (m, c) => weekdayInWeek(addDays(c.sentDate, 7), wdOf(m[1])),
  },
  {
    re: new RegExp(`\\b(this|next|nxt|coming|this coming)\\s+${WD}\\b(?!'s|’s)`, 'gi'),
    kind: 'day',
    resolve: (m, c) => {
      const wd = wdOf(m[2]);
      const w = m[1]!.toLowerCase();
      if (w === 'next' || w === 'nxt') return weekdayInWeek(addDays(c.sentDate, 7), wd);
      if (w === 'this') return thisWeekday(c, wd);
      return nextWeekdayAfter(c.sentDate, wd);
    },
  },
  {
    re: /\b(?:(?:by|before|at|until|till|for|during)\s+)?(?:the\s+)?(?:end of (?:the |this )?(?:week|wk)(?!\s+after\s+next)|EOW|this (?:week|wk)|(?:later|sometime|some time|early|earlier|mid|middle of|the middle of the) this week|end of the working week|this weekend?'?s? end|(?:later|sometime|some time) in the week|within the (?:week|wk)|(?<!\b(?:next|nxt|coming)\s)(?:wk|week)[\s-]end(?!s))\b/gi,
    needs: /week|wk|eow/i,
    kind: 'day',
    resolve: (_m, c) => endOfWeek(c),
  },
  {
    re: /\b(?:by|before|on|until)\s+(?:the\s+)?(?:end of (?:this |the )?working week)\b/gi,
    kind: 'day',
    resolve: (_m, c) => endOfWeek(c),
  },
  // "by the next business day": one working day on.
  {
    re: /\b(?:the\s+)?next\s+(?:business|working)\s+day\b(?!\s+(?:after|following|of)\b)/gi,
    kind: 'day',
    resolve: (_m, c) => addWorkingDays(c.sentDate, 1, c.cal),
  },
  // Indian English "by day after" (tomorrow): the day after tomorrow.
  {
    re: /\b(?:by|on)\s+day\s+after(?:\s+(?:tomorrow|tmrw))?(?=\s*(?:[.,;!]|$))/gi,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 2),
  },
  // Named days of the year's end.
  {
    re: /\b(?:new\s+year['’]?s\s+eve|NYE)\b/gi,
    kind: 'day',
    resolve: (_m, c) => monthDayOnOrAfter(c, 12, 31, null),
  },
  // Christmas read as below, one day earlier: "before Christmas Eve" is kept until the 23rd.
  {
    re: /\b(?:before|b4|ahead of)\s+(?:xmas|christmas)\s+eve\b/gi,
    kind: 'day',
    resolve: (_m, c) => monthDayOnOrAfter(c, 12, 23, null),
  },
  {
    re: /\bchristmas\s+eve\b/gi,
    kind: 'day',
    resolve: (_m, c) => monthDayOnOrAfter(c, 12, 24, null),
  },
  // Christmas is a holiday nobody delivers on: "by/before Christmas" is kept until Christmas Eve.
  {
    re: /\b(?:(?:by|before|b4|ahead of|until)\s+|this side of\s+)(?:xmas|christmas)(?!\s+eve)\b/gi,
    kind: 'day',
    resolve: (_m, c) => monthDayOnOrAfter(c, 12, 24, null),
  },
  // "before the New Year": the year's last day (not "New Year's Eve", read as a date).
  {
    re: /\b(?:before|b4|by|ahead of)\s+(?:the\s+)?new\s+year(?:['’]s)?(?!\s+eve)\b/gi,
    kind: 'day',
    resolve: (_m, c) => monthDayOnOrAfter(c, 12, 31, null),
  },
  // "b4 CNY": the working world stops for the Lunar New Year, so before it is the eve, like Christmas.
  {
    re: /\b(?:by|before|b4|ahead of|prior to)\s+(?:the\s+)?(?:CNY|Chinese New Year|Lunar New Year|Spring Festival)\b/gi,
    kind: 'day',
    resolve: (_m, c) => lunarNewYearEve(c),
  },
  // "after the bank holiday", "after the Christmas break": the first working day after the next days off
  // that include a holiday; "before the long weekend": the last working day before them.
  {
    re: /\bafter\s+the\s+(?:bank\s+|public\s+|national\s+)?(?:holiday|holidays|long weekend|christmas break|xmas break|holiday break|break)\b/gi,
    kind: 'day',
    resolve: (_m, c) => aroundDaysOff(c, 'after'),
  },
  {
    re: /\b(?:before|ahead of)\s+the\s+(?:long weekend|bank holiday|public holiday)\b/gi,
    kind: 'day',
    resolve: (_m, c) => aroundDaysOff(c, 'before'),
  },
  // The same for a holiday named by the writer when the settings hold it: "before Golden Week", "before the Eid Al-Adha
  // holiday", "the first working day after Tet" (a bare "after Eid" names no day). Without holidays in the settings
  // there are no days off to find.
  {
    re: new RegExp(`\\b(?:[Bb]efore|[Bb]4|[Aa]head of|[Pp]rior to)\\s+${HOLIDAY_NAME}`, 'g'),
    kind: 'day',
    resolve: (_m, c) => aroundDaysOff(c, 'before'),
  },
  // "by Thanksgiving", "by Diwali": a named day off is a date like any other, kept until that day (not Christmas, above).
  {
    re: new RegExp(`\\b(?:[Bb]y|[Uu]ntil|[Tt]ill)\\s+${HOLIDAY_DAY}`, 'g'),
    kind: 'day',
    resolve: (_m, c) => aroundDaysOff(c, 'on'),
  },
  {
    re: new RegExp(
      `\\b(?:(?:on\\s+)?the\\s+first\\s+(?:(?:working|business)\\s+)?day|first\\s+thing)\\s+after\\s+${HOLIDAY_NAME}`,
      'g',
    ),
    kind: 'day',
    resolve: (_m, c) => aroundDaysOff(c, 'after'),
  },
  // The company's own closure the settings hold: "before we close for the year", "first thing when we're back".
  {
    re: /\b(?:before|b4|ahead of)\s+(?:we|the office|our office|the plant|the factory)\s+(?:close|closes|shut|shuts|break up)\b(?:\s+for\s+(?:the\s+)?(?:year|holidays?|christmas|xmas|break|summer))?/gi,
    kind: 'day',
    resolve: (_m, c) => aroundDaysOff(c, 'before'),
  },
  // Not "within two business days after we return": a count from the sent date (set at's writer).
  {
    re: /(?<!\b(?:days?|weeks?)\s+)\b(?:when|once|after)\s+(?:we(?:['’]re| are)\s+back|we\s+(?:reopen|return|re-open)|the office reopens)\b/gi,
    kind: 'day',
    resolve: (_m, c) => aroundDaysOff(c, 'after'),
  },
  // A calendar week by its ISO number ("in KW 6", "CW12"): its last working day, this year's or, once past, next year's.
  {
    re: /\b(?:KW|CW|calendar\s+week)\s*(\d{1,2})\b/g,
    kind: 'day',
    resolve: (m, c) => isoWeekEnd(c, Number(m[1])),
  },
  // "in week 8", "by wk 12": the same, when a preposition says it is a time.
  {
    re: /(?<=\b(?:in|by|until|till|latest in|during)\s+)(?:week|wk)\s*(\d{1,2})\b/gi,
    needs: /week|wk/i,
    kind: 'day',
    resolve: (m, c) => isoWeekEnd(c, Number(m[1])),
  },
  // "by mid of next month", "by 15th of next month", "the 3rd of next month".
  {
    re: /\b(?:(?:the\s+)?(?:mid|middle)(?:\s+of)?|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of)\s+(?:the\s+)?(?:next|nxt|coming|following)\s+month\b/gi,
    kind: 'day',
    resolve: (m, c) => {
      const day = m[1] ? Number(m[1]) : 15;
      const [y, mo] = nextMonth(c);
      return isValidCivil(y, mo, day) ? civil(y, mo, day) : null;
    },
  },
  // "end of January": the last working day of that month, like "end of the month" (spec §2).
  {
    re: /\b(?:the\s+)?end\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\s+\d)/gi,
    kind: 'day',
    resolve: (m, c) => monthEnd(c, monthOf(m[1]!)),
  },
  // "the second half of December": kept until the month's last working day; "the first half": until the 15th.
  {
    re: /\b(?:in\s+)?(?:the\s+)?(first|1st|second|2nd|latter)\s+half\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi,
    kind: 'day',
    resolve: (m, c) =>
      /^(?:first|1st)$/i.test(m[1]!)
        ? monthDayOnOrAfter(c, monthOf(m[2]!), 15, null)
        : monthEnd(c, monthOf(m[2]!)),
  },
  // "early January": still kept while the month's first third lasts; "the start of January": its first working day.
  {
    re: /\b(early|(?:the\s+)?(?:beginning|start)\s+of)\s+(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?!\s+\d)/gi,
    kind: 'day',
    resolve: (m, c) => {
      const { year, month } = parts(monthEnd(c, monthOf(m[2]!)));
      return /^early$/i.test(m[1]!)
        ? earlyInMonth(year, month, c)
        : addWorkingDays(addDays(civil(year, month, 1), -1), 1, c.cal);
    },
  },
  // "in January", "by February": that month's last working day, like "next month".
  {
    re: /\b(?:in|by|during)\s+(january|february|march|april|june|july|august|september|october|november|december)\b(?!\s+\d|\s+(?:the\s+)?\d)/gi,
    kind: 'day',
    resolve: (m, c) => monthEnd(c, monthOf(m[1]!)),
  },
  // "mid-January", "mid month": the 15th.
  {
    re: /\bmid[\s-]?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|month)\b/gi,
    kind: 'day',
    resolve: (m, c) =>
      /^month$/i.test(m[1]!)
        ? dayOfMonthOnOrAfter(c, 15)
        : monthDayOnOrAfter(c, monthOf(m[1]!), 15, null),
  },
  // "(by) mid-week": Wednesday of this week, or next week's once this one's has passed.
  {
    re: /\b(?:by\s+)?(?:mid[\s-]?week|the middle of the week)\b(?![\s-]+(?:next|the coming)\b)/gi,
    kind: 'day',
    resolve: (_m, c) => {
      const d = weekdayInWeek(c.sentDate, 3);
      return compareCivil(d, c.sentDate) < 0 ? addDays(d, 7) : d;
    },
  },
  // "the week of the 14th", "wk of Dec 14", "w/c 14th": kept until the last working day of that week.
  {
    re: /\b(?:(?:the\s+)?(?:wk|week)\s+(?:of|commencing|beginning|starting)|w\/c)\s+(?:the\s+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/gi,
    kind: 'day',
    resolve: (m, c) => {
      const day = m[1]
        ? monthDayOnOrAfter(c, monthOf(m[1]), Number(m[2]), null)
        : dayOfMonthOnOrAfter(c, Number(m[2]));
      return day === null ? null : lastWorkingDayOfWeek(day, c.cal);
    },
  },
  // "before the holidays": the last working day before the next days off; said in December without them in the
  // settings, Christmas Eve, like "before Christmas".
  {
    // Not a holiday event with a date of its own: "before the holiday change freeze on December 18".
    re: /\b(?:by|before|b4|ahead of|until)\s+(?:the\s+)?(?:holidays?|holiday break|festive (?:break|season)|christmas break|break|shutdown|closure)\b(?!\s+(?:change\s+|code\s+)?(?:freeze|party|rush|peak|sales?|campaign|promo\w*|lunch|dinner|event|cut-?off|deadline)\b)/gi,
    kind: 'day',
    // The days off the settings hold come first; without them, December's holidays are Christmas.
    resolve: (_m, c) =>
      aroundDaysOff(c, 'before') ??
      (parts(c.sentDate).month === 12 ? monthDayOnOrAfter(c, 12, 24, null) : null),
  },
  // "we'll push it to the 14th": a date moved to a day of the month.
  {
    re: /(?<=\b(?:push|move|shift|postpone|reschedule|bump|delay)(?:ed|ing)?\s+(?:it|this|that|them|(?:the|our|your)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:back\s+|out\s+)?to\s+)the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi,
    kind: 'day',
    resolve: (m, c) => dayOfMonthOnOrAfter(c, Number(m[1])),
  },
  // "by the 1st of the month": the next such day.
  {
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+of\s+the\s+month\b/gi,
    kind: 'day',
    resolve: (m, c) => dayOfMonthOnOrAfter(c, Number(m[1])),
  },
  // "by the 1st of next month": that day of the next month.
  {
    re: /\b(?:on|by|before|until|for)?\s*the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+next\s+month\b/gi,
    kind: 'day',
    resolve: (m, c) => {
      const { year, month } = parts(c.sentDate);
      const y = month === 12 ? year + 1 : year;
      const mo = month === 12 ? 1 : month + 1;
      return isValidCivil(y, mo, Number(m[1])) ? civil(y, mo, Number(m[1])) : null;
    },
  },
  // "after the weekend": the first working day of the week after it.
  {
    re: /\bafter the weekend\b/gi,
    kind: 'day',
    resolve: (_m, c) => nthWorkingDayOfWeek(addDays(c.sentDate, 7), 1, c.cal),
  },
  // "by/before the weekend": kept while the working week lasts.
  {
    re: /\b(?:(?:by|before|b4)(?:\s+(?:the|this|da))?|this side of the)\s+(?:weekend|wknd|wkend)\b/gi,
    kind: 'day',
    resolve: (_m, c) => endOfWeek(c),
  },
  // "by morning" is tomorrow morning, as "in the morning" is.
  { re: /\bby\s+(?:the\s+)?morning\b/gi, kind: 'day', resolve: (_m, c) => addDays(c.sentDate, 1) },
  // A German-style date with its closing dot and no year: "bis 30.11.", "by 23.11.".
  {
    // Without its closing dot only where the settings read day/month: "on 09.03" (a version number otherwise).
    re: /(?<=\b(?:by|on|until|till|before|bis|am|latest|due)\s+)(\d{1,2})\.(\d{1,2})(\.)?(?![\d.])/gi,
    needs: /\d\.\d/,
    kind: 'day',
    resolve: (m, c) =>
      m[3] || c.dateOrder === 'DMY' ? monthDayOnOrAfter(c, Number(m[2]), Number(m[1]), null) : null,
  },
  {
    re: /\b(?:this|the|over the|on the|on|during the|at the) (?:weekend|wknd|wkend)\b/gi,
    kind: 'day',
    resolve: (_m, c) => weekdayInWeek(c.sentDate, 7),
  },
  {
    re: /\bnext weekend\b/gi,
    kind: 'day',
    resolve: (_m, c) => weekdayInWeek(addDays(c.sentDate, 7), 7),
  },
  // "within the next week": seven days, like "within a week" (not the end of next week).
  {
    re: /\b(?:in|within|over)\s+the\s+next\s+(?:week|wk)\b(?!\s+or)/gi,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 7),
  },
  // "the week after next": its last working day.
  {
    re: /\b(?:(?:by|before)\s+)?(?:the\s+)?(?:end\s+of\s+the\s+)?week\s+after\s+next\b|\bnext\s+to\s+next\s+(?:week|wk)\b/gi,
    kind: 'day',
    resolve: (_m, c) => lastWorkingDayOfWeek(addDays(c.sentDate, 14), c.cal),
  },
  // "this time next week": a week from the sent date, to the day.
  {
    re: /\b(?:this|same) time next week\b|\ba week from (?:today|now)\b|\b(?:in|within|over)\s+(?:the\s+next\s+|a\s+)?week or so\b/gi,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 7),
  },
  // "in the first week of Jan": the last working day of the first week that holds most of its working days
  // in the month (a month starting on a Thursday or Friday has its first week after that).
  {
    re: /\b(?:(?:in|by|during)\s+)?(?:the\s+)?(first|1st|second|2nd|third|3rd)\s+(?:week|wk)\s+of\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi,
    kind: 'day',
    resolve: (m, c) => {
      const nth = /^(?:first|1st)$/i.test(m[1]!) ? 0 : /^(?:second|2nd)$/i.test(m[1]!) ? 1 : 2;
      const first = monthDayOnOrAfter(c, monthOf(m[2]!), 1, null);
      if (first === null) return null;
      const day1 = addWorkingDays(addDays(first, -1), 1, c.cal);
      const inMonth = workingDaysOfWeek(day1, c.cal).filter(
        (d) => d.slice(0, 7) === day1.slice(0, 7),
      ).length;
      return lastWorkingDayOfWeek(addDays(inMonth < 3 ? addDays(day1, 7) : day1, 7 * nth), c.cal);
    },
  },
  // "(the) start of next week" is its first working day; "early next week" and "at the beginning of next week"
  // (its span, as bb's writer reads it nine times) are the spec's second.
  {
    re: /\b(?:(?:the\s+)?start\s+of|first thing) (?:next|nxt|the coming) (?:week|wk)\b/gi,
    kind: 'day',
    resolve: (_m, c) => nthWorkingDayOfWeek(addDays(c.sentDate, 7), 1, c.cal),
  },
  {
    re: /\b(?:early|(?:at\s+)?the\s+beginning\s+of) (?:next|nxt|the coming) (?:week|wk)\b/gi,
    kind: 'day',
    resolve: (_m, c) => nthWorkingDayOfWeek(addDays(c.sentDate, 7), 2, c.cal),
  },
  {
    re: /\b(?:mid|the middle of|middle of)[\s-](?:next|nxt|the coming) (?:week|wk)\b/gi,
    kind: 'day',
    resolve: (_m, c) => nthWorkingDayOfWeek(addDays(c.sentDate, 7), 3, c.cal),
  },
  {
    re: /\b(?:(?:the )?end of |later |sometime |some time |by )?(?:next|nxt|the coming) (?:week|wk)(?:[\s-]?end\b(?!s))?\b/gi,
    kind: 'day',
    resolve: (_m, c) => {
      const days = workingDaysOfWeek(addDays(c.sentDate, 7), c.cal);
      return days[days.length - 1] ?? lastWorkingDayOfWeek(addDays(c.sentDate, 7), c.cal);
    },
  },
  {
    re: /\b(early|beginning of|start of|the start of|the beginning of) next month\b/gi,
    kind: 'day',
    resolve: (m, c) => {
      const { year, month } = parts(nthWorkingDayOfNextMonth(c, 1));
      return /^early$/i.test(m[1]!) ? earlyInMonth(year, month, c) : nthWorkingDayOfNextMonth(c, 1);
    },
  },
  {
    re: /\b(?:(?:the )?end of |later |sometime |by )?(?:next|nxt) (?:month|mth|mnth)\b/gi,
    kind: 'day',
    resolve: (_m, c) => endOfMonth(c, 1),
  },
  {
    re: /\b(?:(?:the )?end of (?:the |this )?(?:month|mth)|month[\s-]end|EOM|this (?:month|mth)|(?:later|sometime) this month)\b/gi,
    kind: 'day',
    resolve: (_m, c) => endOfMonth(c, 0),
  },
  // "Kindly allow us 2 days to revert": asking for that long.
  {
    re: new RegExp(
      `\\b(?:allow|give)\\s+(?:us|me)\\s+${NUM}\\s+(?:more\\s+)?(?:(business|working)\\s+)?days?\\b`,
      'gi',
    ),
    needs: /allow|give/i,
    kind: 'day',
    resolve: daysCounted,
  },
  // "I will send you the updated price after two days": in two days (not "two days after the visit").
  {
    re: new RegExp(
      `\\bafter\\s+${NUM}\\s+(?:(working|business)\\s+)?days?\\b(?!\\s+(?:of|from|after|following)\\b)`,
      'gi',
    ),
    needs: /day/i,
    kind: 'day',
    resolve: daysCounted,
  },
  {
    re: /\b(?:in|within)\s+(?:a|one)\s+day\s+or\s+(?:two|2)\b/gi,
    needs: /day/i,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 2),
  },
  {
    re: new RegExp(
      `\\b(?:in|within)\\s+(?:the\\s+)?(?:next\\s+)?(?:about\\s+|max(?:imum)?\\.?\\s+)?${NUM}${UPTO}\\s+(?:business|working|work|biz)\\s+days?\\b`,
      'gi',
    ),
    needs: /busi|work|biz/i,
    kind: 'day',
    resolve: (m, c) =>
      VAGUE_COUNT.test(m[1]!) ? null : addWorkingDays(c.sentDate, toNumber(m[2] ?? m[1]!), c.cal),
  },
  {
    re: new RegExp(
      `\\b(?:in|within|over)\\s+(?:the\\s+)?(?:next\\s+)?(?:about\\s+|max(?:imum)?\\.?\\s+)?${NUM}${UPTO}\\s+days?(?:['’]s?\\s+time)?\\b`,
      'gi',
    ),
    needs: /day/i,
    kind: 'day',
    resolve: (m, c) =>
      VAGUE_COUNT.test(m[1]!) ? null : addDays(c.sentDate, toNumber(m[2] ?? m[1]!)),
  },
  {
    re: new RegExp(
      `\\b(?:in|within)\\s+(?:the\\s+)?(?:next\\s+)?(?:about\\s+|max(?:imum)?\\.?\\s+)?${NUM}\\s+(?:weeks?|wks?)(?:['’]s?\\s+time)?\\b`,
      'gi',
    ),
    needs: /week|wk/i,
    kind: 'day',
    resolve: (m, c) => (VAGUE_COUNT.test(m[1]!) ? null : addDays(c.sentDate, 7 * toNumber(m[1]!))),
  },
  {
    re: /\b(?:in|within)\s+(?:a|one|the next)\s+fortnight(?:['’]s\s+time)?\b/gi,
    needs: /fortnight/i,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 14),
  },
  // "on the first working day of the new year / of January": that month's first working day, this year's or next.
  {
    re: /\b(?:on\s+)?the\s+first\s+(?:working|business)\s+day\s+(?:of|in|after)\s+(?:the\s+)?(new\s+year|next\s+month|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi,
    kind: 'day',
    resolve: (m, c) => {
      const which = m[1]!.toLowerCase();
      if (/next\s+month/.test(which)) return nthWorkingDayOfNextMonth(c, 1);
      const first = monthDayOnOrAfter(c, /new\s+year/.test(which) ? 1 : monthOf(which), 1, null);
      return first === null ? null : addWorkingDays(addDays(first, -1), 1, c.cal);
    },
  },
  // "in a month's time": the same day next month (its last day when the month is shorter).
  {
    re: /\b(?:in|within)\s+(?:a|one)\s+month(?:['’]s\s+time)?\b/gi,
    needs: /month/i,
    kind: 'day',
    resolve: (_m, c) => sameDayNextMonth(c),
  },
  // "in a day or two": the promise is kept until the later of the two.
  {
    re: /\b(?:in|within|over)\s+(?:the\s+next\s+|a\s+)?(?:day|1 day|one day)\s+or\s+so\b/gi,
    needs: /day/i,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 1),
  },
  {
    re: /\b(?:in|within|over)\s+(?:the\s+next\s+|a\s+)?(?:day|1 day|one day)\s+or\s+two\b/gi,
    needs: /day/i,
    kind: 'day',
    resolve: (_m, c) => addDays(c.sentDate, 2),
  },
  { re: /\bwithin\s+the\s+hour\b/gi, kind: 'day', resolve: (_m, c) => c.sentDate },
  {
    re: /\b(?:in|within)\s+(?:the\s+next\s+(?:(?:an?|one)\s+)?|(?:an?|one)\s+)hour\b/gi,
    needs: /hour/i,
    kind: 'day',
    resolve: (_m, c) => c.sentDate,
  },
  {
    re: new RegExp(
      `\\b(?:in|within|over|during)\\s+(?:the\\s+)?(?:next\\s+)?(?:about\\s+|max(?:imum)?\\.?\\s+)?${NUM}(?:\\s+(?:hours?|hrs?)|(?<=\\d)\\s?(?:hours?|hrs?|h))\\b`,
      'gi',
    ),
    needs: /hour|hr|\d\s?h/i,
    kind: 'day',
    resolve: (m, c) => hoursLater(c, toNumber(m[1]!)),
  },
  {
    re: /\b(?:later today|today|2day|tdy|tonight|tonite|2nite|2night|this (?:morning|afternoon|evening|eve)|(?:by|this|before)\s+(?:the\s+)?evening|later (?:in the |this )?(?:day|afternoon|evening)|within the day|(?:in|during) the course of (?:the day|today)|l8r|later\s+(?:lah|lor|ah)|(?:(?:by|before)\s+)?(?:the\s+)?end of (?:today|the day today))\b/gi,
    kind: 'day',
    resolve: (_m, c) => c.sentDate,
  },
  {
    re: /\b(?:on|by|before|b4|until|for|no later than|on or before) (?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|half|week|wk|quarter|batch|lot|phase|part|round|shipment))/gi,
    kind: 'day',
    resolve: (m, c) => dayOfMonthOnOrAfter(c, Number(m[1])),
  },
  // "by the 15." without its suffix, and "I send you the 12th" as second-language writers put a date after the object.
  {
    re: /\b(?:by|before|until|no later than|on or before) the (\d{1,2})(?=\s*(?:[.,;!)]|$|\s(?:and|or|at the latest|latest|if|so)\b))|(?<=\b(?:you|it|them)\s+)the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|half|week|wk|quarter|batch|lot|phase|part|round|shipment|floor|century|item|line|page|row|time)\b)/gi,
    needs: /the \d/i,
    kind: 'day',
    resolve: (m, c) => dayOfMonthOnOrAfter(c, Number(m[1] ?? m[2])),
  },
  {
    re: /\b(?:EOD|COB|EOB|end of (?:the )?(?:business )?day|close of (?:business|play)|end of business|end of play)\b/gi,
    kind: 'tod',
    resolve: (_m, c) => c.sentDate,
  },
  // "ill have the RMA number for u by close": the close of business, when nothing says what closes.
  {
    re: /(?<=\b(?:by|before|b4|until|till)\s+(?:the\s+)?)close\b(?=\s*(?:$|[.,;!)]|[-–—]|and\b|today\b|tonight\b))/gi,
    needs: /close/i,
    kind: 'tod',
    resolve: (_m, c) => c.sentDate,
  },
  {
    re: /\b(?:(?:after|before|by|post)\s+lunch(?:time)?|lunchtime)\b/gi,
    kind: 'tod',
    resolve: (_m, c) => timeAhead(c, 13 * 60),
  },
  // "have an ETA to you by 9": an hour without am/pm is a working hour (7–11 in the morning, 12–6 after noon).
  // "by 10 with the new ETA": a phrase may follow it; "by 10 units" is no hour.
  {
    re: /\b(?:by|b4)\s+(1[0-2]|[1-9])(?!\d|:|\.\d|\s*(?:am|pm|a\.m|p\.m|st|nd|rd|th|%|days?|weeks?|hours?|units?|pallets?|cartons?|boxes|items|pcs|(?!latest\b|at the latest\b|(?:your|ur) time\b|(?:with|and|so|for|if|then|tomorrow|tmrw|tmr)\b)[a-z]))/gi,
    kind: 'tod',
    resolve: (m, c) => timeAhead(c, workingHour(Number(m[1])) * 60),
  },
  // "by 3 o'clock": a working hour, as "by 3" is.
  {
    re: /\b(?:by|before|until|till|at|b4)\s+(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*o['’]?\s?clock\b/gi,
    kind: 'tod',
    resolve: (m, c) => timeAhead(c, workingHour(toNumber(m[1]!)) * 60),
  },
  // British clock words: "by half ten" (10:30), "by quarter to five" (4:45), an afternoon hour when small.
  {
    re: /\b(?:by|before|until|till|at|for)\s+(?:(half|quarter)\s+(past|after|to)\s+|(half)\s+)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|:))/gi,
    needs: /half|quarter/i,
    kind: 'tod',
    resolve: (m, c) => {
      const h = toNumber(m[4]!);
      if (!(h >= 1 && h <= 12)) return null;
      const hour = workingHour(h);
      const minutes = m[3]
        ? hour * 60 + 30
        : /^to$/i.test(m[2]!)
          ? hour * 60 - (m[1]!.toLowerCase() === 'half' ? 30 : 15)
          : hour * 60 + (m[1]!.toLowerCase() === 'half' ? 30 : 15);
      return timeAhead(c, minutes);
    },
  },
  {
    re: /\b(noon|midday|midnight)\b/gi,
    kind: 'tod',
    resolve: (m, c) => (m[1]!.toLowerCase() === 'midnight' ? c.sentDate : timeAhead(c, 12 * 60)),
  },
  {
    re: /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?/gi,
    kind: 'tod',
    resolve: (m, c) => {
      const mins = clockMinutes(m[1]!, m[2], m[3]);
      return mins === null ? null : timeAhead(c, mins);
    },
  },
  // The continental clock: "before 10h", "by 17h30".
  {
    re: /\b(?:by|before|b4|until|till|at)\s+(\d{1,2})h(\d{2})?\b/gi,
    kind: 'tod',
    resolve: (m, c) => {
      const mins = clockMinutes(m[1]!, m[2] ?? '00', undefined);
      return mins === null ? null : timeAhead(c, mins);
    },
  },
  {
    re: /\b(?:by|before|until|at)\s+(\d{1,2}):(\d{2})\b/gi,
    kind: 'tod',
    resolve: (m, c) => {
      const mins = clockMinutes(m[1]!, m[2], undefined);
      return mins === null ? null : timeAhead(c, mins);
    },
  },
  {
    // Not a habit: "signs everything on Monday mornings".
    re: new RegExp(`\\b${WD}\\b(?!\\s+(?:mornings|afternoons|evenings|nights)\\b)`, 'gi'),
    kind: 'day',
    resolve: (m, c) =>
      nextWeekdayAfter(c.weekdayMayBeToday ? addDays(c.sentDate, -1) : c.sentDate, wdOf(m[1])),
  },
];

const WEEKDAY_ONLY = new RegExp(`^${WD}$`, 'i');
// "the call on the 9th", "the workshop of Dec 3": the date names an event, not the deadline.
const EVENT_ON =
  /\b(?:call|meeting|review|session|workshop|webinar|demo|kick-?off|QBR|offsite|visit|conference|summit|training|sync|catch-?up|presentation|event|launch)\s+(?:on|of)\s+(?:the\s+)?$/i;
const BY_EVENT_ON =
  /\b(?:before|b4|ahead of|prior to|in time for|by)\s+(?:the\s+|our\s+|your\s+)?(?:[\w-]+\s+){1,3}(?:on|of)\s+(?:the\s+)?$/i;
const BY_EVENT = /\b(?:before|b4|ahead of|prior to|in time for|by)\s+(?:the\s+|our\s+|your\s+)?$/i;

const ABBREV_WEEKDAY = /^(mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)$/i;
// Abbreviations that are no other English word ("Weds", "Thurs"), unlike "wed", "sat", "sun", "mon".
const UNAMBIGUOUS_ABBREV = /^(?:tues?|weds|thu(?:rs?)?|fri|mon)$/i;

function dayOfMonthOnOrAfter(ctx: DeadlineContext, day: number): string | null {
  if (day < 1 || day > 31) return null;
  let { year, month } = parts(ctx.sentDate);
  for (let i = 0; i < 14; i++) {
    if (isValidCivil(year, month, day)) {
      const d = civil(year, month, day);
      if (compareCivil(d, ctx.sentDate) >= 0) return d;
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return null;
}

function monthDayOnOrAfter(
  ctx: DeadlineContext,
  month: number,
  day: number,
  year: number | null,
): string | null {
  if (year !== null) return isValidCivil(year, month, day) ? civil(year, month, day) : null;
  const { year: y0 } = parts(ctx.sentDate);
  for (let y = y0; y < y0 + 8; y++) {
    if (!isValidCivil(y, month, day)) continue;
    const d = civil(y, month, day);
    if (compareCivil(d, ctx.sentDate) >= 0) return d;
  }
  return null;
}

const EXPLICIT_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,2}[/.-]\d{1,2}/i;
const RELATIVE_WORDS = /\b(?:in|within|ago|from now|days?|weeks?|hours?|months?|next|last|this)\b/i;

function chronoDates(text: string, ctx: DeadlineContext): Candidate[] {
  // Cheap gate: chrono is only worth running when a month name or a numeric date could be present.
  if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)) return [];
  const parser = ctx.dateOrder === 'DMY' ? chrono.en.GB : chrono.en.casual;
  const out: Candidate[] = [];
  // "on 4 January, first thing", "on 8 October, first working day after the holiday": chrono would read
  // "January, first" as the 1st. One character for one, so offsets hold.
  // Nor "on 12.11, tomorrow our office is closed" as one date.
  const src = text.replace(
    /,(?=\s*(?:first\s+(?:thing|working|business|day)|tomorrow|today|tonight)\b)/gi,
    ';',
  );
  for (const r of parser.parse(
    src,
    { instant: ctx.sentAt, timezone: ctx.timeZone },
    { forwardDate: true },
  )) {
    // Only explicit calendar dates come from chrono; relative phrases are the table's business.
    if (!EXPLICIT_DATE.test(r.text) || RELATIVE_WORDS.test(r.text)) continue;
    // "end of January", "mid-January" are our rules' business (a working day, the 15th).
    if (
      /\b(?:end|mid)\b/i.test(r.text) ||
      /\b(?:end of|mid|(?:wk|week) (?:of|commencing|beginning|starting)|w\/c)[\s-]*(?:the\s+)?$/i.test(
        text.slice(Math.max(0, r.index - 20), r.index),
      )
    )
      continue;
    // "the 2nd half of December", "1st week of Jan": an ordinal that counts something else.
    if (
      /^(?:\d{1,2}(?:st|nd|rd|th))$/i.test(r.text.trim()) &&
      /^\s+(?:half|week|wk|quarter|batch|lot|phase|part|round|shipment|instal?ment)\b/i.test(
        text.slice(r.index + r.text.length),
      )
    )
      continue;
    // A fraction with an inch mark or unit is a size, not a date: '3/4" brass fittings', '3/4 in.' (not "3/11 in the port").
    if (
      /^\d{1,2}\/\d{1,2}$/.test(r.text) &&
      /^(?:["”″]|\s*(?:inch|inches|mm|cm)\b|\s*in(?=\s*(?:[.,;)x×]|$|\d)))/i.test(
        text.slice(r.index + r.text.length),
      )
    )
      continue;
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day')) continue;
    const month = s.get('month');
    const day = s.get('day');
    if (month === null || day === null) continue;
    const year = s.isCertain('year') ? s.get('year') : null;
    const due = monthDayOnOrAfter(ctx, month, day, year);
    if (due === null) continue;
    out.push({
      due,
      phrase: r.text,
      index: r.index,
      end: r.index + r.text.length,
      kind: 'day',
      marked: false,
    });
  }
  return out;
}

function overlaps(a: { index: number; end: number }, b: { index: number; end: number }): boolean {
  return a.index < b.end && b.index < a.end;
}

function collect(text: string, ctx: DeadlineContext, eventIsTheAction: boolean): Candidate[] {
  const found: Candidate[] = chronoDates(text, ctx);
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const index = m.index;
      const end = index + m[0].length;
      const phrase = m[0];
      if (
        ABBREV_WEEKDAY.test(phrase) &&
        !UNAMBIGUOUS_ABBREV.test(phrase) &&
        !/(?:\b(?:by|b4|on|until|before|EOD|COB|due|latest)\s+|[(,]\s*|\s[-–—]\s*)$/i.test(
          text.slice(Math.max(0, index - 8), index),
        ) &&
        !(
          /^(?:mon|tues?|weds?|thu(?:rs?)?|fri)$/i.test(phrase) &&
          /^\s*(?:[.!,;)]|$)|^\s+(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|arvo|avo|evening|night|eod|cob)\b/i.test(
            text.slice(end, end + 12),
          )
        )
      )
        continue;
      // A weekday inside an explicit date ("Tuesday, October 10") defers to the date.
      const cand: Candidate = { due: '', phrase, index, end, kind: rule.kind, marked: false };
      if (
        found.some(
          (f) =>
            overlaps(f, cand) ||
            (WEEKDAY_ONLY.test(phrase) &&
              f.kind === 'day' &&
              f.index >= end &&
              f.index - end <= 7 &&
              /^\W*(?:the\s*)?$/i.test(text.slice(end, f.index)) &&
              !/^(?:before|b4|ahead)\b/i.test(f.phrase)),
        )
      )
        continue;
      const due = rule.resolve(m, ctx);
      if (due === null) continue;
      cand.due = due;
      found.push(cand);
    }
  }
  const kept: Candidate[] = [];
  // "get back to you by 3 p.m. on whether the pumps can go out on Monday's boat": a date inside the question
  // asked about is the question's, once a deadline was said before it.
  const asking = /\bwhether\b/i.exec(text);
  for (const c of found) {
    if (asking && c.index > asking.index && found.some((o) => o.index < asking.index)) continue;
    const before = text.slice(Math.max(0, c.index - 24), c.index);
    // An action that starts on a day is due that day: "will switch your tickets to priority routing from tomorrow",
    // "will prioritise your route starting tomorrow". A calendar date there is the thing's own ("prices rise from 1 Jan").
    const starts = ACTION_STARTS_BEFORE.test(before) && RELATIVE_DAY.test(c.phrase);
    // A validity or start date belongs to the thing ("the quote, valid until Dec 31, by Friday").
    if (VALIDITY_BEFORE.test(before) && !starts) continue;
    if (
      !starts &&
      FOREIGN_BEFORE.test(before) &&
      !FUTURE_PASSIVE_BEFORE.test(before) &&
      !/\b(?:by|before|until)\b/i.test(before.slice(-12)) &&
      !/\b(?:end|close|course) of\s+(?:the\s+)?$/i.test(before) &&
      !BY_EVENT.test(before)
    )
      continue;
    const after = text.slice(c.end, c.end + 24);
    // "within 7 days of delivery": counted from an event, not from the message.
    if (
      /^(?:in|within)\b/i.test(c.phrase) &&
      /^\s+(?:(?:of|after)\s+(?!today|now|this\b|the date of this|sending|receipt of this)|from\s+(?:the\s+)?(?:delivery|receipt|receiving|approval|signing|signature|payment|installation|go-live|arrival))/i.test(
        after,
      )
    )
      continue;
    // An event named by its day ("Monday's meeting", "the Thursday review") is not the deadline,
    // unless the promise is to be kept by that event ("ahead of Monday's meeting", spec §2).
    // The words before the date itself, with a leading "on the" of the phrase: "the call on the 9th".
    const lead = before + (/^(?:on|of)\s/i.test(c.phrase) ? c.phrase.replace(/\d.*$/, '') : '');
    const attributive =
      /^['’]s\b/.test(after) ||
      EVENT_ON.test(lead) ||
      ((WEEKDAY_ONLY.test(c.phrase) || EXPLICIT_DATE.test(c.phrase)) &&
        /^\s+(?!(?:morning|afternoon|evening|night|noon|lunchtime|eod|cob|at|by|or|and|to|latest|first|next|the|this|if|as|so|week|for|with|via|in|from|out|through|into|over|when|once|until|together|along|because|since|but)\b)[a-z][\w-]*/i.test(
          after,
        ) &&
        /\b(?:the|our|your|their|this|that|an?)\s+$/i.test(before));
    // Unless the promise is to hold that event: "Our trainer will conduct the admin training on 12 Nov".
    // … or the promise rides on it: "out on Monday's run", "consolidated for the Tuesday sailing".
    const rides =
      /\b(?:on|for|onto|with|in time for)\s+(?:the\s+)?$/i.test(before) &&
      /^(?:['’]s)?\s+(?:(?:first|last|early|late|morning|afternoon)\s+)?(?:run|truck|van|sailing|vessel|flight|departure|collection|pickup|boat|train|shuttle|lorry|delivery|drop|dispatch|shipment|trunk)\b/i.test(
        after,
      );
    // "With Paddy's Day tomorrow I'll get the credit note out in 2 working days": the day is the reason's.
    if (
      /^\W*with\s+[^,;.]{1,40}$/i.test(text.slice(0, c.index)) &&
      /^\s*,?\s*(?:I|we)\b/.test(after)
    )
      continue;
    if (
      attributive &&
      !rides &&
      !eventIsTheAction &&
      !BY_EVENT.test(before) &&
      !BY_EVENT_ON.test(text.slice(Math.max(0, c.index - 48), c.index) + lead.slice(before.length))
    )
      continue;
    c.marked =
      MARK_BEFORE.test(before) ||
      /^(?:by|b4|before|until|till|within|no later than)\b/i.test(c.phrase);
    kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}

// Dates counted from one named before them (the anchor): "two days later", "a week thereafter",
// "the following Friday", "the Monday after", "the next working day", "within 2 working days of dispatch".
const LATER = new RegExp(
  `\\b${NUM}\\s+(?:(calendar|working|business)\\s+)?(days?|weeks?|fortnights?)\\s+(?:later|after(?:wards)?(?:\\s+(?:that|this|it|then))?|thereafter|on)\\b|\\ba\\s+fortnight\\s+(?:later|after(?:\\s+that)?|thereafter)\\b`,
  'i',
);
const COUNTED_FROM_EVENT = new RegExp(
  `\\b(?:in|within)\\s+${NUM}\\s+(?:(calendar|working|business)\\s+)?(days?|weeks?|hours?)\\s+(?:of|after|from)\\s+(?:the\\s+|our\\s+|their\\s+)?(dispatch|despatch|delivery|shipment|installation|arrival|visit|inspection|go-live|handover|collection|pickup)\\b`,
  'i',
);
const EVENT_STEM: Record<string, RegExp> = {
  dispatch: /\b(?:dispatch|despatch)/i,
  despatch: /\b(?:dispatch|despatch)/i,
  delivery: /\bdeliver/i,
  shipment: /\bship/i,
  installation: /\binstall/i,
  arrival: /\barriv/i,
  visit: /\bvisit/i,
  inspection: /\binspect/i,
  'go-live': /\bgo(?:es)?[- ]live|\bgoing live/i,
  handover: /\bhand(?:ing)?\s*over/i,
  collection: /\bcollect/i,
  pickup: /\bpick(?:ed|ing)?\s*up|\bpickup/i,
};
const FOLLOWING_WEEKDAY = new RegExp(
  `\\bthe\\s+(?:following|next)\\s+${WD}\\b|\\bthe\\s+${WD}\\s+after(?:\\s+(?:that|this|it))?\\b(?!\\s+next\\b)`,
  'i',
);
const NEXT_DAY =
  /\bthe\s+(?:day|morning|afternoon|evening)\s+after(?:\s+(?:that|this|it))?\b(?!\s+(?:tomorrow|next|your|our|his|her|their|my)\b)|\bthe\s+(?:following|next)\s+(?:day|morning)\b/i;
// Not "the day before your arrival": that event has a date of its own, unknown here.
const PREVIOUS_DAY =
  /\bthe\s+(?:day|evening|night|morning|afternoon)\s+before(?:\s+(?:that|it|then))?\b(?!\s+(?:yesterday|the|your|our|his|her|their|my)\b)/i;
const SAME_DAY_AS =
  /\b(?:(?:on\s+)?(?:the\s+)?same\s+(?:day|evening|morning|afternoon|night)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))\b/i;
const SAME_WEEK_AS = /\b(?:(?:in\s+)?the\s+same\s+week|(?:later\s+)?that\s+(?:same\s+)?week)\b/i;
const NEXT_WORKING_DAY = /\bthe\s+(?:following|next)\s+(?:working|business)\s+day\b/i;
const FOLLOWING_WEEK = /\bthe\s+(?:following\s+week|week\s+after(?:\s+that)?)\b/i;

// Every phrase relativeDeadline reads.
const ANCHORED = [
  LATER,
  COUNTED_FROM_EVENT,
  FOLLOWING_WEEKDAY,
  NEXT_DAY,
  PREVIOUS_DAY,
  NEXT_WORKING_DAY,
  FOLLOWING_WEEK,
  SAME_DAY_AS,
  SAME_WEEK_AS,
];

/** A cheap test before the anchor is looked up: words that a date counted from another one needs. */
// A word every one of them needs, looked for first.
const ANCHOR_WORDS = /after|later|before|same|that|following|next|day|week|hour|fortnight/i;
export function mayCountFromAnchor(text: string): boolean {
  return ANCHOR_WORDS.test(text) && ANCHORED.some((re) => re.test(text));
}

function shiftBy(
  anchor: string,
  n: number,
  unit: string,
  kind: string | undefined,
  ctx: DeadlineContext,
): string {
  if (/^hour/i.test(unit)) return addDays(anchor, Math.floor(n / 24));
  if (/^fortnight/i.test(unit)) return addDays(anchor, 14 * n);
  if (/^week/i.test(unit)) return addDays(anchor, 7 * n);
  return kind && /working|business/i.test(kind)
    ? addWorkingDays(anchor, n, ctx.cal)
    : addDays(anchor, n);
}

/**
 * The deadline of a clause dated from an anchor, the date of a promise or event named before it:
 * "the policy wording a couple of days after that", "the remaining six the following Friday".
 * Null when the clause names no such date.
 */
export function relativeDeadline(
  text: string,
  anchor: string,
  ctx: DeadlineContext,
  anchorText?: string,
): Deadline | null {
  const at = (m: RegExpExecArray, due: string | null): Deadline | null =>
    due === null ? null : { due, phrase: m[0], index: m.index };
  let m = LATER.exec(text);
  // "within 7 days of delivery" counts from the anchor only when the anchor is that event: "we'll deliver them
  // on the 28th", not "the compressor will be shipped on Monday" (its delivery has no date).
  const event = COUNTED_FROM_EVENT.exec(text);
  if (
    !m &&
    event &&
    anchorText !== undefined &&
    EVENT_STEM[event[4]!.toLowerCase()]?.test(anchorText)
  )
    m = event;
  if (m) {
    if (!m[1]) return at(m, addDays(anchor, 14));
    if (VAGUE_COUNT.test(m[1])) return null;
    return at(m, shiftBy(anchor, toNumber(m[1]), m[3]!, m[2], ctx));
  }
  if ((m = FOLLOWING_WEEKDAY.exec(text)))
    return at(m, nextWeekdayAfter(anchor, wdOf(m[1] ?? m[2])));
  if ((m = SAME_DAY_AS.exec(text))) return at(m, anchor);
  if ((m = SAME_WEEK_AS.exec(text))) return at(m, lastWorkingDayOfWeek(anchor, ctx.cal));
  if ((m = NEXT_DAY.exec(text))) return at(m, addDays(anchor, 1));
  if ((m = PREVIOUS_DAY.exec(text))) return at(m, addDays(anchor, -1));
  if ((m = NEXT_WORKING_DAY.exec(text))) return at(m, addWorkingDays(anchor, 1, ctx.cal));
  if ((m = FOLLOWING_WEEK.exec(text)))
    return at(m, lastWorkingDayOfWeek(addDays(anchor, 7), ctx.cal));
  return null;
}

// A date counted from an event the message names: "two days after delivery", "the day before the audit on the
// 14th", "ten days before your arrival", "within three working days after the inspection", "the weekend before
// completion", "the Friday before". The event's own date is looked up by the caller.
const EVENT_OFFSET = new RegExp(
  `\\b(?:${NUM}\\s+(?:(calendar|working|business)\\s+)?(days?|weeks?|hours?|hrs?)|the\\s+(day|morning|evening|night|week|weekend|next\\s+(?:working|business)\\s+day|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\s+(before|prior\\s+to|ahead\\s+of|after|following|of|from)\\s+(?:the\\s+|your\\s+|our\\s+|its\\s+|their\\s+|my\\s+)?((?!(?:today|tomorrow|now|that|this|it|then|next|last|end|receipt|approval|payment|signing|you|us|me|we|I|so|and|but|or|as|because|if|when|to|for|with)\\b)[a-z][\\w-]*(?:\\s+(?!(?:on|at|in|by|for|to|and|or|of|with|is|was|will|so|as|if|when|once)\\b)[a-z][\\w-]*){0,3})`,
  'i',
);

export interface EventOffset {
  phrase: string;
  index: number;
  /** The event's words ("fire-safety inspection"). */
  event: string;
  /** Offset in the text just after the event's words. */
  eventEnd: number;
  count: number | null;
  unit: string;
  kind?: string;
  before: boolean;
  /** "the day of delivery" is that day. */
  sameDay: boolean;
}

export function matchEventOffset(text: string): EventOffset | null {
  const m = EVENT_OFFSET.exec(text);
  if (!m || (m[1] && VAGUE_COUNT.test(m[1]))) return null;
  return {
    phrase: m[0],
    index: m.index,
    event: m[6]!,
    eventEnd: m.index + m[0].length,
    count: m[1] ? toNumber(m[1]) : null,
    unit: (m[3] ?? m[4]!).toLowerCase().replace(/\s+/g, ' '),
    kind: m[2],
    before: /^(?:before|prior|ahead)/i.test(m[5]!),
    sameDay: m[4] !== undefined && /^of$/i.test(m[5]!),
  };
}

/** The deadline an event offset gives once the event's date (the anchor) is known. */
export function applyEventOffset(o: EventOffset, anchor: string, ctx: DeadlineContext): Deadline {
  const sign = o.before ? -1 : 1;
  let due: string;
  if (o.sameDay) due = anchor;
  else if (o.count !== null) {
    if (/^h/.test(o.unit)) due = addDays(anchor, sign * Math.floor(o.count / 24));
    else if (/^week/.test(o.unit)) due = addDays(anchor, sign * 7 * o.count);
    else if (o.kind && /working|business/i.test(o.kind))
      due = o.before
        ? workingDaysBefore(anchor, o.count, ctx)
        : addWorkingDays(anchor, o.count, ctx.cal);
    else due = addDays(anchor, sign * o.count);
  } else if (o.unit === 'week') due = lastWorkingDayOfWeek(addDays(anchor, sign * 7), ctx.cal);
  else if (o.unit === 'weekend')
    due = o.before ? addDays(weekStart(anchor), -1) : addDays(weekStart(anchor), 6);
  else if (/next/.test(o.unit)) due = addWorkingDays(anchor, 1, ctx.cal);
  else if (WEEKDAYS[o.unit] !== undefined)
    due = o.before
      ? nextWeekdayAfter(addDays(anchor, -8), WEEKDAYS[o.unit]!)
      : nextWeekdayAfter(anchor, WEEKDAYS[o.unit]!);
  else due = addDays(anchor, sign);
  return { due, phrase: o.phrase, index: o.index };
}

export function workingDaysBefore(date: string, n: number, ctx: DeadlineContext): string {
  let d = date;
  for (let left = n, guard = 0; left > 0 && guard < n * 7 + 400; guard++) {
    d = addDays(d, -1);
    if (isWorkingDay(d, ctx.cal)) left--;
  }
  return d;
}

/**
 * The deadline stated in `text` (one clause), or null when the clause names none.
 * Day phrases outrank bare times of day ("EOD Friday" is Friday); two days joined
 * by "or" give the later one, since the promise is kept until then; otherwise a
 * phrase introduced by "by/before/until/within" wins, then the first one.
 */
export function findDeadline(
  said: string,
  ctx: DeadlineContext,
  options: { eventIsTheAction?: boolean } = {},
): Deadline | null {
  // Mended only in text of a clause's length: a runaway "sentence" of a megabyte is not worth a second pass.
  const text = said.length <= 1000 && TYPO_HINT.test(said) ? withTyposMended(said) : said;
  if (text === said) return deadlineIn(text, ctx, options);
  const found = deadlineIn(text, ctx, options);
  if (!found) return null;
  // The phrase as written, to the end of a mended word ("this frday", not "this frd").
  let end = found.index + found.phrase.length;
  while (end < said.length && /[a-z]/i.test(said[end]!) && /[a-z]/i.test(said[end - 1]!)) end++;
  return { ...found, phrase: said.slice(found.index, end) };
}

// Day and month names and "the" as thumbs type them: "by Thrusday", "by mondy", "this frday", "end of teh week",
// "will aim for thrusday", "by the end of Agust", "by Feburary 3rd"; a capitalised day mid-sentence with no word before it
// ("will send the contract variation Firday first thing").
const TYPO_LEADS =
  'by|on|this|next|nxt|until|till|til|b4|before|coming|of|the|for|in|from|mid|early|late';
const TYPO_HINT = new RegExp(
  String.raw`\b(?:${TYPO_LEADS})\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)\b)[a-z]{3,9}\b|[a-z,]\s+[A-Z][a-z]{4,8}\b`,
  'i',
);
const TYPO_AT = new RegExp(String.raw`(?<=\b(?:${TYPO_LEADS})\s+)[a-z]{3,9}\b`, 'gi');
const TYPO_CAPITAL = /(?<=[a-z,]\s+)[A-Z][a-z]{4,8}\b/g;
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_SHORT = ['mon', 'tues', 'wed', 'thurs', 'fri', 'sat', 'sun'];
// Months of five letters or more (a slip in "May" or "June" makes another word), each with a short form no longer
// than the name less one letter, so that a mended word keeps its length.
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_SHORT = ['jan', 'feb', 'marc', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec'];
// Words one slip from a day or month name that are words or names of their own.
const NOT_A_SLIP = new Set([
  'match',
  'marsh',
  'marco',
  'marci',
  'marcy',
  'marca',
  'frida',
  'augusto',
  'sundry',
  'sundae',
]);

// The same words come back in every message ("the quote", "for the"): their reading is kept, up to a bound.
const MENDED = new Map<string, string | null>();

/** The name `word` misspells, padded to its length, or null. Months only when a leading word says a date may follow. */
function mended(word: string, months: boolean): string | null {
  const key = months ? word : `\u0000${word}`;
  const known = MENDED.get(key);
  if (known !== undefined) return known;
  if (MENDED.size >= 10_000) MENDED.clear();
  const found = mendedNow(word, months);
  MENDED.set(key, found);
  return found;
}

function mendedNow(word: string, months: boolean): string | null {
  const w = word.toLowerCase();
  if (
    w.length < 5 ||
    NOT_A_SLIP.has(w) ||
    WEEKDAYS[w] !== undefined ||
    (/s$/.test(w) && WEEKDAYS[w.slice(0, -1)] !== undefined)
  )
    return null;
  for (const [names, short] of months
    ? [
        [DAY_NAMES, DAY_SHORT],
        [MONTH_NAMES, MONTH_SHORT],
      ]
    : [[DAY_NAMES, DAY_SHORT]]) {
    const i = names!.findIndex((d) => oneEditApart(w, d));
    if (i >= 0)
      return names![i]!.length === w.length ? names![i]! : short![i]!.padEnd(w.length, ' ');
  }
  return null;
}

/** The text with each misspelt day or month name (one letter added, dropped, changed or swapped) mended in place, same length. */
function withTyposMended(text: string): string {
  return text
    .replace(TYPO_AT, (word: string) =>
      word.toLowerCase() === 'teh'
        ? word[0] === 'T'
          ? 'The'
          : 'the'
        : (mended(word, true) ?? word),
    )
    .replace(TYPO_CAPITAL, (word: string) => mended(word, false) ?? word);
}

/** Whether two words are one insertion, deletion, substitution or swap of neighbours apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function deadlineIn(
  text: string,
  ctx: DeadlineContext,
  options: { eventIsTheAction?: boolean },
): Deadline | null {
  const named = ZONE_HINT.test(text);
  const theirs = !named && YOUR_CLOCK.test(text) ? ctx.recipientZone?.() : undefined;
  const zoned = named ? zonedTime(text) : theirs ? theirClock(text, theirs) : null;
  if (!zoned || zoned.zone === ctx.timeZone) return localDeadline(text, ctx, options);
  // A time said in another zone ("by 5pm EST today" written from India in the evening): the day is read where
  // that clock is, and the deadline is the date that moment falls on where the user is (§2: the user's zone).
  // "COB Friday your time" written when it is already Friday there is that Friday (the customer's day, said to them).
  const there = {
    ...makeContext(ctx.sentAt, zoned.zone, ctx.cal, ctx.dateOrder),
    weekdayMayBeToday: true,
  };
  let blanked = text;
  for (const [at, length] of zoned.blank ?? [[zoned.index, zoned.phrase.length]])
    blanked = blanked.slice(0, at) + ' '.repeat(length) + blanked.slice(at + length);
  const day = localDeadline(blanked, there, options);
  // "Monday your time" names a day there and no hour: kept until that day ends there.
  if (zoned.minutes === null && !day) return localDeadline(text, ctx, options);
  const minutes = zoned.minutes ?? 23 * 60 + 59;
  const on = day?.due ?? timeAhead(there, minutes);
  const { year, month, day: date } = parts(on);
  const moment = new TZDate(
    year,
    month - 1,
    date,
    Math.floor(minutes / 60),
    minutes % 60,
    zoned.zone,
  );
  const here = new TZDate(moment.getTime(), ctx.timeZone);
  const due = civil(here.getFullYear(), here.getMonth() + 1, here.getDate());
  return {
    due: compareCivil(due, ctx.sentDate) < 0 ? ctx.sentDate : due,
    phrase: day?.phrase ?? zoned.phrase,
    index: day?.index ?? zoned.index,
  };
}

function localDeadline(
  text: string,
  ctx: DeadlineContext,
  options: { eventIsTheAction?: boolean },
): Deadline | null {
  const all = collect(text, ctx, options.eventIsTheAction ?? false);
  if (all.length === 0) return null;
  const days = all.filter((c) => c.kind === 'day');
  let pool = days.length > 0 ? days : all;
  // "The contracted 40 MT for Q4 will be shipped next month": a date after "for" names what the thing is for.
  // So does "the figures for the Q4 rebate": a "for the …" phrase with a noun after it.
  // "the new price list for Q3 tomorrow morning": the phrase may hold its own "for".
  const notFor = pool.filter(
    (c) =>
      !/\b[a-z]+\s+for\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.index - 24), c.index)) &&
      !(
        /^for\s/i.test(c.phrase) &&
        /\b[a-z]{3,}\s+$/i.test(text.slice(Math.max(0, c.index - 24), c.index))
      ) &&
      !(/^for\s+the\s/i.test(c.phrase) && /^\s+[a-z]/i.test(text.slice(c.end))),
  );
  if (notFor.length > 0 && notFor.length < pool.length) pool = notFor;
  // "the corrected file EOD tmrw so it's ready before Monday's cutoff": a date in the purpose after "so" is the
  // purpose's, once the promise named its own.
  const purpose =
    /\s(?:so(?:\s+that)?|in order to|so as to)\s+(?!far\b|much\b|many\b|long\b|soon\b)/i.exec(text);
  if (purpose && pool.some((c) => c.end <= purpose.index))
    pool = pool.filter((c) => c.end <= purpose.index);
  // "after the holiday, around Feb.26", "on 8 October, first working day after the holiday": the date said wins.
  // So does "before we close on the 23rd".
  if (
    pool.some(
      (c) =>
        (EXPLICIT_DATE.test(c.phrase) && /\d/.test(c.phrase)) || /^on\s+the\s+\d/i.test(c.phrase),
    )
  )
    pool = pool.filter(
      (c) =>
        !/^(?:after\s+the|(?:before|b4|ahead of)\s+(?:we|the office|our office|the plant|the factory)|(?:when|once|after)\s+(?:we|the office))\b/i.test(
          c.phrase,
        ),
    );
  let best = pool[0]!;
  if (pool.length > 1) {
    const first = pool[0]!;
    const second = pool[1]!;
    const between = text.slice(first.end, second.index);
    // "Monday or Tuesday", "mon/tue", "by Monday, worst case Tuesday": kept until the later one.
    // "the changeout on 25/11 and 26/11": work over two days is done on the second.
    if (
      (/\b(?:or|worst case|otherwise|failing that|(?:at the )?latest)\b/i.test(between) &&
        between.length < 40) ||
      /^\s*\/\s*$/.test(between) ||
      (/^\s*(?:and|&)\s*(?:on\s+)?$/i.test(between) &&
        /\d/.test(first.phrase) &&
        /\d/.test(second.phrase) &&
        !/\b(?:between|from)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, first.index - 12), first.index),
        ))
    ) {
      best = compareCivil(second.due, first.due) > 0 ? second : first;
      // "the next week, at latest the Wednesday 8": a day within the span named first narrows it.
      if (
        /\blatest\b/i.test(between) &&
        /\d/.test(second.phrase) &&
        /\b(?:week|wk|month)\b/i.test(first.phrase)
      )
        best = second;
    } else {
      best = pool.find((c) => c.marked) ?? first;
      // "move the call from Friday to Tuesday 21st": the day it moves to.
      if (
        /^\s*to\s*$/i.test(between) &&
        /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, first.index - 10), first.index))
      )
        best = second;
      // "on Thursday, before Golden Week", "still today, before we close": the day said, then why it is soon enough.
      if (
        best === second &&
        /^\s*,\s*$/.test(between) &&
        /^(?:before|b4|ahead of)\b/i.test(second.phrase)
      )
        best = first;
    }
  }
  // "before the holiday break, by December 23 at the latest": the date said to be the latest is the deadline.
  // Not "tomorrow, latest on Wednesday": there "latest" introduces the later date.
  best =
    pool.find((c) =>
      /^\s*,?\s*(?:at the (?:very )?latest|latest)\b(?!\s+(?:on\s+|by\s+)?(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|\d|tomorrow|tmrw|next|this|end)\w*)/i.test(
        text.slice(c.end, c.end + 40),
      ),
    ) ?? best;
  const due = compareCivil(best.due, ctx.sentDate) < 0 ? ctx.sentDate : best.due;
  return { due, phrase: best.phrase, index: best.index };
}
