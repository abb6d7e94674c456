import { describe, expect, it } from 'vitest';
import { scheduleFromSettings } from '../../../lib/business-time';
import type { Customer } from '../../../lib/db/records';
import { defaultSettings } from '../../../lib/settings';
import type { ThreadMessage } from '../../../lib/thread-state';
import { afterHeadsUp } from '../../../lib/follow-ups/heads-up';
import { transition } from '../../../lib/follow-up-state';
import { followUp } from '../../support/alerts-store';
import { weeklyReview, type ReviewFollowUp, type ReviewThread } from '../../../lib/relationship/weekly-review';

// New York, 9–17 on weekdays; first reply 4 business hours, next 8. The week of Mon 26 Oct
// 2026 holds the end of daylight saving (Sun 1 Nov, 02:00 EDT → 01:00 EST) and a holiday on
// Friday 30 Oct. It runs from Mon 26 Oct 04:00Z to Mon 2 Nov 05:00Z: 169 hours.
const settings = {
  ...defaultSettings(),
  timeZone: 'America/New_York',
  holidays: [{ date: '2026-10-30', name: 'Team day' }],
};
const schedule = scheduleFromSettings(settings);
// Monday 2 Nov 2026, 12:00 EST: the week under review is over.
const NOW = new Date('2026-11-02T17:00:00Z');

const customer = (id: string, name: string, extra: Partial<Customer> = {}): Customer => ({
  accountId: 'sam@northwind.example',
  id,
  name,
  tier: 'Key',
  domains: [`${id}.com`],
  notes: '',
  targets: {},
  cadenceDays: null,
  createdAt: '2026-09-01T12:00:00.000Z',
  updatedAt: '2026-09-01T12:00:00.000Z',
  ...extra,
});
const customers = [
  customer('acme', 'Acme Corp'),
  // A calendar-hours target: the DST night counts 25 hours, not 24.
  customer('umbrella', 'Umbrella', { targets: { firstReply: { value: 24, unit: 'calendarHours' } } }),
  customer('initech', 'Initech', { cadenceDays: 14 }),
  customer('globex', 'Globex', { cadenceDays: 30, createdAt: '2026-10-20T12:00:00.000Z' }), // no history at all
];

const fu = (sentence: string, state: ReviewFollowUp['state'], due: string | null, completedAt: string | null = null, redated?: ReviewFollowUp['redated']): ReviewFollowUp => ({
  customerId: 'acme',
  threadId: 't1',
  sentence,
  state,
  due,
  completedAt,
  redated: redated ?? [],
});

const followUps: ReviewFollowUp[] = [
  fu('on time Monday', 'done', '2026-10-26', '2026-10-26T20:00:00.000Z'),
  // 23:00 on Tuesday in New York (03:00Z Wednesday): on time in the user's zone.
  fu('on time late Tuesday evening', 'done', '2026-10-27', '2026-10-28T03:00:00.000Z'),
  fu('late', 'done', '2026-10-28', '2026-10-29T14:00:00.000Z'),
  fu('missed', 'open', '2026-10-29'),
  // Heads-up on Tuesday moved Wednesday to Thursday; delivered Thursday: kept, after a heads-up.
  fu('re-dated with heads-up', 'done', '2026-10-29', '2026-10-29T18:00:00.000Z', [
    { from: '2026-10-28', to: '2026-10-29', at: '2026-10-27T15:00:00.000Z', reason: 'heads-up' },
  ]),
  // The "heads-up" came on Tuesday for a promise due Monday: an apology. Judged by Monday: missed.
  fu('apology after the date', 'open', '2026-11-05', null, [
    { from: '2026-10-26', to: '2026-11-05', at: '2026-10-27T15:00:00.000Z', reason: 'heads-up' },
  ]),
  // Edited by the user from an earlier week: judged by the date it has now.
  fu('edited date', 'done', '2026-10-27', '2026-10-27T16:00:00.000Z', [
    { from: '2026-10-19', to: '2026-10-27', at: '2026-10-16T15:00:00.000Z', reason: 'edited' },
  ]),
  // A timely heads-up moved it out of this week into the next.
  fu('moved to next week', 'open', '2026-11-03', null, [
    { from: '2026-10-29', to: '2026-11-03', at: '2026-10-28T15:00:00.000Z', reason: 'heads-up' },
  ]),
  fu('dismissed', 'dismissed', '2026-10-28'),
  fu('never confirmed', 'suggested', '2026-10-28'),
  fu('done, from an old backup', 'done', '2026-10-29'),
  fu('due next week', 'open', '2026-11-02'),
  fu('due the week before', 'done', '2026-10-23', '2026-10-23T15:00:00.000Z'),
  fu('no due date', 'open', null),
];

