/**
 * Issue 14, point 1: a write and the duty to recompute the clocks it moves are durable
 * together. Each case does only the store write a handler starts with, as if the service
 * worker died right after it, then starts a new worker on the same database: its first
 * alerts run must finish the recompute and set the badge right.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBackup } from '../../../lib/backup';
import { backupText } from '../../../lib/backup-file';
import { BADGE_RED } from '../../../lib/alerts/badge';
import { createAlertsService } from '../../../lib/background/alerts-service';
import { createHandlers } from '../../../lib/background/handlers';
import { customerDraftSchema } from '../../../lib/customers/book';
import { projectRows } from '../../../lib/customers/csv/transfer';
import { parseCsvText } from '../../../lib/customers/csv/parse';
import { detectLayout } from '../../../lib/customers/csv/layouts';
import {
  applyCustomerImport,
  deleteCustomers,
  planCustomerImport,
  restoreCustomers,
  saveCustomer,
} from '../../../lib/db/customers-store';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { readSettings, updateSettings } from '../../../lib/db/settings-store';
import { staleMarks } from '../../../lib/db/stale-store';
import { createClient } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/server';
import { recordThreadObservation } from '../../../lib/db/threads-store';
import { ACCOUNT, seedAccount } from '../../support/alerts-store';
import { freshName } from '../../support/sample-store';

// Monday 23 November 2026, New York: Acme wrote at 09:00; at 10:30 a 4-hour target is fine
// and a 1-hour target is breached.
const MON_9 = new Date('2026-11-23T14:00:00Z');
const MON_1030 = new Date('2026-11-23T15:30:00Z');
const clock = () => MON_1030;
const dbs: FollowThroughDB[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

function open(name: string) {
  const db = openDatabase(name);
  dbs.push(db);
  return db;
}

/** A new service worker on the same database: nothing in memory, one alerts run. */
async function restart(name: string, crashed: FollowThroughDB) {
  crashed.close();
  dbs.splice(dbs.indexOf(crashed), 1);
  const db = open(name);
  const badges: { text: string; color: string | null; title: string }[] = [];
  await createAlertsService({
    db,
    clock,
    outputs: { setBadge: async (b) => void badges.push(b), notify: async () => {} },
  }).refresh();
  return { db, badge: badges.at(-1) };
}

/** Acme (acme.com) waited since 09:00 on t1; Globex (globex.com) on t2, not yet a customer. */
async function store(name: string, firstReplyHours = 4) {
  const db = open(name);
  await seedAccount(db, MON_9);
  await updateSettings(db, { firstReplyTarget: { value: firstReplyHours, unit: 'businessHours' } });
  for (const [threadId, from] of [['t1', 'dana@acme.com'], ['t2', 'li@globex.com']] as const) {
    const messages = [{ messageId: `${threadId}-a`, from, to: [ACCOUNT], cc: [], sentAt: MON_9.toISOString() }];
    await recordThreadObservation(db, { accountId: ACCOUNT, threadId, subject: 'Quote', messages }, MON_9);
  }
  await createAlertsService({ db, clock, outputs: { setBadge: async () => {}, notify: async () => {} } }).refresh();
  expect(await staleMarks(db)).toEqual([]);
  return db;
}

const globexDraft = () =>
  customerDraftSchema.parse({ accountId: ACCOUNT, name: 'Globex', tier: 'Standard', domains: ['globex.com'], contacts: [] });
const deps = () => ({ now: MON_1030, newId: () => crypto.randomUUID() });

