import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  declareVersions,
  InvalidRecordError,
  openDatabase,
  type FollowThroughDB,
} from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { readSettings, updateSettings } from '../../../lib/db/settings-store';
import { countRecords, noteAccountSeen } from '../../../lib/db/accounts-store';
import { defaultSettings } from '../../../lib/settings';
import { fillStore, freshName, sampleRecords } from '../../support/sample-store';

let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

describe('writes are validated', () => {
  it('normalises what it stores (addresses lower-cased, defaults filled)', async () => {
    db = openDatabase(freshName());
    await db.contacts.put({
      accountId: 'Sam@Northwind.example',
      email: '  Dana.Reyes@ACME.com ',
      customerId: 'c1',
    } as never);
    const [row] = await db.contacts.toArray();
    expect(row).toEqual({
      accountId: 'sam@northwind.example',
      email: 'dana.reyes@acme.com',
      customerId: 'c1',
      name: '',
      role: '',
    });
  });

  it.each<[string, (d: FollowThroughDB) => Promise<unknown>]>([
    ['put', (d: FollowThroughDB) => d.customers.put({ accountId: 'sam@x.example', id: 'c' } as never)],
    [
      'bulkAdd',
      (d: FollowThroughDB) =>
        d.messages.bulkAdd([{ ...sampleRecords().messages[0]!, sentAt: 'yesterday' }]),
    ],
    [
      'update',
      async (d: FollowThroughDB) => {
        await fillStore(d, sampleRecords());
        await d.followUps.update(['sam@northwind.example', 'fu-1'], { due: '20/11/2026' });
      },
    ],
  ])('refuses an invalid record through %s and names the field', async (_api, write) => {
    db = openDatabase(freshName());
    const failure = await write(db).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    const err = (failure as { inner?: unknown }).inner ?? failure;
    expect(String((err as Error).message)).toMatch(/invalid (customers|messages|followUps) record: \w+/);
    expect(err).toBeInstanceOf(InvalidRecordError);
  });

  it('keeps the earlier value when an update is refused', async () => {
    db = openDatabase(freshName());
    await fillStore(db, sampleRecords());
    await db.followUps.update(['sam@northwind.example', 'fu-1'], { due: 'soon' }).catch(() => {});
    expect((await db.followUps.get(['sam@northwind.example', 'fu-1']))?.due).toBe('2026-11-20');
  });

  it('never makes two follow-ups from the same account, message and sentence', async () => {
    db = openDatabase(freshName());
    const records = sampleRecords();
    await fillStore(db, records);
    const twin = { ...records.followUps[0]!, id: 'fu-2' };
    await expect(db.followUps.add(twin)).rejects.toThrow(/constraint|unique/i);
  });
});

describe('settings', () => {
  it('reads the defaults before anything is stored', async () => {
    db = openDatabase(freshName());
    expect(await readSettings(db)).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({
      firstReplyTarget: { value: 4, unit: 'businessHours' },
      nextReplyTarget: { value: 8, unit: 'businessHours' },
      atRiskPercent: 75,
      followUpDelayWorkingDays: 2,
      confirmCommitments: 'ask',
      notifications: true,
      workingHours: { mon: [{ start: '09:00', end: '17:00' }], sat: [] },
    });
  });

  it('merges a change and refuses an invalid one without storing it', async () => {
    db = openDatabase(freshName());
    await updateSettings(db, { atRiskPercent: 60, ownDomains: ['Northwind.example'] });
    await expect(updateSettings(db, { timeZone: 'Mars/Olympus' })).rejects.toThrow(/IANA time zone/);
    const settings = await readSettings(db);
    expect(settings.atRiskPercent).toBe(60);
    expect(settings.ownDomains).toEqual(['northwind.example']);
    expect(settings.timeZone).toBe(defaultSettings().timeZone);
  });

  it('keeps the valid fields of a stored value that no longer parses', async () => {
    const name = freshName();
    db = openDatabase(name);
    // An older or damaged copy, written behind the validation layer on purpose.
    const raw = new Dexie(name);
    declareVersions(raw, SCHEMA_VERSIONS);
    await raw.table('settings').put({
      id: 'global',
      value: { ...defaultSettings(), atRiskPercent: 'lots', notifications: false },
    });
    raw.close();
    const settings = await readSettings(db);
    expect(settings.atRiskPercent).toBe(75);
    expect(settings.notifications).toBe(false);
  });
});

describe('accounts', () => {
  it('creates a partition on first sight and counts rows per account', async () => {
    db = openDatabase(freshName());
    const first = await noteAccountSeen(db, 'Sam@Northwind.example', new Date('2026-11-16T09:00:00Z'));
    const again = await noteAccountSeen(db, 'sam@northwind.example', new Date('2026-11-17T09:00:00Z'));
    expect(again.createdAt).toBe(first.createdAt);
    expect(again.lastSeenAt).toBe('2026-11-17T09:00:00.000Z');
    await fillStore(db, sampleRecords('other@northwind.example'));
    expect(await countRecords(db, 'sam@northwind.example')).toMatchObject({
      accounts: 1,
      customers: 0,
    });
    expect(await countRecords(db)).toMatchObject({ accounts: 2, customers: 2, messages: 2 });
  });
});
