import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessMinutes,
  addWorkingDays,
  businessMinutesBetween,
  elapsedTowardsTarget,
  isWorkingDay,
  isWorkingTime,
  previousWorkingDay,
  scheduleFromSettings,
  startOfCivilDay,
  targetDeadline,
  todayIn,
} from '../../lib/business-time';
import type { ScheduleSettings } from '../../lib/business-time';
import { WEEKDAYS } from '../../lib/settings';
import type { WorkingBlock, WorkingHours } from '../../lib/settings';

const MIN = 60_000;
const DAY = 1440 * MIN;

// ---------------------------------------------------------------------------------------
// Fixtures

const block = (start: string, end: string): WorkingBlock => ({ start, end });
const weekdays = (...blocks: WorkingBlock[]): WorkingHours => ({
  mon: blocks,
  tue: blocks,
  wed: blocks,
  thu: blocks,
  fri: blocks,
  sat: [],
  sun: [],
});
const everyDay = (...blocks: WorkingBlock[]): WorkingHours => ({ ...weekdays(...blocks), sat: blocks, sun: blocks });

function settings(timeZone: string, workingHours: WorkingHours, extra: Partial<ScheduleSettings> = {}): ScheduleSettings {
  return { timeZone, workingHours, holidays: [], outOfOffice: [], ...extra };
}
const sched = (timeZone: string, workingHours: WorkingHours, extra: Partial<ScheduleSettings> = {}) =>
  scheduleFromSettings(settings(timeZone, workingHours, extra));

const at = (iso: string) => new Date(iso);

// ---------------------------------------------------------------------------------------
// Brute-force reference, independent of the implementation: it reads the wall clock of
// every minute through Intl and applies the documented rule literally — a minute is
// working when the latest wall-clock time shown so far lies in a working block of its
// date (that date not a holiday nor out of office).

const formatters = new Map<string, Intl.DateTimeFormat>();
const slotOffsets = new Map<string, number>();
const SLOT = 15 * MIN; // every zone transition since 1970 falls on a quarter hour (UTC)

function wallMs(timeZone: string, t: number): number {
  const slot = Math.floor(t / SLOT);
  const key = `${timeZone}|${slot}`;
  let off = slotOffsets.get(key);
  if (off === undefined) {
    let f = formatters.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
      formatters.set(timeZone, f);
    }
    const p = Object.fromEntries(f.formatToParts(new Date(slot * SLOT)).map((x) => [x.type, Number(x.value)]));
    off = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - slot * SLOT;
    slotOffsets.set(key, off);
  }
  return t + off;
}

const toMinutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));

function refWorkingAtWall(s: ScheduleSettings, wall: number): boolean {
  const date = new Date(wall).toISOString().slice(0, 10);
  if (s.holidays.some((h) => h.date === date)) return false;
  if (s.outOfOffice.some((p) => p.start <= date && date <= p.end)) return false;
  const weekday = WEEKDAYS[(new Date(wall).getUTCDay() + 6) % 7]!;
  const minute = Math.floor((wall % DAY) / MIN);
  return s.workingHours[weekday].some((b) => toMinutes(b.start) <= minute && minute < toMinutes(b.end));
}

