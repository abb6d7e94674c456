/**
 * Snooze presets, as an account manager means them: "tomorrow" is the start of the next
 * working day (not 24 hours from now), "next week" the start of the first working day of the
 * next Monday-to-Sunday week, both by the user's own working hours and holidays.
 */
import { TZDate } from '@date-fns/tz';
import { addBusinessMinutes, addCalendarDays, addWorkingDays, isWorkingDay, startOfCivilDay, todayIn, type Schedule } from './business-time';

export const SNOOZE_PRESETS = ['hour', 'tomorrow', 'next-week'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

export const SNOOZE_LABELS: Record<SnoozePreset, string> = {
  hour: '1 hour',
  tomorrow: 'Tomorrow morning',
  'next-week': 'Next week',
};

/** The first working instant of a civil date; midnight for a schedule with no hours at all. */
export function startOfWorkingDay(schedule: Schedule, date: string): Date {
  const midnight = startOfCivilDay(schedule.timeZone, date);
  const firstMinuteEnds = addBusinessMinutes(schedule, midnight, 1);
  return firstMinuteEnds ? new Date(firstMinuteEnds.getTime() - 60_000) : midnight;
}

/** The ISO weekday (1 = Monday) of a civil date. */
function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export function snoozeUntil(preset: SnoozePreset, schedule: Schedule, now: Date): Date {
  const today = todayIn(schedule.timeZone, now);
  switch (preset) {
    case 'hour':
      return new Date(now.getTime() + 3_600_000);
    case 'tomorrow':
      return startOfWorkingDay(schedule, addWorkingDays(schedule, today, 1));
    case 'next-week': {
      const monday = addCalendarDays(today, 8 - isoWeekday(today));
      const first = isWorkingDay(schedule, monday) ? monday : addWorkingDays(schedule, monday, 1);
      return startOfWorkingDay(schedule, first);
    }
  }
}

/** A `datetime-local` value ("2026-11-27T09:30") read as wall time in the user's zone. */
export function wallTimeToInstant(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime());
}
