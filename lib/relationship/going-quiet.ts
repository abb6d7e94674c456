/**
 * Going quiet: a customer with a contact cadence ("touch base every N days") whom the user has
 * not written to for longer than that. Pure: the caller passes the last contact in and out
 * (the newest incoming and outgoing message of the customer's threads, as the sidebar's
 * "last contact" has it: Thread.lastIncomingAt / lastOutgoingAt, or the messages themselves).
 *
 * Decisions (the spec is silent):
 * - The cadence is in calendar days on the user's wall clock: written Monday 10:00 with a
 *   cadence of 7, the customer goes quiet the next Monday at 10:00 local time, even across a
 *   daylight-saving change (so 167 or 169 hours then, not 168).
 * - A customer who wrote last is not quiet: the ball is in the user's court and the reply clock
 *   already says so. A message in and out at the same instant counts as the user's.
 * - No outgoing contact on record counts as never having touched base, which a demanding
 *   account manager owes most of all: the cadence runs from when the customer became known
 *   (`knownSince`, the customer's creation), so a customer added today is not quiet today but
 *   is once a cadence passes without a word. Without `knownSince` such a customer is quiet now.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { Settings } from '../settings';

/** The customer's own cadence, else its tier's default, else null (no cadence: never quiet). */
export function cadenceFor(
  customer: { cadenceDays: number | null; tier: string },
  settings: Pick<Settings, 'tiers'>,
): number | null {
  if (customer.cadenceDays !== null) return customer.cadenceDays;
  const tierName = customer.tier.trim().toLowerCase();
  return settings.tiers.find((t) => t.name.trim().toLowerCase() === tierName)?.cadenceDays ?? null;
}

export interface QuietState {
  cadenceDays: number;
  lastOutgoingAt: string | null;
  /** The instant the cadence ran out. */
  dueSince: string;
  /** Whole calendar days in the user's zone from the day it ran out to today (0 on that day). */
  daysOverdue: number;
}

export interface QuietInput {
  cadenceDays: number | null;
  lastIncomingAt: string | null;
  lastOutgoingAt: string | null;
  /** When the customer became known (its createdAt): where the cadence runs from with no outgoing contact. */
  knownSince?: string | null;
  now: Date;
  timeZone: string;
}

export function quietState(input: QuietInput): QuietState | null {
  const { cadenceDays, lastIncomingAt, lastOutgoingAt, now, timeZone } = input;
  if (cadenceDays === null) return null;
  if (
    lastIncomingAt !== null &&
    (lastOutgoingAt === null || Date.parse(lastIncomingAt) > Date.parse(lastOutgoingAt))
  ) {
    return null;
  }
  const from = lastOutgoingAt ?? input.knownSince ?? null;
  const dueSince =
    from === null ? now : addDays(new TZDate(Date.parse(from), timeZone), cadenceDays);
  if (dueSince.getTime() > now.getTime()) return null;
  return {
    cadenceDays,
    lastOutgoingAt,
    dueSince: new Date(dueSince.getTime()).toISOString(),
    daysOverdue: differenceInCalendarDays(
      new TZDate(now.getTime(), timeZone),
      new TZDate(dueSince.getTime(), timeZone),
    ),
  };
}

/** Whole calendar days in the user's zone between `at` and `now` ("last wrote 23 days ago"). */
export function calendarDaysAgo(at: string, now: Date, timeZone: string): number {
  return differenceInCalendarDays(
    new TZDate(now.getTime(), timeZone),
    new TZDate(Date.parse(at), timeZone),
  );
}