/** Working flags of each minute in [from, from + count·MIN). */
function refMinutes(s: ScheduleSettings, from: number, count: number): boolean[] {
  let latest = -Infinity;
  for (let t = from - DAY; t < from; t += MIN) latest = Math.max(latest, wallMs(s.timeZone, t));
  const out: boolean[] = [];
  for (let i = 0; i < count; i++) {
    latest = Math.max(latest, wallMs(s.timeZone, from + i * MIN));
    out.push(refWorkingAtWall(s, latest));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Generators

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
] as const;

/** Instants near each zone's 2025 clock changes (Kolkata has none: mid-year). */
const ANCHORS: Record<(typeof ZONES)[number], string[]> = {
  'America/New_York': ['2025-03-09T07:00:00Z', '2025-11-02T06:00:00Z'],
  'Europe/London': ['2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z'],
  'Europe/Berlin': ['2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z'],
  'Australia/Sydney': ['2025-04-05T16:00:00Z', '2025-10-04T16:00:00Z'],
  'Asia/Kolkata': ['2025-06-15T00:00:00Z', '2025-12-31T18:30:00Z'],
  'Australia/Lord_Howe': ['2025-04-05T15:00:00Z', '2025-10-04T15:30:00Z'],
};

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Non-overlapping blocks from sorted distinct quarter hours, dense around 00:00–04:00. */
const dayBlocksArb: fc.Arbitrary<WorkingBlock[]> = fc.oneof(
  fc.constant<WorkingBlock[]>([block('09:00', '17:00')]),
  fc.constant<WorkingBlock[]>([block('09:00', '12:30'), block('13:30', '17:30')]),
  fc.constant<WorkingBlock[]>([block('00:00', '24:00')]),
  fc.constant<WorkingBlock[]>([]),
  fc
    .uniqueArray(
      fc.oneof(fc.integer({ min: 0, max: 16 }).map((q) => q * 15), fc.integer({ min: 0, max: 96 }).map((q) => q * 15)),
      { maxLength: 6 },
    )
    .map((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      const blocks: WorkingBlock[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) blocks.push(block(hhmm(sorted[i]!), hhmm(sorted[i + 1]!)));
      return blocks;
    }),
);

const workingHoursArb: fc.Arbitrary<WorkingHours> = fc.oneof(
  dayBlocksArb.map((b) => everyDay(...b)),
  fc.tuple(...WEEKDAYS.map(() => dayBlocksArb)).map(
    ([mon, tue, wed, thu, fri, sat, sun]) => ({ mon, tue, wed, thu, fri, sat, sun }) as WorkingHours,
  ),
);

/** A zone, a schedule around one of its anchors, and an instant on the minute grid near it. */
const caseArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    anchorIndex: fc.integer({ min: 0, max: 1 }),
    workingHours: workingHoursArb,
    startShift: fc.integer({ min: -3 * 1440, max: 2 * 1440 }),
    holidayShifts: fc.uniqueArray(fc.integer({ min: -3, max: 4 }), { maxLength: 2 }),
    away: fc.option(fc.tuple(fc.integer({ min: -3, max: 4 }), fc.integer({ min: 0, max: 2 })), { nil: null }),
  })
  .map(({ zone, anchorIndex, workingHours, startShift, holidayShifts, away }) => {
    const anchor = Date.parse(ANCHORS[zone][anchorIndex]!);
    const anchorDate = (shift: number) => new Date(anchor + shift * DAY).toISOString().slice(0, 10);
    const s = settings(zone, workingHours, {
      holidays: holidayShifts.map((d) => ({ date: anchorDate(d), name: '' })),
      outOfOffice: away ? [{ start: anchorDate(away[0]), end: anchorDate(away[0] + away[1]), note: '' }] : [],
    });
    return { s, start: Math.floor(anchor / MIN) * MIN + startShift * MIN };
  });

// ---------------------------------------------------------------------------------------

describe('business time against the minute-by-minute reference', () => {
  it('businessMinutesBetween counts the working minutes of the span', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 4 * 1440 }), ({ s, start }, span) => {
        const expected = refMinutes(s, start, span).filter(Boolean).length;
        const schedule = scheduleFromSettings(s);
        expect(businessMinutesBetween(schedule, new Date(start), new Date(start + span * MIN))).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('isWorkingTime agrees with the reference minute by minute', () => {
    fc.assert(
      fc.property(caseArb, ({ s, start }) => {
        const schedule = scheduleFromSettings(s);
        const flags = refMinutes(s, start, 180);
        flags.forEach((flag, i) => expect(isWorkingTime(schedule, new Date(start + i * MIN))).toBe(flag));
      }),
      { numRuns: 100 },
    );
  });

  it('addBusinessMinutes lands at the end of the n-th working minute', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 2000 }), ({ s, start }, n) => {
        const schedule = scheduleFromSettings(s);
        const window = 6 * 1440;
        const flags = refMinutes(s, start, window);
        let expected: number | null = n === 0 ? start : null;
        for (let i = 0, seen = 0; expected === null && i < window; i++) {
          if (flags[i] && ++seen === n) expected = start + (i + 1) * MIN;
        }
        const got = addBusinessMinutes(schedule, new Date(start), n);
        if (expected !== null) expect(got?.getTime()).toBe(expected);
        else expect(got === null || got.getTime() > start + window * MIN).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});