let seq = 0;
const m = (direction: ThreadMessage['direction'], sentAt: string, from = 'dana@acme.com'): ThreadMessage => ({
  messageId: `m${++seq}`,
  from: direction === 'outgoing' ? 'sam@northwind.example' : from,
  sentAt,
  direction,
});
const t = (threadId: string, customerId: string, subject: string, ...messages: ThreadMessage[]): ReviewThread => ({
  thread: { threadId, subject, customerId, mark: null },
  messages,
});
const threads: ReviewThread[] = [
  t(
    't1',
    'acme',
    'Renewal',
    m('incoming', '2026-10-23T20:00:00Z'), // Fri 16:00 EDT → Mon 10:00: 60 + 60 = 120, replied in the week
    m('outgoing', '2026-10-26T14:00:00Z'),
    m('incoming', '2026-10-29T19:00:00Z'), // Thu 15:00 → answered after the week: 120 by its end (Fri a holiday)
    m('outgoing', '2026-11-02T15:00:00Z'),
  ),
  t(
    't2',
    'acme',
    'Invoice question',
    m('incoming', '2026-10-27T13:00:00Z'), // Tue 09:00 → Wed 15:00: 480 + 360 = 840, 600 over 240
    m('outgoing', '2026-10-28T19:00:00Z'),
    m('incoming', '2026-10-28T20:00:00Z'), // Wed 16:00 → 16:30: 30
    m('outgoing', '2026-10-28T20:30:00Z'),
  ),
  t('t3', 'acme', 'Kick-off', m('incoming', '2026-10-26T13:00:00Z'), m('outgoing', '2026-10-26T15:00:00Z')), // 120
  // Thu 09:00, never answered: Thursday's 480 by the week's end (Friday a holiday), 240 over.
  t('t4', 'acme', 'Outage', m('incoming', '2026-10-29T13:00:00Z'), m('incoming', '2026-10-29T13:05:00Z', 'bot@acme.com')),
  // Sat 12:00 EDT → Sun 12:00 EST: 25 real hours over the DST night, 60 min over a 24 h target.
  t('t5', 'umbrella', 'Weekend escalation', m('incoming', '2026-10-31T16:00:00Z', 'ops@umbrella.com'), m('outgoing', '2026-11-01T17:00:00Z')),
  // Sun 20:00Z → 04:30Z Monday, which is still Sunday 23:30 EST: in this week, 510 min.
  t('t6', 'umbrella', 'Late Sunday', m('incoming', '2026-11-01T20:00:00Z', 'ops@umbrella.com'), m('outgoing', '2026-11-02T04:30:00Z')),
  // Initech: last written to Thu 15 Oct 10:00 EDT, cadence 14 days → quiet from Thu 29 Oct 10:00.
  t('t7', 'initech', 'Check-in', m('incoming', '2026-10-14T14:00:00Z', 'pat@initech.com'), m('outgoing', '2026-10-15T14:00:00Z')),
];

const isCustomerMessage = (msg: ThreadMessage) => !msg.from.startsWith('bot@');
const review = (day: string, now = NOW, input: { followUps?: ReviewFollowUp[]; threads?: ReviewThread[] } = {}) =>
  weeklyReview({
    day,
    customers,
    followUps: input.followUps ?? followUps,
    threads: input.threads ?? threads,
    settings,
    schedule,
    isCustomerMessage,
    now,
  });

