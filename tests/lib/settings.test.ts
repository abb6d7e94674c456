import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  settingsChangeSchema,
  settingsSchema,
  WEEKDAYS,
} from '../../lib/settings';
import { changeFromDraft, describeHours, draftFrom, parseBlocks } from '../../lib/settings-form';

describe('settings schema', () => {
  it('gives a field that an older version did not store its default', () => {
    const { notifications: _dropped, ...older } = defaultSettings();
    expect(settingsSchema.parse({ ...older, atRiskPercent: 60 })).toEqual({
      ...defaultSettings(),
      atRiskPercent: 60,
    });
  });

  it('defaults to Monday to Friday, 9 to 5, in the browser’s time zone', () => {
    const s = defaultSettings();
    expect(WEEKDAYS.filter((d) => s.workingHours[d].length)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(s.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it.each([
    [{ atRiskPercent: 0 }, 'atRiskPercent'],
    [{ atRiskPercent: 100 }, 'atRiskPercent'],
    [{ firstReplyTarget: { value: -1, unit: 'businessHours' } }, 'firstReplyTarget.value'],
    [{ nextReplyTarget: { value: 8, unit: 'days' } }, 'nextReplyTarget.unit'],
    [{ holidays: [{ date: '2026-02-30', name: '' }] }, 'holidays.0.date'],
    [{ outOfOffice: [{ start: '2026-12-24', end: '2026-12-20', note: '' }] }, 'outOfOffice.0.end'],
    [{ workingHours: { ...defaultSettings().workingHours, mon: [{ start: '9:00', end: '17:00' }] } }, 'workingHours.mon.0.start'],
    [{ tiers: [] }, 'tiers'],
    [{ confirmCommitments: 'never' }, 'confirmCommitments'],
    [{ darkMode: true }, ''],
  ])('refuses %j at %s', (change, path) => {
    const result = settingsChangeSchema.safeParse(change);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('accepts a change of one field without touching the others', () => {
    expect(settingsChangeSchema.parse({ notifications: false })).toEqual({ notifications: false });
  });
});

describe('working hours as text', () => {
  it.each([
    ['09:00–17:00', [{ start: '09:00', end: '17:00' }]],
    ['9-17', [{ start: '09:00', end: '17:00' }]],
    ['9:00-12:30, 13:30-17:30', [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }]],
    ['  ', []],
    ['22:00-24:00', [{ start: '22:00', end: '24:00' }]],
    ['9-5', [{ start: '09:00', end: '17:00' }]],
    ['9 to 5:30', [{ start: '09:00', end: '17:30' }]],
    ['8:30am - 12pm, 1pm - 5pm', [{ start: '08:30', end: '12:00' }, { start: '13:00', end: '17:00' }]],
    ['0930-1800', [{ start: '09:30', end: '18:00' }]],
    ['9-12 and 13-17', [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }]],
  ])('reads %j', (text, blocks) => {
    expect(parseBlocks(text)).toEqual(blocks);
  });

  it.each([
    ['nine to five', /“nine to five” is not a time range\. Write it like 9-5/],
    ['5pm-9am', /“5pm-9am” ends before it starts/],
    ['9-25', /not a time range/],
    ['13pm-14pm', /not a time range/],
  ])('says in plain words what is wrong with %j', (text, message) => {
    expect(parseBlocks(text)).toMatch(message);
  });

  it.each([
    ['9-5', '09:00–17:00 · 8 h'],
    ['9-12:15, 1:30pm-5', '09:00–12:15, 13:30–17:00 · 6 h 45 min'],
    ['', 'Day off'],
    ['whenever', null],
  ])('shows %j as understood: %j', (text, shown) => {
    expect(describeHours(text)).toBe(shown);
  });

  it('round-trips the defaults through the draft unchanged', () => {
    const result = changeFromDraft(draftFrom(defaultSettings()));
    expect(result).toEqual({ change: defaultSettings() });
  });
});
