/**
 * The follow-up lifecycle (spec: response-targets.md, "Follow-ups") as pure functions:
 * suggested → open → done | dismissed, with snooze and due-date edits, and the alert
 * status of a follow-up at a given moment in the user's time zone.
 */
import type { FollowUp, Redating } from './db/records';
import type { Schedule } from './business-time';
import { addWorkingDays, isWorkingDay, startOfCivilDay, todayIn, addCalendarDays } from './business-time';

export type FollowUpState = FollowUp['state'];

export type FollowUpAction =
  | { type: 'confirm' }
  | { type: 'complete' }
  | { type: 'dismiss' }
  | { type: 'reopen' }
  | { type: 'snooze'; until: Date }
  | { type: 'unsnooze' }
  | { type: 'setDue'; due: string | null };

export type FollowUpActionType = FollowUpAction['type'];

export class FollowUpTransitionError extends Error {
  constructor(
    readonly from: FollowUpState,
    readonly action: FollowUpActionType,
    reason: string,
  ) {
    super(`cannot ${action} a ${from} follow-up: ${reason}`);
    this.name = 'FollowUpTransitionError';
  }
}

/** From which states each action is allowed, and why not otherwise. */
const ALLOWED: Record<FollowUpActionType, { from: readonly FollowUpState[]; otherwise: string }> = {
  confirm: { from: ['suggested'], otherwise: 'only a suggestion can be confirmed' },
  complete: { from: ['open'], otherwise: 'only an open follow-up can be completed (confirm a suggestion first)' },
  dismiss: { from: ['suggested', 'open'], otherwise: 'it is already closed' },
  reopen: { from: ['done', 'dismissed'], otherwise: 'it is not closed' },
  snooze: { from: ['open'], otherwise: 'only an open follow-up can be snoozed' },
  unsnooze: { from: ['open'], otherwise: 'only an open follow-up can be snoozed' },
  setDue: { from: ['suggested', 'open'], otherwise: 'reopen it first' },
};

export function canTransition(state: FollowUpState, action: FollowUpActionType): boolean {
  return ALLOWED[action].from.includes(state);
}

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Applies a user action and returns the updated follow-up (the input is not changed).
 * Throws FollowUpTransitionError for an action that makes no sense in the current state.
 */
export function transition<F extends FollowUp>(followUp: F, action: FollowUpAction, now: Date): F {
  const from = followUp.state;
  const rule = ALLOWED[action.type];
  if (!rule.from.includes(from)) throw new FollowUpTransitionError(from, action.type, rule.otherwise);
  const updatedAt = now.toISOString();
  switch (action.type) {
    case 'confirm':
      return { ...followUp, state: 'open', updatedAt };
    case 'complete':
      return { ...followUp, state: 'done', snoozedUntil: null, completedAt: updatedAt, updatedAt };
    case 'dismiss':
      return { ...followUp, state: 'dismissed', snoozedUntil: null, completedAt: null, updatedAt };
    case 'reopen':
      return { ...followUp, state: 'open', snoozedUntil: null, completedAt: null, updatedAt };
    case 'snooze':
      if (!(action.until.getTime() > now.getTime())) {
        throw new FollowUpTransitionError(from, 'snooze', 'the snooze must end in the future');
      }
      return { ...followUp, snoozedUntil: action.until.toISOString(), updatedAt };
    case 'unsnooze':
      return { ...followUp, snoozedUntil: null, updatedAt };
    case 'setDue':
      if (action.due !== null && !isCivilDate(action.due)) {
        throw new FollowUpTransitionError(from, 'setDue', `"${action.due}" is not a date (YYYY-MM-DD)`);
      }
      return { ...followUp, due: action.due, redated: redatedBy(followUp, action.due, 'edited', now), updatedAt };
  }
}

/**
 * The due-date history after moving `followUp` to `to`. Only a move from one date to another
 * is history: setting a first date, clearing it or keeping it adds nothing, and neither does
 * editing a suggestion, which is no promise yet.
 */
export function redatedBy(
  followUp: FollowUp,
  to: string | null,
  reason: Redating['reason'],
  now: Date,
): Redating[] {
  const from = followUp.due;
  if (followUp.state !== 'open' || from === null || to === null || from === to)
    return followUp.redated;
  return [...followUp.redated, { from, to, at: now.toISOString(), reason }];
}

