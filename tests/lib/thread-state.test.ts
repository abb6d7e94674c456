import { describe, it, expect } from 'vitest';
import { scheduleFromSettings } from '../../lib/business-time';
import { defaultSettings } from '../../lib/settings';
import type { Settings } from '../../lib/settings';
import { resolveTarget, threadNeedsAttention, threadState } from '../../lib/thread-state';
import type { TargetCustomer, ThreadMessage, ThreadRecord, ThreadState, ThreadStateInput } from '../../lib/thread-state';

// New York, 9–17 on weekdays; defaults: first reply 4 business hours, next reply 8, at risk from 75 %.
const settings: Settings = {
  ...defaultSettings(),
  timeZone: 'America/New_York',
  tiers: [
    { name: 'Strategic', targets: { firstReply: { value: 1, unit: 'businessHours' } }, cadenceDays: null },
    { name: 'Standard', targets: {}, cadenceDays: null },
  ],
};
const schedule = scheduleFromSettings(settings);

let seq = 0;
const msg = (direction: ThreadMessage['direction'], sentAt: string, from?: string): ThreadMessage => ({
  messageId: `m${++seq}`,
  from: from ?? (direction === 'incoming' ? 'dana@acme.com' : 'me@example.com'),
  sentAt,
  direction,
});
const inc = (sentAt: string, from?: string) => msg('incoming', sentAt, from);
const out = (sentAt: string) => msg('outgoing', sentAt);

// Monday 2 June 2025, EDT (UTC−4): 10:00 local is 14:00Z.
const MON_10 = '2025-06-02T14:00:00.000Z';
const MON_11 = '2025-06-02T15:00:00.000Z';
const MON_12 = '2025-06-02T16:00:00.000Z';
const MON_13_30 = '2025-06-02T17:30:00.000Z';
const MON_14 = '2025-06-02T18:00:00.000Z';

const noThread: ThreadRecord = { mark: null, snoozedUntil: null, updatedAt: '2025-06-01T00:00:00.000Z' };

function run(partial: Partial<ThreadStateInput> & Pick<ThreadStateInput, 'messages' | 'now'>): ThreadState {
  return threadState({ thread: noThread, customer: null, settings, schedule, ...partial });
}

