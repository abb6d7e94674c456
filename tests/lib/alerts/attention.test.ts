import { afterEach, describe, expect, it } from 'vitest';
import { readAttention, type AttentionItem } from '../../../lib/alerts/attention';
import { BADGE_AMBER, BADGE_RED, badgeAccounts, badgeFor } from '../../../lib/alerts/badge';
import { countAttention } from '../../../lib/alerts/counts';
import { gmailThreadUrl, itemsToAnnounce, notificationId, threadOfNotification } from '../../../lib/alerts/notifications';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import type { Customer, Thread } from '../../../lib/db/records';
import { readSettings } from '../../../lib/db/settings-store';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, customerWrote, followUp, seedAccount } from '../../support/alerts-store';

// Friday 27 November 2026, 12:00 in New York.
const NOW = new Date('2026-11-27T17:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

function thread(id: string, clock: Thread['clock'], extra: Partial<Thread> = {}): Thread {
  return {
    accountId: ACCOUNT,
    threadId: id,
    subject: `Subject ${id}`,
    customerId: 'acme',
    mark: null,
    snoozedUntil: null,
    snoozedAt: null,
    clock,
    messageCount: null,
    updatedAt: NOW.toISOString(),
    ...extra,
  };
}
const clock = (atRiskAt: string, breachedAt: string) => ({
  side: 'firstReply' as const,
  since: '2026-11-27T14:00:00.000Z',
  sinceMessageId: 'm',
  atRiskAt,
  breachedAt,
  computedAt: '2026-11-27T14:00:00.000Z',
});

describe('attention list', () => {
  it.each<[string, Thread, AttentionItem['level'] | null]>([
    ['breached', thread('t1', clock('2026-11-27T16:00:00.000Z', '2026-11-27T16:30:00.000Z')), 'breached'],
    ['at risk', thread('t2', clock('2026-11-27T16:00:00.000Z', '2026-11-27T18:00:00.000Z')), 'at-risk'],
    ['within target', thread('t3', clock('2026-11-27T18:00:00.000Z', '2026-11-27T19:00:00.000Z')), null],
    ['answered', thread('t4', null), null],
    [
      'snoozed',
      thread('t5', clock('2026-11-27T16:00:00.000Z', '2026-11-27T16:30:00.000Z'), {
        snoozedUntil: '2026-11-30T14:00:00.000Z',
      }),
      null,
    ],
    [
      'snooze over',
      thread('t6', clock('2026-11-27T16:00:00.000Z', '2026-11-27T16:30:00.000Z'), {
        snoozedUntil: '2026-11-27T16:59:00.000Z',
      }),
      'breached',
    ],
  ])('a thread %s', async (_name, row, level) => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.threads.put(row);
    const items = await readAttention(db, await readSettings(db), NOW);
    expect(items.map((i) => i.level)).toEqual(level ? [level] : []);
  });

  it.each<[string, Parameters<typeof followUp>[0], AttentionItem['level'] | null]>([
    ['overdue', { id: 'f1', due: '2026-11-26', state: 'open' }, 'overdue'],
    ['due today', { id: 'f2', due: '2026-11-27', state: 'open' }, 'due-today'],
    // Friday is the last working day before a Monday due date: time for a heads-up.
    ['due Monday', { id: 'f3', due: '2026-11-30', state: 'open' }, 'follow-up-at-risk'],
    ['due Tuesday', { id: 'f4', due: '2026-12-01', state: 'open' }, null],
    ['done', { id: 'f5', due: '2026-11-20', state: 'done' }, null],
    ['still a suggestion', { id: 'f6', due: '2026-11-20', state: 'suggested' }, null],
    ['without a date', { id: 'f7', due: null, state: 'open' }, null],
    ['snoozed', { id: 'f8', due: '2026-11-20', state: 'open', snoozedUntil: '2026-11-28T00:00:00.000Z' }, null],
  ])('a follow-up %s', async (_name, partial, level) => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.put(followUp(partial));
    const items = await readAttention(db, await readSettings(db), NOW);
    expect(items.map((i) => i.level)).toEqual(level ? [level] : []);
  });

  it('lists the worst first', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.bulkPut([
      followUp({ id: 'today', due: '2026-11-27', state: 'open' }),
      followUp({ id: 'late', due: '2026-11-25', state: 'open' }),
    ]);
    await db.threads.put(thread('t1', clock('2026-11-27T16:00:00.000Z', '2026-11-27T16:30:00.000Z')));
    const items = await readAttention(db, await readSettings(db), NOW);
    expect(items.map((i) => i.level)).toEqual(['breached', 'overdue', 'due-today']);
  });
});