describe('business time: internal consistency over long spans', () => {
  const longCase = fc.record({
    zone: fc.constantFrom(...ZONES),
    workingHours: workingHoursArb,
    start: fc.integer({ min: Date.parse('2023-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 8 }),
  });
  const build = (c: { zone: string; workingHours: WorkingHours; start: number; holidays: number[] }) =>
    sched(c.zone, c.workingHours, {
      holidays: c.holidays.map((d) => ({ date: new Date(c.start + d * DAY).toISOString().slice(0, 10), name: '' })),
      outOfOffice: [{ start: new Date(c.start + 20 * DAY).toISOString().slice(0, 10), end: new Date(c.start + 26 * DAY).toISOString().slice(0, 10), note: '' }],
    });

  it('a long span equals the sum of its short pieces (fast whole-day path = exact path)', () => {
    fc.assert(
      fc.property(longCase, fc.array(fc.integer({ min: 1, max: 3 * DAY }), { minLength: 1, maxLength: 40 }), (c, pieces) => {
        const schedule = build(c);
        let t = c.start;
        let sum = 0;
        for (const p of pieces) {
          sum += businessMinutesBetween(schedule, new Date(t), new Date(t + p));
          t += p;
        }
        expect(businessMinutesBetween(schedule, new Date(c.start), new Date(t))).toBeCloseTo(sum, 6);
      }),
      { numRuns: 100 },
    );
  });

  it('addBusinessMinutes inverts businessMinutesBetween over up to 400 days', () => {
    fc.assert(
      fc.property(longCase, fc.integer({ min: 0, max: 400 * DAY }), (c, span) => {
        const schedule = build(c);
        const from = new Date(c.start);
        const to = new Date(c.start + span);
        const minutes = businessMinutesBetween(schedule, from, to);
        const back = addBusinessMinutes(schedule, from, minutes);
        expect(back).not.toBeNull();
        expect(back!.getTime()).toBeLessThanOrEqual(to.getTime());
        expect(businessMinutesBetween(schedule, from, back!)).toBeCloseTo(minutes, 6);
        if (minutes > 0) expect(isWorkingTime(schedule, new Date(back!.getTime() - 1))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('businessMinutesBetween: worked examples', () => {
  const ny = 'America/New_York';
  const cases: { name: string; zone: string; hours: WorkingHours; from: string; to: string; minutes: number; extra?: Partial<ScheduleSettings> }[] = [
    { name: 'a NY work week, 9–17', zone: ny, hours: weekdays(block('09:00', '17:00')), from: '2025-03-03T05:00:00Z', to: '2025-03-10T04:00:00Z', minutes: 2400 },
    { name: 'NY spring-forward day is 23 h', zone: ny, hours: everyDay(block('00:00', '24:00')), from: '2025-03-08T00:00:00Z', to: '2025-03-11T00:00:00Z', minutes: 5 * 60 + 1440 + 1380 + 20 * 60 },
    { name: 'NY fall-back day is 25 h', zone: ny, hours: everyDay(block('00:00', '24:00')), from: '2025-11-02T04:00:00Z', to: '2025-11-03T05:00:00Z', minutes: 1500 },
    { name: 'skipped hour block 02:00–03:00 is empty', zone: ny, hours: everyDay(block('02:00', '03:00')), from: '2025-03-09T05:00:00Z', to: '2025-03-10T04:00:00Z', minutes: 0 },
    { name: 'block 01:00–04:00 on spring forward is 2 h', zone: ny, hours: everyDay(block('01:00', '04:00')), from: '2025-03-09T05:00:00Z', to: '2025-03-10T04:00:00Z', minutes: 120 },
    { name: 'repeated hour block 01:00–02:00 is 2 h', zone: ny, hours: everyDay(block('01:00', '02:00')), from: '2025-11-02T04:00:00Z', to: '2025-11-03T05:00:00Z', minutes: 120 },
    { name: 'block ending at 01:30 ends at the first 01:30', zone: ny, hours: everyDay(block('00:00', '01:30')), from: '2025-11-02T04:00:00Z', to: '2025-11-03T05:00:00Z', minutes: 90 },
    { name: 'block starting at 01:30 starts at the first 01:30', zone: ny, hours: everyDay(block('01:30', '03:00')), from: '2025-11-02T04:00:00Z', to: '2025-11-03T05:00:00Z', minutes: 150 },
    { name: 'Berlin split day 9–12:30, 13:30–17:30', zone: 'Europe/Berlin', hours: weekdays(block('09:00', '12:30'), block('13:30', '17:30')), from: '2025-06-02T06:00:00Z', to: '2025-06-02T14:00:00Z', minutes: 210 + 150 },
    { name: 'Berlin week with the split day', zone: 'Europe/Berlin', hours: weekdays(block('09:00', '12:30'), block('13:30', '17:30')), from: '2025-06-01T00:00:00Z', to: '2025-06-08T00:00:00Z', minutes: 5 * 450 },
    { name: 'Sydney fall back (April) is 25 h', zone: 'Australia/Sydney', hours: everyDay(block('00:00', '24:00')), from: '2025-04-05T13:00:00Z', to: '2025-04-06T14:00:00Z', minutes: 1500 },
    { name: 'Sydney spring forward (October) is 23 h', zone: 'Australia/Sydney', hours: everyDay(block('00:00', '24:00')), from: '2025-10-04T14:00:00Z', to: '2025-10-05T13:00:00Z', minutes: 1380 },
    { name: 'Kolkata half-hour offset', zone: 'Asia/Kolkata', hours: weekdays(block('09:00', '17:00')), from: '2025-06-16T03:00:00Z', to: '2025-06-16T12:00:00Z', minutes: 480 },
    { name: 'London across the spring change', zone: 'Europe/London', hours: weekdays(block('09:00', '17:00')), from: '2025-03-28T16:00:00Z', to: '2025-03-31T09:00:00Z', minutes: 60 + 60 },
    { name: 'a holiday removes its day', zone: ny, hours: weekdays(block('09:00', '17:00')), from: '2025-07-03T13:00:00Z', to: '2025-07-05T00:00:00Z', minutes: 480, extra: { holidays: [{ date: '2025-07-04', name: 'Independence Day' }] } },
    { name: 'out of office removes whole days, inclusive', zone: ny, hours: weekdays(block('09:00', '17:00')), from: '2025-06-02T04:00:00Z', to: '2025-06-07T04:00:00Z', minutes: 2 * 480, extra: { outOfOffice: [{ start: '2025-06-03', end: '2025-06-05', note: '' }] } },
    { name: 'reversed span is 0', zone: ny, hours: weekdays(block('09:00', '17:00')), from: '2025-06-03T20:00:00Z', to: '2025-06-03T14:00:00Z', minutes: 0 },
    { name: 'a whole year, 9–17 weekdays', zone: ny, hours: weekdays(block('09:00', '17:00')), from: '2025-01-01T05:00:00Z', to: '2026-01-01T05:00:00Z', minutes: 261 * 480 },
  ];
  it.each(cases)('$name', ({ zone, hours, from, to, minutes, extra }) => {
    expect(businessMinutesBetween(sched(zone, hours, extra), at(from), at(to))).toBe(minutes);
  });

  it('is fractional below a minute', () => {
    const s = sched('UTC', everyDay(block('00:00', '24:00')));
    expect(businessMinutesBetween(s, at('2025-01-01T00:00:00Z'), at('2025-01-01T00:00:30Z'))).toBe(0.5);
  });
});

describe('addBusinessMinutes and isWorkingTime: worked examples', () => {
  const ny = sched('America/New_York', weekdays(block('09:00', '17:00')));
  it.each([
    { start: '2025-03-07T21:00:00Z', minutes: 120, due: '2025-03-10T14:00:00.000Z', why: 'Fri 16:00 EST + 2 h → Mon 10:00 EDT' },
    { start: '2025-03-08T15:00:00Z', minutes: 1, due: '2025-03-10T13:01:00.000Z', why: 'from a weekend' },
    { start: '2025-03-10T14:00:00Z', minutes: 0, due: '2025-03-10T14:00:00.000Z', why: 'zero minutes' },
    { start: '2025-03-10T13:00:00Z', minutes: 480, due: '2025-03-10T21:00:00.000Z', why: 'a full day ends at 17:00' },
    { start: '2025-03-10T13:00:00Z', minutes: 481, due: '2025-03-11T13:01:00.000Z', why: 'one more minute' },
  ])('$why', ({ start, minutes, due }) => {
    expect(addBusinessMinutes(ny, at(start), minutes)?.toISOString()).toBe(due);
  });

  it('returns null when the schedule never works', () => {
    const never = sched('UTC', everyDay());
    expect(addBusinessMinutes(never, at('2025-01-01T00:00:00Z'), 60)).toBeNull();
  });

  it.each([
    { t: '2025-03-10T13:00:00Z', working: true },
    { t: '2025-03-10T12:59:59Z', working: false },
    { t: '2025-03-10T20:59:59Z', working: true },
    { t: '2025-03-10T21:00:00Z', working: false },
    { t: '2025-03-08T15:00:00Z', working: false },
  ])('isWorkingTime($t) = $working', ({ t, working }) => {
    expect(isWorkingTime(ny, at(t))).toBe(working);
  });
});

describe('targets in business or calendar hours', () => {
  const ny = sched('America/New_York', weekdays(block('09:00', '17:00')));
  const calendar = { value: 24, unit: 'calendarHours' } as const;
  const business = { value: 4, unit: 'businessHours' } as const;

  it('calendar hours count real elapsed time, across DST', () => {
    expect(elapsedTowardsTarget(ny, calendar, at('2025-03-08T17:00:00Z'), at('2025-03-09T16:00:00Z'))).toBe(1380);
    expect(targetDeadline(ny, calendar, at('2025-03-08T17:00:00Z'))?.toISOString()).toBe('2025-03-09T17:00:00.000Z');
  });
  it('business hours skip the weekend', () => {
    expect(elapsedTowardsTarget(ny, business, at('2025-03-07T20:00:00Z'), at('2025-03-10T14:00:00Z'))).toBe(180);
    expect(targetDeadline(ny, business, at('2025-03-07T20:00:00Z'))?.toISOString()).toBe('2025-03-10T15:00:00.000Z');
    expect(targetDeadline(ny, business, at('2025-03-07T20:00:00Z'), 0.75)?.toISOString()).toBe('2025-03-10T14:00:00.000Z');
  });
});

describe('civil working days', () => {
  const s = sched('Europe/Berlin', weekdays(block('09:00', '17:00')), {
    holidays: [{ date: '2025-12-25', name: '' }, { date: '2025-12-26', name: '' }],
    outOfOffice: [{ start: '2025-12-29', end: '2025-12-31', note: '' }],
  });
  it.each([
    { date: '2025-12-24', working: true },
    { date: '2025-12-25', working: false },
    { date: '2025-12-27', working: false },
    { date: '2025-12-30', working: false },
    { date: '2026-01-01', working: true },
  ])('isWorkingDay($date) = $working', ({ date, working }) => expect(isWorkingDay(s, date)).toBe(working));

  it.each([
    { date: '2025-12-23', n: 2, expected: '2026-01-01' },
    { date: '2025-12-24', n: 0, expected: '2025-12-24' },
    { date: '2026-01-01', n: -1, expected: '2025-12-24' },
    { date: '2025-12-19', n: 1, expected: '2025-12-22' },
  ])('addWorkingDays($date, $n) = $expected', ({ date, n, expected }) => expect(addWorkingDays(s, date, n)).toBe(expected));

  it('previousWorkingDay skips weekends and holidays', () => {
    expect(previousWorkingDay(s, '2025-12-29')).toBe('2025-12-24');
    expect(previousWorkingDay(s, '2025-06-02')).toBe('2025-05-30');
  });
  it('falls back to calendar days when nothing is ever worked', () => {
    expect(addWorkingDays(sched('UTC', everyDay()), '2025-01-01', 3)).toBe('2025-01-04');
  });
  it('todayIn reads the civil date in the zone', () => {
    expect(todayIn('Pacific/Chatham', at('2025-03-10T12:00:00Z'))).toBe('2025-03-11');
    expect(todayIn('America/Los_Angeles', at('2025-03-10T06:59:00Z'))).toBe('2025-03-09');
  });
  it('startOfCivilDay is the first instant of the date in the zone', () => {
    expect(startOfCivilDay('America/New_York', '2025-03-09').toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(startOfCivilDay('America/New_York', '2025-03-10').toISOString()).toBe('2025-03-10T04:00:00.000Z');
    // Santiago springs forward at midnight: the day starts at 01:00.
    expect(startOfCivilDay('America/Santiago', '2025-09-07').toISOString()).toBe('2025-09-07T04:00:00.000Z');
  });
  it('rejects unknown zones and malformed dates', () => {
    expect(() => sched('Mars/Olympus', weekdays())).toThrow(RangeError);
    expect(() => isWorkingDay(s, '2025-02-30')).toThrow(RangeError);
  });
});

describe('independence from the machine time zone', () => {
  it('gives the same answers whatever process.env.TZ says', () => {
    const saved = process.env.TZ;
    const results: string[] = [];
    try {
      for (const tz of ['Pacific/Chatham', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        // A zone no other test uses, so its offset table is built under this TZ.
        const s = sched(tz === 'UTC' ? 'America/Sao_Paulo' : 'America/Havana', weekdays(block('09:00', '17:00')));
        results.push(
          [
            businessMinutesBetween(s, at('2025-03-03T00:00:00Z'), at('2025-03-17T00:00:00Z')),
            addBusinessMinutes(s, at('2025-03-07T12:00:00Z'), 600)?.toISOString(),
            todayIn(s.timeZone, at('2025-03-09T04:30:00Z')),
          ].join(' '),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(results[0]).toBe(results[1]);
    expect(results[0]).toBe('4800 2025-03-10T15:00:00.000Z 2025-03-08');
    expect(results[2]).toBe('4800 2025-03-10T14:00:00.000Z 2025-03-09');
  });
});
