import { describe, expect, it } from 'vitest';
import type { AttentionListItem } from '../../lib/messaging/alerts-protocol';
import { badgeSummary, triageSections, waitingText, type Suggestion } from '../../lib/triage';

function item(kind: AttentionListItem['kind'], accountId: string, key: string): AttentionListItem {
  return {
    accountId,
    kind,
    key,
    level: kind === 'thread' ? 'breached' : 'overdue',
    threadId: `th-${key}`,
    followUpId: kind === 'thread' ? null : key,
    customerId: null,
    customerName: null,
    title: key,
    since: null,
    due: null,
    countsOnBadge: true,
    rank: 0,
    contact: null,
    elapsedMinutes: null,
    targetMinutes: null,
    sentence: null,
  };
}

describe('the header that explains the badge', () => {
  const t = (waiting: number, promisesDue: number) => ({ waiting, promisesDue });
  it.each<[string, ReturnType<typeof t>[], string]>([
    ['nothing', [], 'Nobody is waiting and no promise is due'],
    ['nothing counted', [t(0, 0)], 'Nobody is waiting and no promise is due'],
    ['one of each', [t(1, 1)], '1 customer waiting · 1 promise due'],
    ['two accounts, summed', [t(2, 1), t(1, 0)], '3 customers waiting · 1 promise due'],
    ['promises only', [t(0, 2)], '2 promises due'],
  ])('%s', (_name, totals, expected) => {
    expect(badgeSummary(totals)).toBe(expected);
  });
});

describe('how long a customer has waited', () => {
  it.each<[number | null, number | null, string | null]>([
    [312, 240, 'waiting 5 h 12 min of 4 h'],
    [240, 240, 'waiting 4 h of 4 h'],
    [200, 240, '40 min left of 4 h'],
    [null, 240, null],
  ])('%s of %s minutes', (elapsed, target, expected) => {
    expect(waitingText(elapsed, target)).toBe(expected);
  });
});

describe('sections per account', () => {
  it('puts each item in its account’s group, keeping the given order, accounts alphabetical', () => {
    const suggestion = { accountId: 'b@x.example', id: 's1' } as Suggestion;
    const sections = triageSections(
      [
        item('thread', 'b@x.example', 't1'),
        item('follow-up', 'a@x.example', 'f1'),
        item('thread', 'b@x.example', 't2'),
      ],
      [suggestion],
    );
    expect(
      sections.map((s) => [
        s.accountId,
        s.waiting.map((i) => i.key),
        s.promises.map((i) => i.key),
        s.toConfirm.length,
      ]),
    ).toEqual([
      ['a@x.example', [], ['f1'], 0],
      ['b@x.example', ['t1', 't2'], [], 1],
    ]);
  });

  it('takes the totals of a first screen from the background’s counts', () => {
    const sections = triageSections(
      [item('thread', 'a@x.example', 't1')],
      [],
      [
        { accountId: 'a@x.example', waiting: 40, promises: 12, promisesDue: 9, quiet: 0 },
        { accountId: 'quiet@x.example', waiting: 0, promises: 0, promisesDue: 0, quiet: 0 },
      ],
    );
    expect(sections.map((s) => [s.accountId, s.waitingTotal, s.promisesTotal])).toEqual([
      ['a@x.example', 40, 12],
    ]);
  });
});