describe('what the popup says about each item', () => {
  it.each<[string, Partial<Customer>, { elapsed: number; target: number }]>([
    // Acme is Standard (no tier targets): the default first reply, 4 business hours; 9:00 to 12:00 is 3 h.
    ['the default target', {}, { elapsed: 180, target: 240 }],
    ['the customer’s own target, in calendar hours', { targets: { firstReply: { value: 2, unit: 'calendarHours' } } }, { elapsed: 180, target: 120 }],
  ])('a waiting customer: who wrote, how long they waited, of what target (%s)', async (_name, customer, expected) => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.customers.update([ACCOUNT, 'acme'], customer);
    await customerWrote(db, { threadId: 't1', subject: 'Invoice', from: '"Dana Reyes" <dana@acme.com>', sentAt: '2026-11-27T14:00:00.000Z' }, NOW);
    const [item] = await readAttention(db, await readSettings(db), NOW);
    expect(item).toMatchObject({
      kind: 'thread',
      title: 'Invoice',
      contact: expect.stringContaining('dana@acme.com'),
      elapsedMinutes: expected.elapsed,
      targetMinutes: expected.target,
      sentence: null,
    });
  });

  it('a promise: the sentence it came from', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.put(followUp({ id: 'f1', due: '2026-11-26', state: 'open' }));
    const [item] = await readAttention(db, await readSettings(db), NOW);
    expect(item).toMatchObject({ sentence: "I'll send item f1.", contact: null, elapsedMinutes: null });
  });
});

describe('badge', () => {
  const counts = (threadsAtRisk: number, threadsBreached: number, followUpsDue: number, followUpsOverdue: number) => ({
    threadsAtRisk,
    threadsBreached,
    followUpsDue,
    followUpsOverdue,
  });
  it.each<[string, ReturnType<typeof counts>, string, string | null, string]>([
    ['nothing', counts(0, 0, 0, 0), '', null, 'Follow-through'],
    ['at risk', counts(1, 0, 0, 0), '1', BADGE_AMBER, 'Follow-through: 1 customer close to the target'],
    ['due today', counts(1, 0, 1, 0), '2', BADGE_AMBER, 'Follow-through: 1 customer close to the target, 1 promise due today'],
    ['breached', counts(2, 1, 0, 0), '2!', BADGE_RED, 'Follow-through: 1 customer waiting past the target, 1 customer close to the target'],
    ['overdue', counts(0, 0, 2, 1), '2!', BADGE_RED, 'Follow-through: 1 promise overdue, 1 promise due today'],
    ['beyond two digits', counts(150, 0, 0, 0), '99+', BADGE_AMBER, 'Follow-through: 150 customers close to the target'],
    ['beyond two digits, late', counts(150, 3, 0, 0), '99+!', BADGE_RED, 'Follow-through: 3 customers waiting past the target, 147 customers close to the target'],
  ])('%s: severity in the text and the tooltip, not only the colour', (_name, c, text, color, title) => {
    expect(badgeFor(c)).toEqual({ text, color, title });
  });

  it('counts one account or all of them, as the settings say', () => {
    expect(badgeAccounts('all', ['a@x.example', 'b@y.example'])).toEqual(['a@x.example', 'b@y.example']);
    expect(badgeAccounts('b@y.example', ['a@x.example', 'b@y.example'])).toEqual(['b@y.example']);
  });
});

