import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { createHandlers } from '../../../lib/background/handlers';
import { createRouter, type Handlers } from '../../../lib/messaging/server';
import { createClient, MessagingError } from '../../../lib/messaging/client';
import { dumpStore, fillStore, freshName, sampleRecords } from '../../support/sample-store';
import { updateSettings } from '../../../lib/db/settings-store';
import { staleMarks } from '../../../lib/db/stale-store';

const clock = () => new Date('2026-11-22T10:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

function setup() {
  db = openDatabase(freshName());
  const handlers = createHandlers({ db, clock, version: '0.0.0-test' });
  const router = createRouter(handlers);
  const send = createClient(async (m) => router(m));
  return { handlers, router, send };
}

describe('router', () => {
  it.each([
    ['not an object', 'hello', 'bad-request', /Malformed message/],
    ['no type', { payload: {} }, 'bad-request', /type/],
    ['unknown type', { type: 'customers.nuke' }, 'unknown-type', /Unknown message type "customers.nuke"/],
    [
      'bad payload',
      { type: 'settings.update', payload: { change: { atRiskPercent: 150 } } },
      'bad-request',
      /Invalid "settings.update" message: change.atRiskPercent/,
    ],
    [
      'unknown field',
      { type: 'settings.update', payload: { change: { colour: 'red' } } },
      'bad-request',
      /colour/,
    ],
    ['bad account', { type: 'account.seen', payload: { accountId: 'nobody' } }, 'bad-request', /accountId/],
  ])('answers %s with an error and changes nothing', async (_name, message, code, text) => {
    const { router } = setup();
    await fillStore(db, sampleRecords());
    const before = await dumpStore(db);
    const reply = await router(message);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(reply?.ok === false && reply.error.message).toMatch(text);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('leaves InboxSDK’s own messages to InboxSDK’s listener', () => {
    const { router } = setup();
    expect(router({ type: 'inboxsdk__injectPageWorld' })).toBeUndefined();
  });

  it('reports a failing handler as an error reply, not a crash', async () => {
    const failing = { ping: vi.fn().mockRejectedValue(new Error('disk full')) } as unknown as Handlers;
    const reply = await createRouter(failing)({ type: 'ping' });
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'disk full' } });
  });

  it('refuses a handler result that breaks the protocol', async () => {
    const lying = { ping: async () => ({ version: 3 }) } as unknown as Handlers;
    const reply = await createRouter(lying)({ type: 'ping' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});

describe('typed client', () => {
  it('round-trips settings and accounts through the background handlers', async () => {
    const { send } = setup();
    expect((await send('ping')).schemaVersion).toBeGreaterThan(0);
    const updated = await send('settings.update', { change: { atRiskPercent: 60 } });
    expect(updated.atRiskPercent).toBe(60);
    expect((await send('settings.get')).atRiskPercent).toBe(60);
    await send('account.seen', { accountId: 'Sam@Northwind.example' });
    expect((await send('accounts.list')).map((a) => a.id)).toEqual(['sam@northwind.example']);
    expect(await send('store.counts', {})).toMatchObject({ accounts: 1, followUps: 0 });
  });

  it('throws a MessagingError with the background’s reason', async () => {
    const { send } = setup();
    const failure = await send('customers.get', { accountId: 'sam@northwind.example', id: 'nobody' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MessagingError);
    expect((failure as MessagingError).code).toBe('failed');
  });

  it('store.changed finishes the recompute a page’s own write left owed', async () => {
    const { send } = setup();
    await fillStore(db, sampleRecords());
    await updateSettings(db, { atRiskPercent: 50 });
    expect(await staleMarks(db)).toHaveLength(1);
    await send('store.changed');
    expect(await staleMarks(db)).toEqual([]);
  });

  it('data.delete empties one account, refuses an unconfirmed "everything", and recomputes the badge', async () => {
    db = openDatabase(freshName());
    const refreshAlerts = vi.fn(async () => undefined);
    const send = createClient(async (m) => createRouter(createHandlers({ db, clock, version: 't', refreshAlerts }))(m));
    const records = sampleRecords();
    await fillStore(db, records);
    const account = records.accounts[0]!.id;
    const deleted = await send('data.delete', { accountId: account });
    expect(deleted.customers).toBe(records.customers.filter((c) => c.accountId === account).length);
    expect(await db.customers.where('accountId').equals(account).count()).toBe(0);
    expect(refreshAlerts).toHaveBeenCalledOnce();
    await expect(send('data.delete', { everything: false } as never)).rejects.toThrow(MessagingError);
  });

  it('treats a missing reply as an error', async () => {
    const send = createClient(async () => undefined);
    await expect(send('ping')).rejects.toThrow(/No reply/);
  });
});
