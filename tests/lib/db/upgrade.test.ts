import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareVersions, openDatabase } from '../../../lib/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/settings';
import { dumpStore, fillStore, freshName, sampleRecords } from '../../support/sample-store';

/** Writes the sample store with the schema as it stood at `version`, as that release would have. */
async function writeWithVersion(name: string, version: number) {
  const old = new Dexie(name);
  declareVersions(old, SCHEMA_VERSIONS.filter((v) => v.version <= version));
  const records = sampleRecords();
  if (version < 3) {
    // Threads had no snooze time and no stored clock before version 3.
    records.threads = records.threads.map(({ snoozedAt: _s, clock: _c, ...rest }) => rest) as never;
  }
  await fillStore(old as never, records);
  await old.table('settings').put({ id: 'global', value: { ...defaultSettings(), atRiskPercent: 80 } });
  const before = await dumpStore(old as never);
  old.close();
  return before;
}

describe('schema versions', () => {
  it('are declared in increasing order, each saying what changed', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const v of SCHEMA_VERSIONS) expect(v.changes.length).toBeGreaterThan(20);
  });

  const older = SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION);
  it.each(older.map((v) => v.version))(
    'opens a database written by version %i with nothing lost',
    async (version) => {
      const name = freshName();
      const before = await writeWithVersion(name, version);
      const db = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const expected = {
        ...before,
        threads: version < 3 ? before.threads!.map((t) => ({ ...(t as object), snoozedAt: null, clock: null })) : before.threads,
      };
      const after = await dumpStore(db);
      // Tables that version did not have yet start empty.
      for (const table of Object.keys(after).filter((t) => !(t in before))) {
        expect(after[table]).toEqual([]);
        delete after[table];
      }
      expect(after).toEqual(expected);
      await db.delete();
    },
  );

  it('version 4 adds an empty staging table that keeps a restore’s records in file order', async () => {
    const name = freshName();
    await writeWithVersion(name, 3);
    const db = openDatabase(name);
    expect(await db.staging.count()).toBe(0);
    await db.staging.bulkAdd([
      { importId: 'b', seq: 1, table: 'customers', record: { n: 2 } },
      { importId: 'a', seq: 0, table: 'accounts', record: { n: 0 } },
      { importId: 'b', seq: 0, table: 'accounts', record: { n: 1 } },
    ]);
    const staged = await db.staging.where('[importId+seq]').between(['b', 0], ['b', Infinity]).toArray();
    expect(staged.map((r) => r.record)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await db.staging.where('importId').equals('a').count()).toBe(1);
    expect(await db.customers.count()).toBe(2);
    await db.delete();
  });

  it('version 3 indexes threads by when they become at risk or breached and follow-ups by state and due date', async () => {
    const name = freshName();
    await writeWithVersion(name, 2);
    const db = openDatabase(name);
    await db.threads.update(['sam@northwind.example', 'th-1'], {
      clock: {
        side: 'firstReply',
        since: '2026-11-16T13:00:00.000Z',
        sinceMessageId: 'm-1',
        atRiskAt: '2026-11-16T16:00:00.000Z',
        breachedAt: '2026-11-16T17:00:00.000Z',
        computedAt: '2026-11-16T13:00:00.000Z',
      },
    });
    const account = 'sam@northwind.example';
    const upTo = (index: string, table: 'threads' | 'followUps', lower: unknown[], upper: unknown[]) =>
      db[table].where(index).between(lower, upper, true, true).count();
    expect(await upTo('[accountId+clock.atRiskAt]', 'threads', [account, ''], [account, '2026-11-16T16:00:00.000Z'])).toBe(1);
    expect(await upTo('[accountId+clock.breachedAt]', 'threads', [account, ''], [account, '2026-11-16T16:00:00.000Z'])).toBe(0);
    expect(await upTo('[accountId+state+due]', 'followUps', [account, 'open', ''], [account, 'open', '2026-11-20'])).toBe(1);
    expect(await db.threads.where('clock.computedAt').above('2026-11-16T00:00:00.000Z').count()).toBe(1);
    await db.delete();
  });

  it('version 2 serves open follow-ups and a thread’s messages in time order from indexes', async () => {
    const name = freshName();
    await writeWithVersion(name, 1);
    const db = openDatabase(name);
    const open = await db.followUps.where({ accountId: 'sam@northwind.example', state: 'open' }).toArray();
    expect(open.map((f) => f.id)).toEqual(['fu-1']);
    const latest = await db.messages
      .where('[accountId+threadId+sentAt]')
      .between(['sam@northwind.example', 'th-1', Dexie.minKey], ['sam@northwind.example', 'th-1', Dexie.maxKey])
      .last();
    expect(latest?.messageId).toBe('m-2');
    await db.delete();
  });

  it('version 5 gives done follow-ups their completion time and reads a customer’s promises by index', async () => {
    const name = freshName();
    const old = new Dexie(name);
    declareVersions(old, SCHEMA_VERSIONS.filter((v) => v.version < 5));
    const [open] = sampleRecords().followUps;
    const { completedAt: _c, ...before } = open!;
    await old.table('followUps').bulkPut([
      before,
      { ...before, id: 'fu-done', messageId: 'm-done', state: 'done', updatedAt: '2026-11-18T21:00:00.000Z' },
    ]);
    old.close();
    const db = openDatabase(name);
    const rows = await db.followUps.where('[accountId+customerId]').equals(['sam@northwind.example', before.customerId!]).toArray();
    expect(rows.map((f) => [f.id, f.completedAt]).sort()).toEqual([
      ['fu-1', null],
      ['fu-done', '2026-11-18T21:00:00.000Z'],
    ]);
    await db.delete();
  });

  it('version 6 gives every follow-up an empty due-date history and keeps one already there', async () => {
    const name = freshName();
    const old = new Dexie(name);
    declareVersions(
      old,
      SCHEMA_VERSIONS.filter((v) => v.version < 6),
    );
    const [open] = sampleRecords().followUps;
    const { redated: _r, ...before } = open!;
    await old.table('followUps').bulkPut([before]);
    old.close();
    const db = openDatabase(name);
    expect((await db.followUps.get(['sam@northwind.example', 'fu-1']))?.redated).toEqual([]);
    // Written after the upgrade, the history is checked like any field.
    const move = {
      from: '2026-11-20',
      to: '2026-11-24',
      at: '2026-11-19T15:00:00.000Z',
      reason: 'heads-up' as const,
    };
    await db.followUps.update(['sam@northwind.example', 'fu-1'], { redated: [move] });
    expect((await db.followUps.get(['sam@northwind.example', 'fu-1']))?.redated).toEqual([move]);
    await expect(
      db.followUps.put({
        ...open!,
        id: 'fu-bad',
        messageId: 'm-bad',
        redated: [{ ...move, reason: 'guess' as never }],
      }),
    ).rejects.toThrow(/redated/);
    await db.delete();
  });

  it('version 7 keeps customers as they were and lets them carry a time zone, checked like any field', async () => {
    const name = freshName();
    await writeWithVersion(name, 6);
    const db = openDatabase(name);
    const [acme] = sampleRecords().customers;
    const key: [string, string] = [acme!.accountId, acme!.id];
    expect(await db.customers.get(key)).not.toHaveProperty('timeZone');
    await db.customers.update(key, { timeZone: 'Asia/Tokyo' });
    expect((await db.customers.get(key))?.timeZone).toBe('Asia/Tokyo');
    await expect(db.customers.put({ ...acme!, id: 'bad-zone', timeZone: 'Mars/Olympus' })).rejects.toThrow(/timeZone/);
    await db.delete();
  });
});
