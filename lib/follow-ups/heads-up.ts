/**
 * The heads-up before a promise slips: on the last working day before a due date (the
 * follow-up is "at risk"), the user tells the customer the new date in a reply in the same
 * thread; once that reply is sent, the follow-up's due date moves there and its history says so.
 *
 * Decisions (the spec is silent):
 * - A heads-up can be sent for any open follow-up with a due date that is at risk, due today or
 *   already overdue (late is when the customer needs one most); the sidebar offers it first on
 *   the at-risk day.
 * - The new date must be after the current one (moving it earlier is no heads-up; edit it).
 * - The suggested new date is two working days after the current due date.
 * - The heads-up reply makes no follow-up of its own: its "you'll have it by Tuesday" is the
 *   promise it re-dates, and a second follow-up for it would be counted twice.
 * - The due date moves only when the reply is really sent; a reply opened and discarded
 *   changes nothing.
 */
import { addWorkingDays, type Schedule } from '../business-time';
import type { FollowUp, Redating } from '../db/records';
import { redatedBy } from '../follow-up-state';

export function suggestedNewDue(schedule: Schedule, due: string): string {
  return addWorkingDays(schedule, due, 2);
}

/** "Tuesday 8 December" for a civil date, whatever the machine's zone. */
export function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

const SEND_VERBS = /^(send|get|share|deliver|give|provide|forward|prepare|finish|have|email|mail)\s+(you\s+)?/i;

/** The thing promised, from the follow-up's action: "Send the revised quote" → "the revised quote". */
export function promisedThing(f: Pick<FollowUp, 'action' | 'sentence'>): string {
  const action = f.action.trim().replace(/[.!]+$/, '');
  if (action && SEND_VERBS.test(action)) {
    const rest = action.replace(SEND_VERBS, '');
    if (rest) return rest;
  }
  if (action) return `what I promised (${action.charAt(0).toLowerCase()}${action.slice(1)})`;
  return `what I promised (“${f.sentence.trim().replace(/[.!]+$/, '')}”)`;
}

/** The editable note the reply starts with. */
export function headsUpNote(f: Pick<FollowUp, 'action' | 'sentence'>, newDue: string): string {
  return `Quick heads-up: ${promisedThing(f)} will take a little longer than I said — you'll have it by ${longDate(newDue)}.`;
}

/** "Moved from Fri 4 Dec to Tue 8 Dec after your heads-up" / "… by hand". */
export function redatingText(r: Pick<Redating, 'from' | 'to' | 'reason'>): string {
  const short = (d: string) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `Moved from ${short(r.from)} to ${short(r.to)} ${r.reason === 'heads-up' ? 'after your heads-up' : 'by hand'}`;
}

export class HeadsUpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeadsUpError';
  }
}

/** The follow-up after its heads-up was sent: the new due date, one more line of history, no snooze. */
export function afterHeadsUp<F extends FollowUp>(f: F, newDue: string, now: Date): F {
  if (f.state !== 'open' || f.due === null) throw new HeadsUpError('only an open follow-up with a due date can be re-dated by a heads-up');
  if (!(newDue > f.due)) throw new HeadsUpError(`the new date (${newDue}) must be after the current one (${f.due})`);
  return { ...f, due: newDue, redated: redatedBy(f, newDue, 'heads-up', now), snoozedUntil: null, updatedAt: now.toISOString() };
}
