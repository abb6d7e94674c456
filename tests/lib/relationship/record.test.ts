import { describe, expect, it } from 'vitest';
import { scheduleFromSettings } from '../../../lib/business-time';
import type { FollowUp } from '../../../lib/db/records';
import { customerRecord, type RecordThread } from '../../../lib/relationship/record';
import { defaultSettings } from '../../../lib/settings';
import type { ThreadMessage } from '../../../lib/thread-state';

// New York, 9–17 on weekdays (EST, UTC−5 in November); first reply 4 business hours, next 8.
const settings = { ...defaultSettings(), timeZone: 'America/New_York' };
const schedule = scheduleFromSettings(settings);
// Monday 30 November 2026, 12:00 in New York.
const NOW = new Date('2026-11-30T17:00:00Z');

type F = Pick<FollowUp, 'state' | 'due' | 'completedAt' | 'createdAt'>;
const f = (createdAt: string, state: F['state'], due: string | null, completedAt: string | null = null): F => ({
  createdAt: `${createdAt}T12:00:00.000Z`,
  state,
  due,
  completedAt,
});

let seq = 0;
const msg = (direction: ThreadMessage['direction'], sentAt: string, from = 'dana@acme.com'): ThreadMessage => ({
  messageId: `m${++seq}`,
  from: direction === 'outgoing' ? 'sam@northwind.example' : from,
  sentAt,
  direction,
});
const thread = (...messages: ThreadMessage[]): RecordThread => ({ thread: null, messages });

describe('the customer record', () => {
  it('counts promises kept on time, late, missed, open and dismissed, in the user’s time zone, over 30 and 90 days', () => {
    const followUps = [
      f('2026-11-20', 'done', '2026-11-24', '2026-11-24T22:00:00.000Z'), // on time
      f('2026-11-20', 'done', '2026-11-24', '2026-11-25T03:00:00.000Z'), // 22:00 on the 24th in New York: on time
      f('2026-11-20', 'done', '2026-11-24', '2026-11-25T15:00:00.000Z'), // the 25th: late
      f('2026-11-21', 'done', '2026-11-24'), // done, from an old backup with no completion time: date unknown
      f('2026-11-25', 'open', '2026-11-27'), // missed
      f('2026-11-26', 'open', '2026-12-02'), // not due yet
      f('2026-11-26', 'dismissed', '2026-12-02'),
      f('2026-11-27', 'suggested', '2026-12-01'), // not a promise yet
      f('2026-11-28', 'done', null, '2026-11-29T12:00:00.000Z'), // no due date: on time
      f('2026-09-15', 'done', '2026-09-20', '2026-09-18T12:00:00.000Z'), // 76 days ago
      f('2026-08-01', 'done', '2026-08-05', '2026-08-09T12:00:00.000Z'), // 121 days ago
    ];
    const record = customerRecord({ followUps, threads: [], customer: null, settings, schedule, now: NOW });
    expect(record.promises[30]).toEqual({ made: 7, keptOnTime: 3, keptLate: 1, keptUndated: 1, missed: 1, open: 1, dismissed: 1 });
    expect(record.promises[90]).toEqual({ made: 8, keptOnTime: 4, keptLate: 1, keptUndated: 1, missed: 1, open: 1, dismissed: 1 });
  });

  it('gives reply times in business minutes, first and next apart, with median, 90th percentile and breaches', () => {
    const threads: RecordThread[] = [
      thread(
        msg('incoming', '2026-11-23T14:00:00Z'), // Mon 09:00 → first reply at 11:00: 120 min
        msg('outgoing', '2026-11-23T16:00:00Z'),
        msg('incoming', '2026-11-24T14:00:00Z'), // Tue 09:00 → 15:00: 360 min
        msg('incoming', '2026-11-24T15:00:00Z', 'colleague@northwind.example'), // not the customer
        msg('outgoing', '2026-11-24T20:00:00Z'),
        msg('incoming', '2026-11-25T21:00:00Z'), // Wed 16:00 → Fri 10:00: 60 + 480 + 60 = 600 min, over 480
        msg('outgoing', '2026-11-27T15:00:00Z'),
      ),
      // Fri 14:00, still waiting on Monday at 12:00: 180 + 180 = 360 min, over the 240 of a first reply.
      thread(msg('incoming', '2026-11-27T19:00:00Z')),
      // Closed by a mark: no reply time.
      { thread: { mark: { kind: 'no-reply-needed', at: '2026-11-23T15:30:00.000Z' } }, messages: [msg('incoming', '2026-11-23T15:00:00Z')] },
      // Answered in August: outside the 90 days.
      thread(msg('incoming', '2026-08-03T14:00:00Z'), msg('outgoing', '2026-08-03T20:00:00Z')),
    ];
    const record = customerRecord({
      followUps: [],
      threads,
      customer: null,
      settings,
      schedule,
      isCustomerMessage: (m) => m.from.endsWith('@acme.com'),
      now: NOW,
    });
    expect(record.replies.firstReply).toEqual({
      replies: 1,
      medianMinutes: 120,
      p90Minutes: 120,
      targetMinutes: 240,
      unit: 'businessHours',
      breaches: 1,
    });
    expect(record.replies.nextReply).toEqual({
      replies: 2,
      medianMinutes: 360,
      p90Minutes: 600,
      targetMinutes: 480,
      unit: 'businessHours',
      breaches: 1,
    });
  });

  it('a customer with no history has nothing to count', () => {
    const record = customerRecord({ followUps: [], threads: [], customer: null, settings, schedule, now: NOW });
    expect(record.promises[90]).toEqual({ made: 0, keptOnTime: 0, keptLate: 0, keptUndated: 0, missed: 0, open: 0, dismissed: 0 });
    expect(record.replies.firstReply).toMatchObject({ replies: 0, medianMinutes: null, p90Minutes: null, breaches: 0 });
  });

  it('counts a reply across a holiday and a DST change by the working hours it took', () => {
    const s = scheduleFromSettings({ ...settings, holidays: [{ date: '2026-11-02', name: 'Bridge day' }] });
    // Fri 30 Oct 16:00 EDT (20:00Z) → Tue 3 Nov 10:00 EST (15:00Z): 60 + (Mon off) + 60 = 120 min.
    const record = customerRecord({
      followUps: [],
      threads: [thread(msg('incoming', '2026-10-30T20:00:00Z'), msg('outgoing', '2026-11-03T15:00:00Z'))],
      customer: null,
      settings,
      schedule: s,
      now: NOW,
    });
    expect(record.replies.firstReply).toMatchObject({ replies: 1, medianMinutes: 120, breaches: 0 });
  });
});
