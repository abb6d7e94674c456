import { describe, it, expect } from 'vitest';
import { scheduleFromSettings } from '../../lib/business-time';
import type { FollowUp } from '../../lib/db/records';
import { defaultSettings } from '../../lib/settings';
import {
  FollowUpTransitionError,
  canTransition,
  defaultFollowUpDue,
  followUpKey,
  followUpNeedsAttention,
  followUpStatus,
  nextFollowUpStatusChange,
  restoredFollowUp,
  transition,
} from '../../lib/follow-up-state';
import type { FollowUpAction, FollowUpState, FollowUpStatus } from '../../lib/follow-up-state';

// Berlin, 9–17 on weekdays, with the Christmas holidays.
const schedule = scheduleFromSettings({
  ...defaultSettings(),
  timeZone: 'Europe/Berlin',
  holidays: [
    { date: '2025-12-25', name: 'Christmas' },
    { date: '2025-12-26', name: 'Boxing Day' },
  ],
});

const NOW = new Date('2025-06-04T10:00:00Z');

const followUp = (overrides: Partial<FollowUp> = {}): FollowUp => ({
  accountId: 'me@example.com',
  id: 'f1',
  threadId: 't1',
  messageId: 'm1',
  customerId: 'c1',
  sentence: 'I will send the revised quote by Monday.',
  action: 'send the revised quote',
  due: '2025-06-09',
  state: 'open',
  source: 'detected',
  snoozedUntil: null,
  completedAt: null,
  redated: [],
  createdAt: '2025-06-01T08:00:00.000Z',
  updatedAt: '2025-06-01T08:00:00.000Z',
  ...overrides,
});

describe('transition', () => {
  const actions: Record<FollowUpAction['type'], FollowUpAction> = {
    confirm: { type: 'confirm' },
    complete: { type: 'complete' },
    dismiss: { type: 'dismiss' },
    reopen: { type: 'reopen' },
    snooze: { type: 'snooze', until: new Date('2025-06-05T07:00:00Z') },
    unsnooze: { type: 'unsnooze' },
    setDue: { type: 'setDue', due: '2025-06-12' },
  };
  // Resulting state, or null when the action is refused.
  const matrix: Record<FollowUpState, Record<FollowUpAction['type'], FollowUpState | null>> = {
    suggested: { confirm: 'open', complete: null, dismiss: 'dismissed', reopen: null, snooze: null, unsnooze: null, setDue: 'suggested' },
    open: { confirm: null, complete: 'done', dismiss: 'dismissed', reopen: null, snooze: 'open', unsnooze: 'open', setDue: 'open' },
    done: { confirm: null, complete: null, dismiss: null, reopen: 'open', snooze: null, unsnooze: null, setDue: null },
    dismissed: { confirm: null, complete: null, dismiss: null, reopen: 'open', snooze: null, unsnooze: null, setDue: null },
  };
  const rows = Object.entries(matrix).flatMap(([from, byAction]) =>
    Object.entries(byAction).map(([action, to]) => ({ from: from as FollowUpState, action: action as FollowUpAction['type'], to })),
  );

  it.each(rows)('$action from $from → $to', ({ from, action, to }) => {
    const before = followUp({ state: from });
    expect(canTransition(from, action)).toBe(to !== null);
    if (to === null) {
      expect(() => transition(before, actions[action], NOW)).toThrow(FollowUpTransitionError);
      return;
    }
    const after = transition(before, actions[action], NOW);
    expect(after.state).toBe(to);
    expect(after.updatedAt).toBe(NOW.toISOString());
    expect(before.state).toBe(from); // not mutated
  });

  it('explains a refusal', () => {
    expect(() => transition(followUp({ state: 'suggested' }), { type: 'complete' }, NOW)).toThrow(
      'cannot complete a suggested follow-up: only an open follow-up can be completed (confirm a suggestion first)',
    );
  });

  it('snooze sets the time and must end in the future', () => {
    expect(transition(followUp(), actions.snooze, NOW).snoozedUntil).toBe('2025-06-05T07:00:00.000Z');
    expect(() => transition(followUp(), { type: 'snooze', until: NOW }, NOW)).toThrow(/in the future/);
  });

  it('closing or reopening clears the snooze; unsnooze clears it', () => {
    const snoozed = followUp({ snoozedUntil: '2025-06-05T07:00:00.000Z' });
    expect(transition(snoozed, { type: 'complete' }, NOW).snoozedUntil).toBeNull();
    expect(transition(snoozed, { type: 'dismiss' }, NOW).snoozedUntil).toBeNull();
    expect(transition(snoozed, { type: 'unsnooze' }, NOW).snoozedUntil).toBeNull();
  });

  it('setDue edits or clears the date and rejects non-dates', () => {
    expect(transition(followUp(), { type: 'setDue', due: '2025-06-12' }, NOW).due).toBe('2025-06-12');
    expect(transition(followUp(), { type: 'setDue', due: null }, NOW).due).toBeNull();
    expect(() => transition(followUp(), { type: 'setDue', due: '2025-02-30' }, NOW)).toThrow(/not a date/);
    expect(() => transition(followUp(), { type: 'setDue', due: 'Monday' }, NOW)).toThrow(FollowUpTransitionError);
  });

  it('setDue on an open promise writes the move into its history, and its undo takes it out again', () => {
    const moved = transition(followUp(), { type: 'setDue', due: '2025-06-12' }, NOW);
    expect(moved.redated).toEqual([
      { from: '2025-06-09', to: '2025-06-12', at: NOW.toISOString(), reason: 'edited' },
    ]);
    const twice = transition(moved, { type: 'setDue', due: '2025-06-13' }, NOW);
    expect(twice.redated.map((r) => r.to)).toEqual(['2025-06-12', '2025-06-13']);
    const back = {
      state: 'open',
      due: '2025-06-12',
      snoozedUntil: null,
      completedAt: null,
    } as const;
    expect(restoredFollowUp(twice, back, NOW).redated).toEqual(moved.redated);
    // Undoing something else (a snooze) leaves the history alone.
    expect(restoredFollowUp(twice, { ...back, due: '2025-06-13' }, NOW).redated).toHaveLength(2);
  });

  it.each([
    ['a first date', { due: null }, '2025-06-12'],
    ['clearing the date', {}, null],
    ['the same date', {}, '2025-06-09'],
    ['a suggestion (no promise yet)', { state: 'suggested' as const }, '2025-06-12'],
  ])('setDue adds no history for %s', (_, fields, due) => {
    expect(transition(followUp(fields), { type: 'setDue', due }, NOW).redated).toEqual([]);
  });
});

