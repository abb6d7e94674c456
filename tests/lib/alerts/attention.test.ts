import { afterEach, describe, expect, it } from 'vitest';
import { readAttention, type AttentionItem } from '../../../lib/alerts/attention';
import { BADGE_AMBER, BADGE_RED, badgeFor } from '../../../lib/alerts/badge';
import { gmailThreadUrl, itemsToAnnounce, notificationId, threadOfNotification } from '../../../lib/alerts/notifications';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import type { Thread } from '../../../lib/db/records';
import { readSettings } from '../../../lib/db/settings-store';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, followUp, seedAccount } from '../../support/alerts-store';

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

describe('badge', () => {
  const item = (level: AttentionItem['level'], accountId = ACCOUNT): AttentionItem => ({
    accountId,
    kind: level === 'breached' || level === 'at-risk' ? 'thread' : 'follow-up',
    key: `${level}-${accountId}`,
    level,
    threadId: 't',
    followUpId: null,
    customerId: null,
    title: '',
    since: null,
    due: null,
    countsOnBadge: level !== 'follow-up-at-risk',
    rank: 0,
  });
  it.each<[string, AttentionItem['level'][], string, string | null]>([
    ['nothing', [], '', null],
    ['only a heads-up', ['follow-up-at-risk'], '', null],
    ['at risk', ['at-risk'], '1', BADGE_AMBER],
    ['due today', ['due-today', 'at-risk'], '2', BADGE_AMBER],
    ['breached', ['breached', 'at-risk'], '2', BADGE_RED],
    ['overdue', ['overdue', 'due-today', 'follow-up-at-risk'], '2', BADGE_RED],
  ])('%s', (_name, levels, text, color) => {
    expect(badgeFor(levels.map((l) => item(l)), 'all')).toEqual({ text, color });
  });

  it('counts one account or all of them, as the settings say', () => {
    const items = [item('breached'), item('at-risk', 'sam.private@gmail.com')];
    expect(badgeFor(items, 'all').text).toBe('2');
    expect(badgeFor(items, 'sam.private@gmail.com')).toEqual({ text: '1', color: BADGE_AMBER });
  });

  it('shows 99+ beyond two digits', () => {
    expect(badgeFor(Array.from({ length: 120 }, (_, i) => ({ ...item('at-risk'), key: `k${i}` })), 'all').text).toBe('99+');
  });
});

describe('notifications', () => {
  it('announces breached and overdue items not announced before', () => {
    const base = { accountId: ACCOUNT, threadId: 't', followUpId: null, customerId: null, title: '', since: null, due: null, countsOnBadge: true, rank: 0 };
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