describe('threadState: the reply clock', () => {
  const cases: {
    name: string;
    input: Partial<ThreadStateInput> & Pick<ThreadStateInput, 'messages' | 'now'>;
    expected: Record<string, unknown>;
  }[] = [
    { name: 'no messages', input: { messages: [], now: new Date(MON_11) }, expected: { awaiting: false, reason: 'no-customer-message' } },
    {
      name: 'earlier messages Gmail shows but nobody opened: never a first reply, the next-reply target',
      input: { messages: [inc(MON_10)], unseenMessages: 2, now: new Date(MON_11) },
      expected: { awaiting: true, side: 'nextReply', unseenMessages: 2, targetMinutes: 480, since: new Date(MON_10) },
    },
    {
      name: 'a negative count (more stored than Gmail shows now) is no unseen message',
      input: { messages: [inc(MON_10)], unseenMessages: -1, now: new Date(MON_11) },
      expected: { awaiting: true, side: 'firstReply', unseenMessages: 0 },
    },
    { name: 'only our own message', input: { messages: [out(MON_10)], now: new Date(MON_11) }, expected: { awaiting: false, reason: 'no-customer-message' } },
    {
      name: 'one customer message: first reply, ok',
      input: { messages: [inc(MON_10)], now: new Date(MON_11) },
      expected: {
        awaiting: true,
        side: 'firstReply',
        since: new Date(MON_10),
        targetSource: 'default',
        targetMinutes: 240,
        elapsedMinutes: 60,
        remainingMinutes: 180,
        status: 'ok',
        atRiskAt: new Date('2025-06-02T17:00:00Z'),
        breachedAt: new Date('2025-06-02T18:00:00Z'),
        snoozedUntil: null,
      },
    },
    { name: 'at risk from 75 %', input: { messages: [inc(MON_10)], now: new Date(MON_13_30) }, expected: { status: 'at-risk', elapsedMinutes: 210 } },
    { name: 'breached at 100 %', input: { messages: [inc(MON_10)], now: new Date(MON_14) }, expected: { status: 'breached', elapsedMinutes: 240, remainingMinutes: 0 } },
    {
      name: 'breached overnight, remaining goes negative',
      input: { messages: [inc(MON_10)], now: new Date('2025-06-03T14:00:00Z') },
      expected: { status: 'breached', elapsedMinutes: 480, remainingMinutes: -240 },
    },
    {
      name: 'further customer messages do not restart the clock',
      input: { messages: [inc(MON_11), inc(MON_10), inc(MON_12)], now: new Date(MON_13_30) },
      expected: { awaiting: true, since: new Date(MON_10), elapsedMinutes: 210 },
    },
    {
      name: 'our reply stops it',
      input: { messages: [inc(MON_10), out(MON_11)], now: new Date(MON_14) },
      expected: { awaiting: false, reason: 'answered', since: new Date(MON_11) },
    },
    {
      name: 'a reply at the same instant answers',
      input: { messages: [inc(MON_10), out(MON_10)], now: new Date(MON_14) },
      expected: { awaiting: false, reason: 'answered' },
    },
    {
      name: 'a customer message after our reply starts a next-reply clock',
      input: { messages: [inc(MON_10), out(MON_11), inc(MON_12), inc(MON_13_30)], now: new Date(MON_14) },
      expected: { awaiting: true, side: 'nextReply', since: new Date(MON_12), targetMinutes: 480, elapsedMinutes: 120, status: 'ok' },
    },
    {
      name: 'we wrote first: the customer answer is a next reply',
      input: { messages: [out(MON_10), inc(MON_11)], now: new Date(MON_12) },
      expected: { awaiting: true, side: 'nextReply' },
    },
    {
      name: '"no reply needed" stops the clock',
      input: { messages: [inc(MON_10)], thread: { ...noThread, mark: { kind: 'no-reply-needed', at: MON_11 } }, now: new Date(MON_14) },
      expected: { awaiting: false, reason: 'no-reply-needed', since: new Date(MON_11) },
    },
    {
      name: '"answered elsewhere" stops the clock',
      input: { messages: [inc(MON_10)], thread: { ...noThread, mark: { kind: 'answered-elsewhere', at: MON_11 } }, now: new Date(MON_14) },
      expected: { awaiting: false, reason: 'answered-elsewhere' },
    },
    {
      name: 'a customer message newer than the mark starts a next-reply clock',
      input: { messages: [inc(MON_10), inc(MON_12)], thread: { ...noThread, mark: { kind: 'answered-elsewhere', at: MON_11 } }, now: new Date(MON_14) },
      expected: { awaiting: true, side: 'nextReply', since: new Date(MON_12), elapsedMinutes: 120 },
    },
    {
      name: 'a mark older than our reply: answered',
      input: { messages: [inc(MON_10), out(MON_12)], thread: { ...noThread, mark: { kind: 'no-reply-needed', at: MON_11 } }, now: new Date(MON_14) },
      expected: { awaiting: false, reason: 'answered', since: new Date(MON_12) },
    },
    {
      name: 'messages failing the predicate are ignored (colleague, robot)',
      input: {
        messages: [inc(MON_10, 'ops@example.com'), inc(MON_11, 'noreply@acme.com'), inc(MON_12)],
        isCustomerMessage: (m) => m.from === 'dana@acme.com',
        now: new Date(MON_14),
      },
      expected: { awaiting: true, since: new Date(MON_12), elapsedMinutes: 120 },
    },
    {
      name: 'only ignored senders: nothing to answer',
      input: { messages: [inc(MON_10, 'ops@example.com')], isCustomerMessage: () => false, now: new Date(MON_14) },
      expected: { awaiting: false, reason: 'no-customer-message' },
    },
    {
      name: 'a weekend message waits for Monday 9:00',
      input: { messages: [inc('2025-06-07T15:00:00Z')], now: new Date('2025-06-09T14:00:00Z') },
      expected: { awaiting: true, elapsedMinutes: 60, breachedAt: new Date('2025-06-09T17:00:00Z') },
    },
    {
      name: 'customer target wins and may be in calendar hours',
      input: {
        messages: [inc('2025-06-06T20:00:00Z')],
        customer: { tier: 'Strategic', targets: { firstReply: { value: 24, unit: 'calendarHours' } } },
        now: new Date('2025-06-07T14:00:00Z'),
      },
      expected: { targetSource: 'customer', elapsedMinutes: 18 * 60, status: 'at-risk', breachedAt: new Date('2025-06-07T20:00:00Z') },
    },
    {
      name: 'tier target when the customer has none for this side',
      input: {
        messages: [inc(MON_10)],
        customer: { tier: 'strategic', targets: { nextReply: { value: 2, unit: 'businessHours' } } },
        now: new Date(MON_11),
      },
      expected: { targetSource: 'tier', targetMinutes: 60, status: 'breached' },
    },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(run(input)).toMatchObject(expected);
  });

  it('never breaches on a schedule without working hours', () => {
    const closed = scheduleFromSettings({ ...settings, workingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(run({ messages: [inc(MON_10)], schedule: closed, now: new Date('2026-06-02T00:00:00Z') })).toMatchObject({
      awaiting: true,
      elapsedMinutes: 0,
      status: 'ok',
      atRiskAt: null,
      breachedAt: null,
    });
  });
});

describe('threadState: snooze', () => {
  const until = '2025-06-03T13:00:00.000Z';
  const snoozed = (updatedAt: string): ThreadRecord => ({ mark: null, snoozedUntil: until, updatedAt });

  it.each([
    { name: 'hides the thread until the time', thread: snoozed(MON_11), messages: [inc(MON_10)], now: MON_14, hidden: true },
    { name: 'ends at the time', thread: snoozed(MON_11), messages: [inc(MON_10)], now: until, hidden: false },
    { name: 'ends with a customer message newer than the snooze', thread: snoozed(MON_11), messages: [inc(MON_10), inc(MON_12)], now: MON_14, hidden: false },
    {
      name: 'a snoozedAt passed in wins over updatedAt',
      thread: snoozed('2025-06-02T17:00:00.000Z'),
      messages: [inc(MON_10), inc(MON_12)],
      snoozedAt: new Date(MON_11),
      now: MON_14,
      hidden: false,
    },
    { name: 'an older customer message does not end it', thread: snoozed(MON_13_30), messages: [inc(MON_10), inc(MON_12)], now: MON_14, hidden: true },
  ])('$name', ({ thread, messages, now, hidden, ...rest }) => {
    const state = run({ thread, messages, now: new Date(now), ...rest });
    expect(state.awaiting).toBe(true);
    if (!state.awaiting) return;
    expect(state.snoozedUntil).toEqual(hidden ? new Date(until) : null);
    // The clock runs under a snooze: breached, but no alert while hidden.
    expect(state.status).toBe('breached');
    expect(threadNeedsAttention(state)).toBe(!hidden);
  });
});

describe('resolveTarget: customer, then tier, then default, per side', () => {
  const bh = (value: number) => ({ value, unit: 'businessHours' as const });
  const tiered: Settings = {
    ...settings,
    tiers: [
      { name: 'Key', targets: { firstReply: bh(2), nextReply: bh(6) }, cadenceDays: null },
      { name: 'Standard', targets: {}, cadenceDays: null },
    ],
  };
  const cases: { name: string; customer: TargetCustomer | null; side: 'firstReply' | 'nextReply'; value: number; source: string }[] = [
    { name: 'no customer: default first', customer: null, side: 'firstReply', value: 4, source: 'default' },
    { name: 'no customer: default next', customer: null, side: 'nextReply', value: 8, source: 'default' },
    { name: 'customer own', customer: { tier: 'Key', targets: { firstReply: bh(1) } }, side: 'firstReply', value: 1, source: 'customer' },
    { name: 'tier when the customer lacks that side', customer: { tier: 'Key', targets: { firstReply: bh(1) } }, side: 'nextReply', value: 6, source: 'tier' },
    { name: 'tier names match case-insensitively', customer: { tier: 'key', targets: {} }, side: 'firstReply', value: 2, source: 'tier' },
    { name: 'tier without targets: default', customer: { tier: 'Standard', targets: {} }, side: 'nextReply', value: 8, source: 'default' },
    { name: 'unknown tier: default', customer: { tier: 'Gone', targets: {} }, side: 'firstReply', value: 4, source: 'default' },
  ];
  it.each(cases)('$name', ({ customer, side, value, source }) => {
    const r = resolveTarget(side, customer, tiered);
    expect(r.target.value).toBe(value);
    expect(r.source).toBe(source);
  });
});