const writes: {
  name: string;
  hours: number;
  write: (db: FollowThroughDB) => Promise<unknown>;
  /** Threads with a breached clock after the recompute. */
  breached: string[];
}[] = [
  {
    name: 'settings.update (target 4 h → 1 h)',
    hours: 4,
    write: (db) => updateSettings(db, { firstReplyTarget: { value: 1, unit: 'businessHours' } }),
    breached: ['t1'],
  },
  {
    name: 'customers.save (Globex becomes a customer)',
    hours: 1,
    write: (db) => saveCustomer(db, globexDraft(), deps()),
    breached: ['t1', 't2'],
  },
  {
    name: 'customers.delete (Acme removed)',
    hours: 1,
    write: (db) => deleteCustomers(db, ACCOUNT, ['acme']),
    breached: [],
  },
  {
    name: 'customers.restore (Globex put back by an undo)',
    hours: 1,
    write: async (db) => {
      const saved = await saveCustomer(db, globexDraft(), deps());
      const deleted = await deleteCustomers(db, ACCOUNT, [saved.customer.id]);
      return restoreCustomers(db, ACCOUNT, deleted, MON_1030);
    },
    breached: ['t1', 't2'],
  },
  {
    name: 'customers.import.apply (a CSV row makes Globex a customer)',
    hours: 1,
    write: async (db) => {
      const parsed = parseCsvText('company,domains\nGlobex,globex.com\n');
      if (!parsed.ok) throw new Error(parsed.error.message);
      const input = { accountId: ACCOUNT, ...projectRows(parsed.table.rows, detectLayout(parsed.table.header).mapping) };
      const settings = await readSettings(db);
      const plan = await planCustomerImport(db, input, settings, deps());
      return applyCustomerImport(db, input, plan.summary, settings, deps());
    },
    breached: ['t1', 't2'],
  },
  {
    name: 'backup.import (a backup with a 1 h target)',
    hours: 4,
    write: async (db) => {
      const doc = JSON.parse(await backupText(db, { now: MON_1030 }));
      doc.settings = { ...doc.settings, firstReplyTarget: { value: 1, unit: 'businessHours' } };
      return importBackup(db, JSON.stringify(doc));
    },
    breached: ['t1'],
  },
];

describe('a write and its clock recompute survive a worker that dies between them', () => {
  it.each(writes)('$name: the next worker start finishes the recompute', async ({ hours, write, breached }) => {
    const name = freshName();
    const db = await store(name, hours);
    await write(db);
    expect((await staleMarks(db)).length).toBeGreaterThan(0);

    const after = await restart(name, db);
    const threads = await after.db.threads.toArray();
    const breachedNow = threads.filter((t) => t.clock?.breachedAt && t.clock.breachedAt <= MON_1030.toISOString());
    expect(breachedNow.map((t) => t.threadId).sort()).toEqual(breached);
    expect(after.badge).toMatchObject(
      breached.length ? { text: `${breached.length}!`, color: BADGE_RED } : { text: '', color: null },
    );
    expect(await staleMarks(after.db)).toEqual([]);
  });

  it('settings.update whose recompute fails answers with an error, and the next alerts run repairs the clocks', async () => {
    const name = freshName();
    const db = await store(name, 4);
    const send = createClient(async (m) => createRouter(createHandlers({ db, clock, version: 't' }))(m));
    const bulkPut = vi.spyOn(db.threads, 'bulkPut').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(send('settings.update', { change: { firstReplyTarget: { value: 1, unit: 'businessHours' } } })).rejects.toThrow(
      'worker stopped',
    );
    bulkPut.mockRestore();
    expect((await readSettings(db)).firstReplyTarget).toEqual({ value: 1, unit: 'businessHours' });
    const after = await restart(name, db);
    expect(after.badge).toMatchObject({ text: '1!', color: BADGE_RED });
  });

  it('a recompute clears only the marks it started from: a write during it stays owed', async () => {
    const name = freshName();
    const db = await store(name, 4);
    await updateSettings(db, { firstReplyTarget: { value: 1, unit: 'businessHours' } });
    const [first] = await staleMarks(db);
    await updateSettings(db, { atRiskPercent: 50 });
    const [second] = await staleMarks(db);
    expect(second!.value).not.toBe(first!.value);
  });
});
