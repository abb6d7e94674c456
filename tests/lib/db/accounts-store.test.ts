import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { countRecords, deleteAccountData, EVERYTHING, noteAccountSeen } from '../../../lib/db/accounts-store';
import { seedAccount } from '../../support/alerts-store';
import { readIntegrationStatus, saveIntegrationReport } from '../../../lib/db/integration-store';
import { ownAddresses } from '../../../lib/db/threads-store';
import { updateSettings } from '../../../lib/db/settings-store';
import { freshName } from '../../support/sample-store';

let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

const T1 = new Date('2026-11-20T10:00:00Z');
const T2 = new Date('2026-11-21T10:00:00Z');

describe('accounts and their send-as aliases', () => {
  it('aliases only accumulate, in lower case, never the account itself', async () => {
    db = openDatabase(freshName());
    await noteAccountSeen(db, 'Sam@Northwind.example', T1, ['Sales@Northwind.example', 'sam@northwind.example']);
    const again = await noteAccountSeen(db, 'sam@northwind.example', T2, ['support@northwind.example']);
    expect(again).toEqual({
      id: 'sam@northwind.example',
      createdAt: T1.toISOString(),
      lastSeenAt: T2.toISOString(),
      aliases: ['sales@northwind.example', 'support@northwind.example'],
    });
    expect((await noteAccountSeen(db, 'sam@northwind.example', T2)).aliases).toHaveLength(2);
  });

  it('the user’s own addresses: the account, the aliases Gmail offered and those set in the options', async () => {
    db = openDatabase(freshName());
    await noteAccountSeen(db, 'sam@northwind.example', T1, ['sales@northwind.example']);
    await updateSettings(db, { sendAsAliases: ['sam.lee@personal.example'] });
    expect([...(await ownAddresses(db, 'sam@northwind.example'))].sort()).toEqual([
      'sales@northwind.example',
      'sam.lee@personal.example',
      'sam@northwind.example',
    ]);
  });
});

describe('the Gmail integration status', () => {
  it('is "never" until a tab reports, then the latest report with its time', async () => {
    db = openDatabase(freshName());
    expect(await readIntegrationStatus(db)).toEqual({ state: 'never' });
    await saveIntegrationReport(db, { state: 'connected', accountId: 'sam@northwind.example' }, T1);
    expect(await readIntegrationStatus(db)).toEqual({ state: 'connected', accountId: 'sam@northwind.example', at: T1.toISOString() });
    await saveIntegrationReport(db, { state: 'failed', reason: 'InboxSDK did not load within 30 s' }, T2);
    expect(await readIntegrationStatus(db)).toEqual({ state: 'failed', reason: 'InboxSDK did not load within 30 s', at: T2.toISOString() });
  });

  it('reads a damaged record as "never" rather than failing the popup', async () => {
    db = openDatabase(freshName());
    await db.meta.put({ key: 'gmail-integration', value: '{not json' });
    expect(await readIntegrationStatus(db)).toEqual({ state: 'never' });
  });
});

describe('deleting data', () => {
  async function twoAccounts() {
    db = openDatabase(freshName());
    await seedAccount(db, T1, 'sam@northwind.example');
    await seedAccount(db, T1, 'lee@northwind.example');
    await updateSettings(db, { atRiskPercent: 60 });
  }

  it('deletes one account’s rows from every table and leaves the other account and the settings alone', async () => {
    await twoAccounts();
    const lee = await countRecords(db, 'lee@northwind.example');
    const sam = await countRecords(db, 'sam@northwind.example');
    expect(sam.customers).toBeGreaterThan(0);
    expect(await deleteAccountData(db, 'Sam@Northwind.example')).toEqual(sam);
    expect(Object.values(await countRecords(db, 'sam@northwind.example')).every((n) => n === 0)).toBe(true);
    expect(await countRecords(db, 'lee@northwind.example')).toEqual(lee);
    expect((await db.settings.get('global'))?.value).toMatchObject({ atRiskPercent: 60 });
  });

  it('deletes everything, settings and bookkeeping too', async () => {
    await twoAccounts();
    await saveIntegrationReport(db, { state: 'connected', accountId: 'sam@northwind.example' }, T1);
    await deleteAccountData(db, EVERYTHING);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
