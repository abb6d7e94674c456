import { describe, expect, it } from 'vitest';
import { formatAgo, formatCivilDate, formatDue, formatMinutes, formatTheirTime } from '../../lib/format';

describe('words for times', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [135, '2 h 15 min'],
    [180, '3 h'],
  ])('%i minutes is "%s"', (m, text) => expect(formatMinutes(m)).toBe(text));

  it.each<[string | null, string, string]>([
    [null, '2026-11-27', 'No due date'],
    ['2026-11-27', '2026-11-27', 'Due today'],
    ['2026-11-28', '2026-11-27', 'Due tomorrow'],
    ['2026-12-04', '2026-11-27', 'Due Fri 4 Dec'],
    ['2026-11-27', '2026-12-01', 'Due Fri 27 Nov · 4 days late'],
    ['2026-11-30', '2026-12-01', 'Due Mon 30 Nov · 1 day late'],
  ])('due %s seen on %s is "%s"', (due, today, text) => expect(formatDue(due, today)).toBe(text));

  it.each([
    ['2026-11-27T11:59:40Z', 'just now'],
    ['2026-11-27T11:35:00Z', '25 min ago'],
    ['2026-11-27T09:00:00Z', '3 h ago'],
    ['2026-11-27T08:30:00Z', '3 h 30 min ago'],
    ['2026-11-25T12:00:00Z', '2 days ago'],
  ])('%s is %s', (iso, text) => expect(formatAgo(iso, new Date('2026-11-27T12:00:00Z'))).toBe(text));

  it.each<[string, string, string | null]>([
    ['Asia/Tokyo', 'America/New_York', 'Fri 02:00 in Tokyo'],
    ['America/Los_Angeles', 'America/New_York', 'Thu 09:00 in Los Angeles'],
    // Same clock, different name: nothing worth saying.
    ['America/Toronto', 'America/New_York', null],
    ['America/New_York', 'America/New_York', null],
  ])('the customer’s clock in %s, seen from %s, is %s', (theirs, own, text) =>
    expect(formatTheirTime(new Date('2026-11-26T17:00:00Z'), theirs, own)).toBe(text),
  );

  it('names a civil date the same in every time zone', () => {
    expect(formatCivilDate('2026-03-08')).toBe('Sun 8 Mar');
  });
});
