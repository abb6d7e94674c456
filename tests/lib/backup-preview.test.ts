import { afterEach, describe, expect, it } from 'vitest';
import { backupText, prepareBackupFile } from '../../lib/backup-file';
import { changedSettings, countsInWords, previewBackup } from '../../lib/backup-preview';
import { openDatabase, type FollowThroughDB } from '../../lib/db/database';
import { updateSettings } from '../../lib/db/settings-store';
import { defaultSettings } from '../../lib/settings';
import { dumpStore, fillStore, freshName, sampleRecords } from '../support/sample-store';

const NOW = new Date('2026-11-22T10:00:00Z');
const dbs: FollowThroughDB[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const fresh = () => {
  const db = openDatabase(freshName());
  dbs.push(db);
  return db;
};
const asFile = (text: string) => new Blob([text], { type: 'application/json' });

describe('a backup previewed before it replaces anything', () => {
  it.each([
    ['read whole', {}],
    ['streamed', { wholeFileLimit: 0 }],
  ])('%s: says what it would replace and changes nothing until committed', async (_name, options) => {
    const source = fresh();
    await fillStore(source, sampleRecords('sam@northwind.example'));
    await updateSettings(source, { atRiskPercent: 60, ownDomains: ['northwind.example'] });
    const text = await backupText(source, { now: NOW });

    const db = fresh();
    await fillStore(db, sampleRecords('sam@northwind.example'));
    await fillStore(db, sampleRecords('lee@northwind.example'));
    await db.customers.where('accountId').equals('sam@northwind.example').modify({ name: 'Renamed here' });
    const before = await dumpStore(db, 'records');

    const prepared = await prepareBackupFile(db, asFile(text), options);
    const preview = await previewBackup(db, prepared);
    expect(preview.accounts).toEqual([{ id: 'sam@northwind.example', exists: true }]);
    expect(preview.untouched).toEqual(['lee@northwind.example']);
    const customers = preview.tables.find((t) => t.table === 'customers')!;
    expect(customers).toMatchObject({ label: 'Customers', now: 2, file: 2 });
    expect(preview.settingsChanged).toEqual(['at-risk point', 'own domains']);
    // A large file waits in staging, which is no part of the store until committed.
    const { staging: _staged, ...after } = (await dumpStore(db, 'records')) as Record<string, unknown>;
    const { staging: _none, ...was } = before as Record<string, unknown>;
    expect(after).toEqual(was);

    await prepared.commit();
    expect((await db.customers.where('accountId').equals('sam@northwind.example').toArray()).map((c) => c.name)).not.toContain(
      'Renamed here',
    );
    expect(await db.customers.where('accountId').equals('lee@northwind.example').count()).toBe(2);
    expect(await db.staging.count()).toBe(0);
  });

  it('a discarded large file leaves nothing in staging', async () => {
    const source = fresh();
    await fillStore(source, sampleRecords('sam@northwind.example'));
    const db = fresh();
    const prepared = await prepareBackupFile(db, asFile(await backupText(source, { now: NOW })), { wholeFileLimit: 0 });
    expect(await db.staging.count()).toBeGreaterThan(0);
    await prepared.discard();
    expect(await db.staging.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });

  it('names no setting when the file’s are the same', () => {
    expect(changedSettings(defaultSettings(), defaultSettings())).toEqual([]);
  });
});

describe('counts in words', () => {
  it('says one and many, and leaves out empty tables and bookkeeping', () => {
    const counts = { accounts: 1, customers: 2, contacts: 0, threads: 1, messages: 3, followUps: 1, alertStates: 4 };
    expect(countsInWords(counts)).toBe('2 customers, 1 thread, 3 message records, 1 follow-up');
    expect(countsInWords({ ...counts, customers: 0, threads: 0, messages: 0, followUps: 0 })).toBe('');
  });
});
