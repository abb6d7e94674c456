/** Issue 14, point 3: backups of any size, written in pieces and restored by streaming. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFilename, backupText, restoreBackupFile, writeBackup } from '../../lib/backup-file';
import { openDatabase, type FollowThroughDB } from '../../lib/db/database';
import { staleMarks } from '../../lib/db/stale-store';
import { dumpStore, fillStore, freshName, sampleRecords } from '../support/sample-store';

const NOW = new Date('2026-11-22T10:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

async function twoAccounts() {
  db = openDatabase(freshName());
  await fillStore(db, sampleRecords('sam@northwind.example'));
  await fillStore(db, sampleRecords('sam.private@gmail.com'));
}

const STREAMED = { wholeFileLimit: 0 };

describe('backups of any size', () => {
  it('writes in pieces, never the whole text at once, one record per line', async () => {
    await twoAccounts();
    const pieces: string[] = [];
    const counts = await writeBackup(db, { now: NOW, pieceChars: 1000 }, (p) => pieces.push(p));
    expect(counts).toMatchObject({ accounts: 2, customers: 4, messages: 4 });
    expect(pieces.length).toBeGreaterThan(3);
    // A piece ends at the first record past the size: one record longer at most.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2000);
    const text = pieces.join('');
    expect(JSON.parse(text).tables.customers).toHaveLength(4);
    const customerLines = text.split('\n').filter((l) => l.includes('"name":"Acme Corp"'));
    expect(customerLines.map((l) => JSON.parse(l.trim().replace(/,$/, '')).accountId).sort()).toEqual(['sam.private@gmail.com', 'sam@northwind.example']);
  });

  it('restores a streamed file to the identical store, through staging, all at once', async () => {
    await twoAccounts();
    const before = await dumpStore(db, 'records');
    const text = await backupText(db, { now: NOW });
    await Promise.all(db.tables.map((t) => t.clear()));
    const summary = await restoreBackupFile(db, new Blob([text]), STREAMED);
    expect(summary.accounts.sort()).toEqual(['sam.private@gmail.com', 'sam@northwind.example']);
    expect(summary.counts.customers).toBe(4);
    expect(await dumpStore(db, 'records')).toEqual({ ...before, staging: [] });
    // The restore owes the clocks a recompute, like every other write that moves them.
    expect((await staleMarks(db)).map((m) => m.accountId).sort()).toEqual(['sam.private@gmail.com', 'sam@northwind.example']);
  });

  it('restores one account and leaves the other alone', async () => {
    await twoAccounts();
    const text = await backupText(db, { accountId: 'sam@northwind.example', now: NOW });
    await db.customers.where('accountId').equals('sam@northwind.example').delete();
    await restoreBackupFile(db, new Blob([text]), STREAMED);
    expect(await db.customers.where('accountId').equals('sam@northwind.example').count()).toBe(2);
    expect(await db.customers.where('accountId').equals('sam.private@gmail.com').count()).toBe(2);
  });

  it('a failure while moving staged records into the tables changes nothing and leaves no staging behind', async () => {
    await twoAccounts();
    const before = await dumpStore(db);
    const text = await backupText(db, { now: NOW });
    const table = db.table.bind(db);
    vi.spyOn(db, 'table').mockImplementation(((name: string) => {
      const real = table(name);
      if (name !== 'threads') return real;
      return new Proxy(real, { get: (t, p) => (p === 'bulkAdd' ? () => Promise.reject(new Error('quota exceeded')) : Reflect.get(t, p)) });
    }) as never);
    await expect(restoreBackupFile(db, new Blob([text]), STREAMED)).rejects.toThrow('quota exceeded');
    expect(await dumpStore(db)).toEqual(before);
  });

  it('leftovers of a restore whose page closed midway are never part of the store, and go with the next restore', async () => {
    await twoAccounts();
    await db.staging.add({ importId: 'abandoned', seq: 0, table: 'customers', record: { name: 'half' } });
    const text = await backupText(db, { now: NOW });
    await restoreBackupFile(db, new Blob([text]), STREAMED);
    expect(await db.staging.count()).toBe(0);
    expect((await db.customers.toArray()).map((c) => c.name)).not.toContain('half');
  });

  it('names the file by account and minute', () => {
    expect(backupFilename(NOW, 'sam@northwind.example')).toBe('follow-through-sam@northwind.example-2026-11-22T1000.json');
    expect(backupFilename(NOW)).toBe('follow-through-all-2026-11-22T1000.json');
  });
});