/** The undo of an action: the state, due date, snooze and completion the follow-up had before. */
export function restoredFollowUp<F extends FollowUp>(
  current: F,
  back: Pick<FollowUp, 'state' | 'due' | 'snoozedUntil' | 'completedAt'>,
  now: Date,
): F {
  // Undoing a date edit takes its line out of the history too.
  const last = current.redated.at(-1);
  const undone = last?.reason === 'edited' && last.to === current.due && last.from === back.due;
  return { ...current, ...back, redated: undone ? current.redated.slice(0, -1) : current.redated, updatedAt: now.toISOString() };
}

function isCivilDate(s: string): boolean {
  if (!CIVIL_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/**
 * - `closed`: done or dismissed. `suggested`: not confirmed yet; never an alert.
 * - `snoozed`: open but hidden until `snoozedUntil`.
 * - `overdue` after the due date, `due-today` on it, `at-risk` from `atRiskWorkingDays` working
 *   days before it (the moment for a heads-up; settings.followUpAtRiskWorkingDays, 1 by default)
 *   until it, `upcoming` otherwise or without a due date.
 */
export type FollowUpStatus = 'suggested' | 'upcoming' | 'at-risk' | 'due-today' | 'overdue' | 'snoozed' | 'closed';

export type FollowUpFields = Pick<FollowUp, 'state' | 'due' | 'snoozedUntil'>;

/** Status at `now`, with dates read as civil dates in the schedule's time zone. */
export function followUpStatus(followUp: FollowUpFields, schedule: Schedule, now: Date, atRiskWorkingDays = 1): FollowUpStatus {
  if (followUp.state === 'done' || followUp.state === 'dismissed') return 'closed';
  if (followUp.state === 'suggested') return 'suggested';
  if (followUp.snoozedUntil && Date.parse(followUp.snoozedUntil) > now.getTime()) return 'snoozed';
  const due = followUp.due;
  if (due === null) return 'upcoming';
  const today = todayIn(schedule.timeZone, now);
  if (today > due) return 'overdue';
  if (today === due) return 'due-today';
  // Days off between the last working day and the due date stay at risk: the heads-up is still owed.
  return today >= atRiskFrom(schedule, due, atRiskWorkingDays) ? 'at-risk' : 'upcoming';
}

/** The first day a follow-up due on `due` is at risk: `days` working days before it (0: the day itself). */
export function atRiskFrom(schedule: Schedule, due: string, days: number): string {
  return addWorkingDays(schedule, due, -Math.max(0, days));
}

/** The badge counts follow-ups due today (amber) or overdue (red). */
export function followUpNeedsAttention(status: FollowUpStatus): boolean {
  return status === 'due-today' || status === 'overdue';
}

/**
 * The next instant at which followUpStatus may change by itself (a snooze ending or a
 * civil midnight in the user's zone), for scheduling an alarm; null when it cannot.
 */
export function nextFollowUpStatusChange(
  followUp: FollowUpFields,
  schedule: Schedule,
  now: Date,
  atRiskWorkingDays = 1,
): Date | null {
  if (followUp.state !== 'open') return null;
  if (followUp.snoozedUntil && Date.parse(followUp.snoozedUntil) > now.getTime()) {
    return new Date(followUp.snoozedUntil);
  }
  if (followUp.due === null) return null;
  const today = todayIn(schedule.timeZone, now);
  if (today > followUp.due) return null;
  const from = atRiskFrom(schedule, followUp.due, atRiskWorkingDays);
  const next = today < from ? from : addCalendarDays(today, 1);
  return startOfCivilDay(schedule.timeZone, next);
}

/** Collapses every run of whitespace (including non-breaking spaces) so reflowed text matches. */
export function normalizeSentence(sentence: string): string {
  return sentence.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The uniqueness key of a follow-up: account, message id and normalised sentence. */
export function followUpKey(accountId: string, messageId: string, sentence: string): string {
  return JSON.stringify([accountId.trim().toLowerCase(), messageId, normalizeSentence(sentence)]);
}

/**
 * Due date of a commitment without a deadline: `delayWorkingDays` working days after the
 * civil date on which the message was sent (in the user's zone). With a delay of 0 it is
 * the sent date itself, or the next working day when that is a day off.
 */
export function defaultFollowUpDue(schedule: Schedule, sentAt: Date, delayWorkingDays: number): string {
  const sentDate = todayIn(schedule.timeZone, sentAt);
  if (delayWorkingDays > 0) return addWorkingDays(schedule, sentDate, delayWorkingDays);
  return isWorkingDay(schedule, sentDate) ? sentDate : addWorkingDays(schedule, sentDate, 1);
}
