import { describe, expect, it } from 'vitest';
import { cadenceFor, calendarDaysAgo, quietState } from '../../../lib/relationship/going-quiet';
import { defaultSettings, settingsSchema } from '../../../lib/settings';

const NY = 'America/New_York';

describe('cadenceFor', () => {
  const settings = {
    ...defaultSettings(),
    tiers: [
      { name: 'Strategic', targets: {}, cadenceDays: 14 },
      { name: 'Standard', targets: {}, cadenceDays: null },
    ],
  };
  it.each([
    ['the customer’s own cadence wins over the tier’s', { cadenceDays: 5, tier: 'Strategic' }, 5],
    [
      'else the tier’s default (tier names ignore case and spaces)',
      { cadenceDays: null, tier: ' strategic ' },
      14,
    ],
    ['a tier without a default: no cadence', { cadenceDays: null, tier: 'Standard' }, null],
    ['a tier that no longer exists: no cadence', { cadenceDays: null, tier: 'Gone' }, null],
  ])('%s', (_, customer, expected) => {
    expect(cadenceFor(customer, settings)).toBe(expected);
  });

  it('reads settings stored before tiers had a cadence as “no cadence”', () => {
    const stored = { ...defaultSettings(), tiers: [{ name: 'Key', targets: {} }] };
    const parsed = settingsSchema.parse(stored);
    expect(parsed.tiers).toEqual([{ name: 'Key', targets: {}, cadenceDays: null }]);
    expect(cadenceFor({ cadenceDays: null, tier: 'Key' }, parsed)).toBeNull();
  });
});

describe('quietState', () => {
  const base = { cadenceDays: 14, lastIncomingAt: null, lastOutgoingAt: null, timeZone: NY };

  it('is quiet once the cadence has run out since the last outgoing message, counting days overdue in the user’s zone', () => {
    // Last wrote Sunday 1 Nov 2026 10:00 EST; every 14 days → Sunday 15 Nov 10:00 EST (15:00Z).
    // Now Tuesday 24 Nov 12:00 EST: nine calendar days later.
    expect(
      quietState({
        ...base,
        lastOutgoingAt: '2026-11-01T15:00:00.000Z',
        now: new Date('2026-11-24T17:00:00Z'),
      }),
    ).toEqual({
      cadenceDays: 14,
      lastOutgoingAt: '2026-11-01T15:00:00.000Z',
      dueSince: '2026-11-15T15:00:00.000Z',
      daysOverdue: 9,
    });
  });

  it('is not quiet a minute before the cadence runs out, and is on the minute it does (0 days overdue)', () => {
    const last = { ...base, lastOutgoingAt: '2026-11-01T15:00:00.000Z' };
    expect(quietState({ ...last, now: new Date('2026-11-15T14:59:00Z') })).toBeNull();
    expect(quietState({ ...last, now: new Date('2026-11-15T15:00:00Z') })?.daysOverdue).toBe(0);
  });

  it('counts the cadence on the wall clock across a daylight-saving change', () => {
    // Monday 26 Oct 2026 10:00 EDT (14:00Z); clocks go back on Sunday 1 Nov. Seven days later is
    // Monday 2 Nov 10:00 EST = 15:00Z (169 hours, not 168).
    const last = { ...base, cadenceDays: 7, lastOutgoingAt: '2026-10-26T14:00:00.000Z' };
    expect(quietState({ ...last, now: new Date('2026-11-02T14:30:00Z') })).toBeNull();
    expect(quietState({ ...last, now: new Date('2026-11-02T15:00:00Z') })?.dueSince).toBe(
      '2026-11-02T15:00:00.000Z',
    );
  });

  it('counts days overdue by the user’s calendar, not UTC’s', () => {
    // Tokyo: written 23:30 on 1 Nov (14:30Z), every day → quiet from 23:30 on 2 Nov. At 00:30 on
    // 3 Nov (15:30Z on 2 Nov) that is one day overdue in Tokyo, though the same UTC day.
    const state = quietState({
      ...base,
      cadenceDays: 1,
      timeZone: 'Asia/Tokyo',
      lastOutgoingAt: '2026-11-01T14:30:00.000Z',
      now: new Date('2026-11-02T15:30:00Z'),
    });
    expect(state).toMatchObject({ dueSince: '2026-11-02T14:30:00.000Z', daysOverdue: 1 });
  });

  it('is never quiet without a cadence', () => {
    expect(
      quietState({
        ...base,
        cadenceDays: null,
        lastOutgoingAt: '2020-01-01T00:00:00.000Z',
        now: new Date('2026-11-24T17:00:00Z'),
      }),
    ).toBeNull();
  });

  it('is not quiet when the customer wrote last, however long ago', () => {
    const now = new Date('2026-11-24T17:00:00Z');
    expect(
      quietState({
        ...base,
        lastOutgoingAt: '2026-09-01T15:00:00.000Z',
        lastIncomingAt: '2026-09-02T15:00:00.000Z',
        now,
      }),
    ).toBeNull();
    // Only the customer ever wrote: still theirs was the last word.
    expect(quietState({ ...base, lastIncomingAt: '2026-09-02T15:00:00.000Z', now })).toBeNull();
    // The user answered after: quiet again once the cadence runs out from that answer.
    expect(
      quietState({
        ...base,
        lastOutgoingAt: '2026-09-03T15:00:00.000Z',
        lastIncomingAt: '2026-09-02T15:00:00.000Z',
        now,
      }),
    ).toMatchObject({ dueSince: '2026-09-17T15:00:00.000Z' });
  });

  it('treats a customer never written to as owed a first touch: the cadence runs from when the customer was added', () => {
    // Added Monday 2 Nov 2026 09:00 EST, every 14 days, no message either way.
    const never = { ...base, knownSince: '2026-11-02T14:00:00.000Z' };
    expect(quietState({ ...never, now: new Date('2026-11-10T17:00:00Z') })).toBeNull();
    expect(quietState({ ...never, now: new Date('2026-11-24T17:00:00Z') })).toEqual({
      cadenceDays: 14,
      lastOutgoingAt: null,
      dueSince: '2026-11-16T14:00:00.000Z',
      daysOverdue: 8,
    });
    // Not knowing when the customer was added, there is nothing to wait for: quiet now.
    const now = new Date('2026-11-24T17:00:00Z');
    expect(quietState({ ...base, now })).toEqual({
      cadenceDays: 14,
      lastOutgoingAt: null,
      dueSince: now.toISOString(),
      daysOverdue: 0,
    });
  });
});

describe('calendarDaysAgo', () => {
  it('counts civil days in the user’s zone', () => {
    // 23:00 EST on 1 Nov is 04:00Z on 2 Nov; at 01:00 EST on 2 Nov it was "1 day ago" in New York.
    expect(calendarDaysAgo('2026-11-02T04:00:00.000Z', new Date('2026-11-02T06:00:00Z'), NY)).toBe(
      1,
    );
    expect(calendarDaysAgo('2026-11-01T15:00:00.000Z', new Date('2026-11-24T17:00:00Z'), NY)).toBe(
      23,
    );
  });
});
