import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/settings-store';
import { markThread, recordThreadObservation, snoozeThread } from '../../../lib/db/threads-store';
import { refreshAllThreadClocks } from '../../../lib/alerts/thread-clock';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, seedAccount } from '../../support/alerts-store';

// Monday 23 November 2026, New York (UTC-5): 09:00 local is 14:00Z.
const MON_9 = new Date('2026-11-23T14:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

const msg = (id: string, from: string, sentAt: string) => ({ messageId: id, from, to: [], cc: [], sentAt });

async function observe(messages: ReturnType<typeof msg>[], now = MON_9) {
  return recordThreadObservation(db, { accountId: ACCOUNT, threadId: 't1', subject: 'Quote', messages }, now);
}

describe('thread clocks kept in the store', () => {
  it('starts a first-reply clock at the customer’s message and recognises the customer', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    const thread = await observe([msg('a', '"Dana Reyes" <Dana@ACME.com>', '2026-11-23T14:00:00Z')]);
    expect(thread.customerId).toBe('acme');
    // 4 business hours from 09:00: at risk at 75 % (12:00 local), breached at 13:00 local.
    expect(thread.clock).toEqual({
      side: 'firstReply',
      since: '2026-11-23T14:00:00.000Z',
      sinceMessageId: 'a',
      atRiskAt: '2026-11-23T17:00:00.000Z',
      breachedAt: '2026-11-23T18:00:00.000Z',
      computedAt: MON_9.toISOString(),
    });
    expect(await db.messages.count()).toBe(1);
  });

  it.each([
    ['a colleague', 'lee@northwind.example'],
    ['an automated sender', 'noreply@acme.com'],
    ['a stranger', 'someone@elsewhere.example'],
  ])('starts no clock for %s', async (_who, from) => {
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    expect((await observe([msg('a', from, '2026-11-23T14:00:00Z')])).clock).toBeNull();
  });

  it('stops at the user’s reply and starts a next-reply clock at the next customer message', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    await observe([msg('a', 'dana@acme.com', '2026-11-23T14:00:00Z'), msg('b', ACCOUNT, '2026-11-23T15:00:00Z')]);
    expect((await db.threads.get([ACCOUNT, 't1']))?.clock).toBeNull();
    const again = await observe([msg('c', 'dana@acme.com', '2026-11-23T16:00:00Z')]);
    expect(again.clock).toMatchObject({ side: 'nextReply', sinceMessageId: 'c' });
  });

  it('stops when marked “answered elsewhere” and follows the settings when they change', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    await observe([msg('a', 'dana@acme.com', '2026-11-23T14:00:00Z')]);
    await updateSettings(db, { firstReplyTarget: { value: 2, unit: 'businessHours' } });
    await refreshAllThreadClocks(db, MON_9);
    expect((await db.threads.get([ACCOUNT, 't1']))?.clock?.breachedAt).toBe('2026-11-23T16:00:00.000Z');
    const marked = await markThread(db, { accountId: ACCOUNT, threadId: 't1', kind: 'answered-elsewhere' }, MON_9);
    expect(marked.clock).toBeNull();
  });

  it('writes nothing when a thread is opened again with nothing new', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    const first = await observe([msg('a', 'dana@acme.com', '2026-11-23T14:00:00Z')]);
    const again = await observe([msg('a', 'dana@acme.com', '2026-11-23T14:00:00Z')], new Date('2026-11-23T15:00:00Z'));
    expect(again.updatedAt).toBe(first.updatedAt);
  });

  it('ends a snooze when the customer writes again', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    await observe([msg('a', 'dana@acme.com', '2026-11-23T14:00:00Z')]);
    const snoozed = await snoozeThread(
      db,
      { accountId: ACCOUNT, threadId: 't1', until: '2026-11-25T14:00:00.000Z' },
      new Date('2026-11-23T15:00:00Z'),
    );
    expect(snoozed.snoozedUntil).toBe('2026-11-25T14:00:00.000Z');
    const later = new Date('2026-11-23T16:00:00Z');
    const after = await observe([msg('b', 'dana@acme.com', '2026-11-23T15:30:00Z')], later);
    expect(after.snoozedUntil).toBeNull();
    expect(after.clock?.sinceMessageId).toBe('a');
  });
});

describe('clocks follow the customer book', () => {
  it('starts the clock of a waiting thread when its sender’s company becomes a customer, and stops it on delete', async () => {
    const { createHandlers } = await import('../../../lib/background/handlers');
    const { createRouter } = await import('../../../lib/messaging/server');
    const { createClient } = await import('../../../lib/messaging/client');
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    const send = createClient(async (m) => createRouter(createHandlers({ db, clock: () => MON_9, version: 't' }))(m));
    await observe([msg('a', 'kim@initech.example', '2026-11-23T14:00:00Z')]);
    expect((await db.threads.get([ACCOUNT, 't1']))?.clock).toBeNull();

    const saved = await send('customers.save', {
      accountId: ACCOUNT,
      name: 'Initech',
      tier: 'Key',
      domains: ['initech.example'],
      contacts: [],
    });
    const thread = await db.threads.get([ACCOUNT, 't1']);
    expect(thread?.customerId).toBe(saved.customer.id);
    expect(thread?.clock?.side).toBe('firstReply');

    await send('customers.delete', { accountId: ACCOUNT, ids: [saved.customer.id] });
    expect((await db.threads.get([ACCOUNT, 't1']))?.clock).toBeNull();
  });
});

describe('the customer index behind the clocks', () => {
  it('is read once and read again after the book or the settings change', async () => {
    const { loadClockContext } = await import('../../../lib/alerts/thread-clock');
    db = openDatabase(freshName());
    await seedAccount(db, MON_9);
    const first = loadClockContext(db, ACCOUNT);
    expect(loadClockContext(db, ACCOUNT)).toBe(first);
    await db.contacts.put({ accountId: ACCOUNT, email: 'kim@gmail.com', customerId: 'acme', name: 'Kim', role: '' });
    const second = loadClockContext(db, ACCOUNT);
    expect(second).not.toBe(first);
    expect((await second).index.contactByEmail.get('kim@gmail.com')).toBe('acme');
    await updateSettings(db, { atRiskPercent: 50 });
    expect((await loadClockContext(db, ACCOUNT)).settings.atRiskPercent).toBe(50);
  });
});
