import { describe, expect, it } from 'vitest';
import { scheduleFromSettings } from '../../lib/business-time';
import { defaultSettings } from '../../lib/settings';
import { snoozeUntil, startOfWorkingDay, wallTimeToInstant, type SnoozePreset } from '../../lib/snooze';

const schedule = (changes: Partial<ReturnType<typeof defaultSettings>> = {}) =>
  scheduleFromSettings({ ...defaultSettings(), timeZone: 'America/New_York', ...changes });

describe('snooze presets', () => {
  it.each<[string, SnoozePreset, string, string]>([
    ['an hour is an hour', 'hour', '2026-11-24T15:20:00Z', '2026-11-24T16:20:00.000Z'],
    ['tomorrow morning is 9:00 the next working day', 'tomorrow', '2026-11-24T15:20:00Z', '2026-11-25T14:00:00.000Z'],
    ['on Friday, tomorrow morning is Monday', 'tomorrow', '2026-11-27T20:00:00Z', '2026-11-30T14:00:00.000Z'],
    ['late on Monday night in New York, tomorrow is Tuesday', 'tomorrow', '2026-12-01T04:30:00Z', '2026-12-01T14:00:00.000Z'],
    ['next week is Monday 9:00', 'next-week', '2026-11-25T15:00:00Z', '2026-11-30T14:00:00.000Z'],
    ['on Sunday, next week is the coming Monday', 'next-week', '2026-11-29T15:00:00Z', '2026-11-30T14:00:00.000Z'],
    ['across the DST change, 9:00 is still 9:00 local', 'tomorrow', '2026-10-30T15:00:00Z', '2026-11-02T14:00:00.000Z'],
    ['before it, 9:00 EDT', 'tomorrow', '2026-10-28T15:00:00Z', '2026-10-29T13:00:00.000Z'],
  ])('%s', (_name, preset, now, expected) => {
    expect(snoozeUntil(preset, schedule(), new Date(now)).toISOString()).toBe(expected);
  });

  it('skips holidays and starts at the first working block of the day', () => {
    const s = schedule({
      holidays: [{ date: '2026-11-30', name: 'Bridge day' }],
      workingHours: { ...defaultSettings().workingHours, tue: [{ start: '10:30', end: '12:00' }, { start: '13:00', end: '18:00' }] },
    });
    expect(snoozeUntil('next-week', s, new Date('2026-11-25T15:00:00Z')).toISOString()).toBe('2026-12-01T15:30:00.000Z');
    expect(startOfWorkingDay(s, '2026-12-01').toISOString()).toBe('2026-12-01T15:30:00.000Z');
  });
});

describe('a picked snooze time', () => {
  it.each([
    ['2026-11-27T09:30', 'America/New_York', '2026-11-27T14:30:00.000Z'],
    ['2026-07-01T09:30', 'America/New_York', '2026-07-01T13:30:00.000Z'],
    ['2026-11-27T09:30', 'Asia/Kolkata', '2026-11-27T04:00:00.000Z'],
  ])('%s in %s is %s', (value, zone, iso) => {
    expect(wallTimeToInstant(value, zone)?.toISOString()).toBe(iso);
  });
  it('refuses what is not a date and time', () => expect(wallTimeToInstant('tomorrow', 'UTC')).toBeNull());
});