describe('counting through indexes', () => {
  it('agrees with the attention list, leaves snoozed items out and keeps to the accounts asked', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await seedAccount(db, NOW, 'other@northwind.example');
    const breached = clock('2026-11-27T16:00:00.000Z', '2026-11-27T16:30:00.000Z');
    const atRisk = clock('2026-11-27T16:00:00.000Z', '2026-11-27T18:00:00.000Z');
    await db.threads.bulkPut([
      thread('t1', breached),
      thread('t2', atRisk),
      thread('t3', clock('2026-11-27T18:00:00.000Z', '2026-11-27T19:00:00.000Z')),
      thread('t4', breached, { snoozedUntil: '2026-11-30T14:00:00.000Z' }),
      thread('t5', breached, { accountId: 'other@northwind.example' }),
    ]);
    await db.followUps.bulkPut([
      followUp({ id: 'late', due: '2026-11-26', state: 'open' }),
      followUp({ id: 'today', due: '2026-11-27', state: 'open' }),
      followUp({ id: 'monday', due: '2026-11-30', state: 'open' }),
      followUp({ id: 'snoozed', due: '2026-11-20', state: 'open', snoozedUntil: '2026-11-28T00:00:00.000Z' }),
      followUp({ id: 'done', due: '2026-11-20', state: 'done' }),
    ]);
    const counts = await countAttention(db, { accounts: [ACCOUNT], now: NOW, today: '2026-11-27' });
    expect(counts).toEqual({ threadsAtRisk: 2, threadsBreached: 1, followUpsDue: 2, followUpsOverdue: 1 });
    const listed = (await readAttention(db, await readSettings(db), NOW)).filter(
      (i) => i.accountId === ACCOUNT && i.countsOnBadge,
    );
    expect(listed).toHaveLength(counts.threadsAtRisk + counts.followUpsDue);
    const both = await countAttention(db, { accounts: [ACCOUNT, 'other@northwind.example'], now: NOW, today: '2026-11-27' });
    expect(both.threadsBreached).toBe(2);
  });
});

describe('notifications', () => {
  it('announces breached and overdue items not announced before', () => {
    const base = { accountId: ACCOUNT, threadId: 't', followUpId: null, customerId: null, title: '', since: null, due: null, countsOnBadge: true, rank: 0, contact: null, elapsedMinutes: null, targetMinutes: null, sentence: null };
    const items: AttentionItem[] = [
      { ...base, kind: 'thread', key: 'a', level: 'breached' },
      { ...base, kind: 'thread', key: 'b', level: 'at-risk' },
      { ...base, kind: 'follow-up', key: 'c', level: 'overdue' },
    ];
    const announced = [{ accountId: ACCOUNT, itemKey: 'a', state: 'breached' as const, notifiedAt: NOW.toISOString() }];
    expect(itemsToAnnounce(items, announced).map((i) => i.key)).toEqual(['c']);
  });

  it('opens the thread in the right Gmail account from the notification id alone', () => {
    const id = notificationId({ accountId: 'sam.private@gmail.com', threadId: '18c1f0a2', key: 'k' });
    const target = threadOfNotification(id);
    expect(target).toEqual({ accountId: 'sam.private@gmail.com', threadId: '18c1f0a2' });
    expect(gmailThreadUrl(target!.accountId, target!.threadId)).toBe(
      'https://mail.google.com/mail/u/sam.private%40gmail.com/#all/18c1f0a2',
    );
    expect(threadOfNotification('someone-else')).toBeNull();
  });
});

describe('a first screen for the popup', () => {
  it('reads only the worst `limit` of each group and counts them all', async () => {
    const { attentionTotals } = await import('../../../lib/alerts/attention');
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    const breached = clock('2026-11-27T15:00:00.000Z', '2026-11-27T16:00:00.000Z');
    const atRisk = clock('2026-11-27T16:00:00.000Z', '2026-11-27T18:00:00.000Z');
    await db.threads.bulkPut([
      thread('risk1', atRisk),
      thread('late1', breached),
      thread('late2', { ...breached, breachedAt: '2026-11-27T15:30:00.000Z' }),
      thread('late3', breached, { snoozedUntil: '2026-11-30T14:00:00.000Z' }),
    ]);
    await db.followUps.bulkPut([
      followUp({ id: 'today', due: '2026-11-27', state: 'open' }),
      followUp({ id: 'late', due: '2026-11-25', state: 'open' }),
      followUp({ id: 'monday', due: '2026-11-30', state: 'open' }),
      followUp({ id: 'snoozed', due: '2026-11-20', state: 'open', snoozedUntil: '2026-11-28T00:00:00.000Z' }),
    ]);
    const settings = await readSettings(db);
    const full = await readAttention(db, settings, NOW);
    const first = await readAttention(db, settings, NOW, { limit: 2 });
    // The two breached threads (the one longest past its target first), the two worst promises.
    expect(first.map((i) => i.threadId)).toEqual(['late1', 'late2', 'th-late', 'th-today']);
    expect(full.map((i) => i.threadId)).toEqual(['late1', 'late2', 'th-late', 'risk1', 'th-today', 'th-monday']);
    expect(await attentionTotals(db, settings, NOW)).toEqual([{ accountId: ACCOUNT, waiting: 3, promises: 3, promisesDue: 2, quiet: 0 }]);
  });
});
