import { describe, expect, it } from 'vitest';
import { holidaysFromIcs, IcsError, mergeHolidays } from '../../../lib/working-time/holidays-ics';

const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', `UID:${lines.join('').length}-${Math.random()}`, ...lines, 'END:VEVENT'].join('\r\n');
const YEAR = { from: '2026-01-01', until: '2027-12-31' };

describe('holidays from an .ics file', () => {
  it('takes each all-day event as a holiday with its name, sorted', () => {
    const text = calendar(
      event('DTSTART;VALUE=DATE:20261226', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Boxing Day'),
      event('DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261226', 'SUMMARY:Christmas Day'),
    );
    expect(holidaysFromIcs(text, YEAR)).toEqual({
      holidays: [
        { date: '2026-12-25', name: 'Christmas Day' },
        { date: '2026-12-26', name: 'Boxing Day' },
      ],
      timedEvents: 0,
    });
  });

  it('reads DTEND as exclusive: a three-day event is three holidays', () => {
    const text = calendar(event('DTSTART;VALUE=DATE:20261228', 'DTEND;VALUE=DATE:20261231', 'SUMMARY:Office closed'));
    expect(holidaysFromIcs(text, YEAR).holidays.map((h) => h.date)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30']);
  });

  it('takes a one-day event without DTEND as one day', () => {
    const text = calendar(event('DTSTART;VALUE=DATE:20260501', 'SUMMARY:Labour Day'));
    expect(holidaysFromIcs(text, YEAR).holidays).toEqual([{ date: '2026-05-01', name: 'Labour Day' }]);
  });

  it('leaves meetings out and counts them', () => {
    const text = calendar(
      event('DTSTART:20261224T090000Z', 'DTEND:20261224T100000Z', 'SUMMARY:Stand-up'),
      event('DTSTART;VALUE=DATE:20261224', 'SUMMARY:Christmas Eve'),
    );
    expect(holidaysFromIcs(text, YEAR)).toEqual({ holidays: [{ date: '2026-12-24', name: 'Christmas Eve' }], timedEvents: 1 });
  });

  it('expands a yearly rule within the window only', () => {
    const text = calendar(event('DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=YEARLY', 'SUMMARY:New Year'));
    expect(holidaysFromIcs(text, YEAR).holidays).toEqual([
      { date: '2026-01-01', name: 'New Year' },
      { date: '2027-01-01', name: 'New Year' },
    ]);
  });

  it('unfolds long lines and unescapes text, as RFC 5545 writes them', () => {
    const text = calendar(event('DTSTART;VALUE=DATE:20261003', 'SUMMARY:Tag der Deutschen', '  Einheit\\, national'));
    expect(holidaysFromIcs(text, YEAR).holidays[0]!.name).toBe('Tag der Deutschen Einheit, national');
  });

  it.each([
    ['a CSV file', 'name,date\nChristmas,2026-12-25'],
    ['an empty file', ''],
  ])('says in words that %s is not a calendar', (_name, text) => {
    expect(() => holidaysFromIcs(text, YEAR)).toThrow(IcsError);
    expect(() => holidaysFromIcs(text, YEAR)).toThrow(/not a calendar/);
  });

  it('adds only new dates to the holidays already set, keeping their names', () => {
    expect(
      mergeHolidays([{ date: '2026-12-25', name: 'Xmas' }], [
        { date: '2026-12-25', name: 'Christmas Day' },
        { date: '2026-12-24', name: 'Christmas Eve' },
      ]),
    ).toEqual({
      holidays: [
        { date: '2026-12-24', name: 'Christmas Eve' },
        { date: '2026-12-25', name: 'Xmas' },
      ],
      added: 1,
    });
  });
});
