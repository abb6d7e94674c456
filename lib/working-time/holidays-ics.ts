/**
 * Holidays from a calendar file (.ics), as exported by Google Calendar, Outlook or a public
 * holiday feed. Parsed with ical.js (Mozilla's iCalendar library: folded lines, escaping,
 * time zones and recurrence rules are its business, not ours). Only all-day events are days
 * off; an event with a time of day is a meeting, not a holiday, and is left out and counted.
 */
import ICAL from 'ical.js';
import { addCalendarDays } from '../business-time';

export interface IcsHoliday {
  date: string;
  name: string;
}

export interface IcsHolidays {
  holidays: IcsHoliday[];
  /** Events with a time of day, not taken as holidays. */
  timedEvents: number;
}

/** A multi-day event or a yearly rule never adds more than this many days. */
const MAX_DAYS_PER_EVENT = 366;

export class IcsError extends Error {
  override name = 'IcsError';
}

const civil = (t: ICAL.Time) =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

/**
 * The all-day events of an .ics text, one holiday per day (DTEND is exclusive, as RFC 5545
 * says), recurring ones expanded from `from` up to `until` (civil dates), sorted, each date
 * once. Throws IcsError with a plain sentence when the text is not a calendar.
 */
export function holidaysFromIcs(text: string, { from, until }: { from: string; until: string }): IcsHolidays {
  if (!/BEGIN:VCALENDAR/i.test(text)) throw new IcsError('This file is not a calendar (.ics): it has no BEGIN:VCALENDAR.');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch (err) {
    throw new IcsError(`This calendar file cannot be read: ${(err as Error).message}.`);
  }
  const byDate = new Map<string, string>();
  let timedEvents = 0;
  const add = (start: string, endExclusive: string, name: string) => {
    let n = 0;
    for (let d = start; d < endExclusive && n < MAX_DAYS_PER_EVENT; d = addCalendarDays(d, 1), n++) {
      if (d >= from && d <= until && !byDate.has(d)) byDate.set(d, name);
    }
  };
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    if (!event.startDate) continue;
    if (!event.startDate.isDate) {
      timedEvents++;
      continue;
    }
    const name = (event.summary ?? '').trim().slice(0, 200);
    const days = Math.max(1, event.endDate ? event.endDate.subtractDate(event.startDate).toSeconds() / 86_400 : 1);
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let next = it.next(), n = 0; next && n < MAX_DAYS_PER_EVENT; next = it.next(), n++) {
        const start = civil(next);
        if (start > until) break;
        add(start, addCalendarDays(start, days), name);
      }
    } else {
      const start = civil(event.startDate);
      add(start, addCalendarDays(start, days), name);
    }
  }
  const holidays = [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
  return { holidays, timedEvents };
}

/** Holidays from the file added to those already set: a date already listed keeps its name. */
export function mergeHolidays(current: readonly IcsHoliday[], added: readonly IcsHoliday[]): { holidays: IcsHoliday[]; added: number } {
  const known = new Set(current.map((h) => h.date));
  const fresh = added.filter((h) => !known.has(h.date));
  return {
    holidays: [...current, ...fresh].sort((a, b) => a.date.localeCompare(b.date)),
    added: fresh.length,
  };
}