describe('followUpStatus (Berlin time)', () => {
  // Due Monday 9 June 2025; the last working day before it is Friday 6 June.
  const cases: { name: string; fields: Partial<FollowUp>; now: string; status: FollowUpStatus }[] = [
    { name: 'well before the due date', fields: {}, now: '2025-06-05T10:00:00Z', status: 'upcoming' },
    { name: 'the last working day before it', fields: {}, now: '2025-06-06T10:00:00Z', status: 'at-risk' },
    { name: 'that Friday begins at midnight Berlin time', fields: {}, now: '2025-06-05T22:00:00Z', status: 'at-risk' },
    { name: 'the weekend in between stays at risk', fields: {}, now: '2025-06-08T12:00:00Z', status: 'at-risk' },
    { name: 'on the due date', fields: {}, now: '2025-06-09T06:00:00Z', status: 'due-today' },
    { name: 'late on the due date', fields: {}, now: '2025-06-09T21:59:00Z', status: 'due-today' },
    { name: 'after midnight Berlin time, still Monday in UTC', fields: {}, now: '2025-06-09T22:30:00Z', status: 'overdue' },
    { name: 'holidays push the heads-up earlier', fields: { due: '2025-12-29' }, now: '2025-12-24T09:00:00Z', status: 'at-risk' },
    { name: 'before the holidays heads-up', fields: { due: '2025-12-29' }, now: '2025-12-23T09:00:00Z', status: 'upcoming' },
    { name: 'no due date', fields: { due: null }, now: '2025-06-09T10:00:00Z', status: 'upcoming' },
    { name: 'suggestions are never alerts', fields: { state: 'suggested' }, now: '2025-06-10T10:00:00Z', status: 'suggested' },
    { name: 'done', fields: { state: 'done' }, now: '2025-06-10T10:00:00Z', status: 'closed' },
    { name: 'dismissed', fields: { state: 'dismissed' }, now: '2025-06-10T10:00:00Z', status: 'closed' },
    { name: 'snoozed', fields: { snoozedUntil: '2025-06-11T07:00:00.000Z' }, now: '2025-06-10T10:00:00Z', status: 'snoozed' },
    { name: 'snooze over', fields: { snoozedUntil: '2025-06-10T07:00:00.000Z' }, now: '2025-06-10T10:00:00Z', status: 'overdue' },
  ];
  it.each(cases)('$name: $status', ({ fields, now, status }) => {
    expect(followUpStatus(followUp(fields), schedule, new Date(now))).toBe(status);
  });

  // The at-risk window is a setting in working days (followUpAtRiskWorkingDays).
  it.each([
    { days: 0, now: '2025-06-06T10:00:00Z', status: 'upcoming' },
    { days: 0, now: '2025-06-09T10:00:00Z', status: 'due-today' },
    { days: 3, now: '2025-06-03T10:00:00Z', status: 'upcoming' },
    { days: 3, now: '2025-06-04T10:00:00Z', status: 'at-risk' },
    { days: 5, now: '2025-06-02T10:00:00Z', status: 'at-risk' },
  ] as { days: number; now: string; status: FollowUpStatus }[])(
    'at risk from $days working days before: $now is $status',
    ({ days, now, status }) => {
      expect(followUpStatus(followUp(), schedule, new Date(now), days)).toBe(status);
    },
  );

  it('only due today and overdue count for the badge', () => {
    const counted = (['suggested', 'upcoming', 'at-risk', 'due-today', 'overdue', 'snoozed', 'closed'] as const).filter(
      followUpNeedsAttention,
    );
    expect(counted).toEqual(['due-today', 'overdue']);
  });
});

