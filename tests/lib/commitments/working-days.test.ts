import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  isoWeekday,
  isWorkingDay,
  lastWorkingDayOfMonth,
  lastWorkingDayOfWeek,
  makeCalendar,
  nextWeekdayAfter,
  nthWorkingDayOfWeek,
} from '../../../lib/commitments/working-days';

const cal = makeCalendar();

const civilDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('working-days', () => {
  it.each([
    ['2026-11-18', 3],
    ['2026-11-22', 7],
    ['2026-11-23', 1],
    ['2024-02-29', 4],
  ])('isoWeekday(%s) = %i', (d, w) => expect(isoWeekday(d)).toBe(w));

  it('adds calendar days across month, year and DST boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it.each([
    ['2026-11-18', 3, '2026-11-23'],
    ['2026-11-20', 2, '2026-11-24'],
    ['2026-11-21', 5, '2026-11-27'],
    ['2026-11-18', 0, '2026-11-18'],
  ])('addWorkingDays(%s, %i) = %s', (d, n, want) => expect(addWorkingDays(d, n, cal)).toBe(want));

  it('skips holidays and custom working days', () => {
    const xmas = makeCalendar(undefined, ['2026-12-25', '2026-12-28']);
    expect(addWorkingDays('2026-12-24', 3, xmas)).toBe('2026-12-31');
    const fourDay = makeCalendar([1, 2, 3, 4]);
    expect(addWorkingDays('2026-11-18', 2, fourDay)).toBe('2026-11-23');
    expect(lastWorkingDayOfWeek('2026-11-18', fourDay)).toBe('2026-11-19');
  });

  it('finds week and month anchors', () => {
    expect(lastWorkingDayOfWeek('2026-11-22', cal)).toBe('2026-11-20');
    expect(nthWorkingDayOfWeek('2026-11-25', 2, cal)).toBe('2026-11-24');
    expect(lastWorkingDayOfMonth(2026, 2, cal)).toBe('2026-02-27');
    expect(lastWorkingDayOfMonth(2026, 10, cal)).toBe('2026-10-30');
    expect(nextWeekdayAfter('2026-11-20', 5)).toBe('2026-11-27');
  });

  it('property: adding N>0 working days lands on a working day after the start', () => {
    fc.assert(
      fc.property(
        civilDate,
        fc.integer({ min: 1, max: 60 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.array(civilDate, { maxLength: 10 }),
        (d, n, days, holidays) => {
          const c = makeCalendar(days, holidays);
          const r = addWorkingDays(d, n, c);
          expect(isWorkingDay(r, c)).toBe(true);
          expect(r > d).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: addDays round-trips', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });
});