describe('the weekly review', () => {
  it('runs Monday to Sunday in the user’s zone, with the schedule’s working days and holidays', () => {
    const r = review('2026-10-29');
    expect(r.week).toMatchObject({ start: '2026-10-26', end: '2026-11-01', timeZone: 'America/New_York', current: false });
    expect(r.week.days.map((d) => [d.date.slice(8), d.working, d.holiday])).toEqual([
      ['26', true, null],
      ['27', true, null],
      ['28', true, null],
      ['29', true, null],
      ['30', false, 'Team day'],
      ['31', false, null],
      ['01', false, null],
    ]);
    expect(review('2026-11-01').week.start).toBe('2026-10-26');
    expect(review('2026-11-02', NOW).week.current).toBe(true);
  });

  it('judges the week’s promises by their date: on time, after a heads-up, late, date unknown, missed, dismissed', () => {
    const r = review('2026-10-26');
    expect(r.promises.totals).toEqual({
      'on-time': 3,
      'after-heads-up': 1,
      late: 1,
      undated: 1,
      missed: 2,
      open: 0,
      dismissed: 1,
    });
    expect(r.promises.rows.map((p) => [p.sentence, p.due, p.outcome])).toEqual([
      ['on time Monday', '2026-10-26', 'on-time'],
      ['apology after the date', '2026-10-26', 'missed'],
      ['on time late Tuesday evening', '2026-10-27', 'on-time'],
      ['edited date', '2026-10-27', 'on-time'],
      ['late', '2026-10-28', 'late'],
      ['dismissed', '2026-10-28', 'dismissed'],
      ['missed', '2026-10-29', 'missed'],
      ['re-dated with heads-up', '2026-10-29', 'after-heads-up'],
      ['done, from an old backup', '2026-10-29', 'undated'],
    ]);
    const headsUp = r.promises.rows.find((p) => p.sentence === 're-dated with heads-up')!;
    expect(headsUp).toMatchObject({ originalDue: '2026-10-28', doneOn: '2026-10-29', customer: 'Acme Corp' });
    expect(r.promises.rows.find((p) => p.sentence === 'apology after the date')!.originalDue).toBeNull();
    expect(r.promises.byDay.map(({ date, ...n }) => [date.slice(8), n])).toEqual([
      ['26', { onTime: 1, afterHeadsUp: 0, late: 0, missed: 1 }],
      ['27', { onTime: 2, afterHeadsUp: 0, late: 0, missed: 0 }],
      ['28', { onTime: 0, afterHeadsUp: 0, late: 1, missed: 0 }],
      ['29', { onTime: 0, afterHeadsUp: 1, late: 0, missed: 1 }],
      ['30', { onTime: 0, afterHeadsUp: 0, late: 0, missed: 0 }],
      ['31', { onTime: 0, afterHeadsUp: 0, late: 0, missed: 0 }],
      ['01', { onTime: 0, afterHeadsUp: 0, late: 0, missed: 0 }],
    ]);
  });

  it('a heads-up moves the promise into the week of its new date; kept late after a heads-up is late', () => {
    const next = review('2026-11-03', new Date('2026-11-05T17:00:00Z'));
    expect(next.promises.rows.map((p) => [p.sentence, p.outcome])).toEqual([
      ['due next week', 'missed'],
      ['moved to next week', 'missed'],
    ]);
    const lateAfterHeadsUp = fu('late anyway', 'done', '2026-10-29', '2026-10-30T15:00:00.000Z', [
      { from: '2026-10-28', to: '2026-10-29', at: '2026-10-27T15:00:00.000Z', reason: 'heads-up' },
    ]);
    expect(review('2026-10-26', NOW, { followUps: [lateAfterHeadsUp] }).promises.rows[0]).toMatchObject({ outcome: 'late', originalDue: '2026-10-28' });
  });

  it('counts a promise re-dated by the heads-up flow itself and then marked done as kept after a heads-up', () => {
    const stored = followUp({ id: 'hu', due: '2026-10-28', state: 'open' });
    const moved = afterHeadsUp(stored, '2026-10-30', new Date('2026-10-27T15:00:00Z'));
    const done = transition(moved, { type: 'complete' }, new Date('2026-10-29T18:00:00Z'));
    const [row] = review('2026-10-26', NOW, { followUps: [done] }).promises.rows;
    expect(row).toMatchObject({ due: '2026-10-30', originalDue: '2026-10-28', outcome: 'after-heads-up', doneOn: '2026-10-29' });
  });

  it('a promise due later in the running week is open, not missed', () => {
    const wednesday = new Date('2026-10-28T16:00:00Z');
    const r = review('2026-10-28', wednesday, { followUps: [fu('due Thursday', 'open', '2026-10-29'), fu('due Tuesday', 'open', '2026-10-27')] });
    expect(r.week.current).toBe(true);
    expect(r.promises.totals).toMatchObject({ open: 1, missed: 1 });
  });

  it('gives reply times per customer and side against the target, counting a DST night as 25 hours', () => {
    expect(review('2026-10-26').replies).toEqual([
      { customerId: 'acme', customer: 'Acme Corp', side: 'firstReply', replies: 3, medianMinutes: 120, p90Minutes: 840, targetMinutes: 240, unit: 'businessHours', breaches: 2 },
      { customerId: 'acme', customer: 'Acme Corp', side: 'nextReply', replies: 1, medianMinutes: 30, p90Minutes: 30, targetMinutes: 480, unit: 'businessHours', breaches: 0 },
      { customerId: 'umbrella', customer: 'Umbrella', side: 'firstReply', replies: 2, medianMinutes: 510, p90Minutes: 1500, targetMinutes: 1440, unit: 'calendarHours', breaches: 1 },
    ]);
  });

  it('lists the week’s breaches, worst first, with a customer still waiting at the week’s end', () => {
    expect(review('2026-10-26').breaches.map((b) => [b.customer, b.subject, b.side, b.takenMinutes, b.overMinutes, b.repliedAt !== null])).toEqual([
      ['Acme Corp', 'Invoice question', 'firstReply', 840, 600, true],
      ['Acme Corp', 'Outage', 'firstReply', 480, 240, false],
      ['Umbrella', 'Weekend escalation', 'firstReply', 1500, 60, true],
    ]);
    // The next week: Outage still waits (Mon 2 Nov 09:00–12:00 adds 180), and Renewal's reply came.
    const next = review('2026-11-02');
    expect(next.breaches.map((b) => [b.subject, b.takenMinutes, b.overMinutes])).toEqual([['Outage', 660, 420]]);
    expect(next.replies.find((r) => r.side === 'nextReply')).toMatchObject({ replies: 1, medianMinutes: 180, breaches: 0 });
  });

  it('names the customers gone quiet by the week’s end, with what was known then', () => {
    expect(review('2026-10-26').quiet).toEqual([
      { customerId: 'initech', customer: 'Initech', cadenceDays: 14, lastOutgoingAt: '2026-10-15T14:00:00Z', dueSince: '2026-10-29T14:00:00.000Z', daysOverdue: 3 },
    ]);
    // The week before, Initech was within its cadence.
    expect(review('2026-10-19').quiet).toEqual([]);
  });

  it('a customer with no history shows nowhere, and a week with nothing in it is empty', () => {
    const r = review('2026-10-26');
    expect([...r.replies, ...r.breaches, ...r.quiet, ...r.promises.rows].some((x) => x.customer === 'Globex')).toBe(false);
    const empty = review('2026-06-01', NOW, { followUps: [], threads: [] });
    expect(empty.promises.rows).toEqual([]);
    expect(Object.values(empty.promises.totals).every((n) => n === 0)).toBe(true);
    expect([empty.replies, empty.breaches]).toEqual([[], []]);
  });
});