describe('nextFollowUpStatusChange', () => {
  it.each([
    { name: 'the heads-up day', fields: {}, now: '2025-06-04T10:00:00Z', next: '2025-06-05T22:00:00.000Z' },
    { name: 'the next midnight once at risk', fields: {}, now: '2025-06-06T10:00:00Z', next: '2025-06-06T22:00:00.000Z' },
    { name: 'the end of a snooze', fields: { snoozedUntil: '2025-06-05T07:00:00.000Z' }, now: '2025-06-04T10:00:00Z', next: '2025-06-05T07:00:00.000Z' },
    { name: 'nothing once overdue', fields: {}, now: '2025-06-10T10:00:00Z', next: null },
    { name: 'nothing when closed', fields: { state: 'done' }, now: '2025-06-04T10:00:00Z', next: null },
  ] as { name: string; fields: Partial<FollowUp>; now: string; next: string | null }[])('$name', ({ fields, now, next }) => {
    expect(nextFollowUpStatusChange(followUp(fields), schedule, new Date(now))?.toISOString() ?? null).toBe(next);
  });

  it('with a three-working-day window, the heads-up starts on Wednesday', () => {
    expect(nextFollowUpStatusChange(followUp(), schedule, new Date('2025-06-02T10:00:00Z'), 3)?.toISOString()).toBe(
      '2025-06-03T22:00:00.000Z',
    );
  });
});

describe('followUpKey', () => {
  const key = followUpKey('Me@Example.com', 'm1', 'I will send\n  the quote\u00a0by Monday. ');
  it.each([
    { name: 'same text with other whitespace', other: followUpKey('me@example.com', 'm1', ' I will send the quote by Monday.'), same: true },
    { name: 'another message', other: followUpKey('me@example.com', 'm2', 'I will send the quote by Monday.'), same: false },
    { name: 'another account', other: followUpKey('you@example.com', 'm1', 'I will send the quote by Monday.'), same: false },
    { name: 'another sentence', other: followUpKey('me@example.com', 'm1', 'I will send the quote by Tuesday.'), same: false },
  ])('$name', ({ other, same }) => {
    expect(other === key).toBe(same);
  });
  it('cannot be forged by a separator inside a field', () => {
    expect(followUpKey('a@b.co', 'x|y', 'z')).not.toBe(followUpKey('a@b.co', 'x', 'y|z'));
  });
});

describe('defaultFollowUpDue', () => {
  it.each([
    { name: 'two working days after a Thursday', sentAt: '2025-06-05T13:00:00Z', delay: 2, due: '2025-06-09' },
    { name: 'the sent date is the Berlin date (Saturday 00:30)', sentAt: '2025-06-06T22:30:00Z', delay: 2, due: '2025-06-10' },
    { name: 'over the holidays', sentAt: '2025-12-23T10:00:00Z', delay: 2, due: '2025-12-29' },
    { name: 'delay 0 on a working day: that day', sentAt: '2025-06-05T13:00:00Z', delay: 0, due: '2025-06-05' },
    { name: 'delay 0 on a weekend: the next working day', sentAt: '2025-06-07T13:00:00Z', delay: 0, due: '2025-06-09' },
  ])('$name', ({ sentAt, delay, due }) => {
    expect(defaultFollowUpDue(schedule, new Date(sentAt), delay)).toBe(due);
  });
});

describe('transition: when a promise was kept', () => {
  it('done records the moment; reopening or dismissing clears it', () => {
    const done = transition(followUp({ state: 'open' }), { type: 'complete' }, NOW);
    expect(done.completedAt).toBe(NOW.toISOString());
    const later = new Date(NOW.getTime() + 60_000);
    expect(transition(done, { type: 'reopen' }, later).completedAt).toBeNull();
    expect(transition(transition(done, { type: 'reopen' }, later), { type: 'dismiss' }, later).completedAt).toBeNull();
  });
});
