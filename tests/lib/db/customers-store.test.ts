import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { customerDraftSchema, type CustomerDraftInput } from '../../../lib/customers/book';
import { detectLayout } from '../../../lib/customers/csv/layouts';
import { parseCsvText } from '../../../lib/customers/csv/parse';
import { planImport } from '../../../lib/customers/csv/plan';
import { projectRows } from '../../../lib/customers/csv/transfer';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import {
  applyCustomerImport,
  deleteCustomers,
  getCustomer,
  importOptions,
  listCustomers,
  planCustomerImport,
  readBook,
  restoreCustomers,
  saveCustomer,
  writeImportPlan,
} from '../../../lib/db/customers-store';
import { defaultSettings } from '../../../lib/settings';
import { dumpStore, fillStore, freshName, sampleRecords } from '../../support/sample-store';

const ACCOUNT = 'sam@northwind.example';
const now = new Date('2026-11-22T10:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

function ids(prefix = 'new') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
const deps = () => ({ now, newId: ids() });
const draft = (input: Partial<CustomerDraftInput>) =>
  customerDraftSchema.parse({ accountId: ACCOUNT, name: 'Initech', tier: 'Key', domains: [], contacts: [], ...input });

async function seeded() {
  db = openDatabase(freshName());
  await fillStore(db, sampleRecords(ACCOUNT));
  return db;
}

function importInput(file: string) {
  const parsed = parseCsvText(readFileSync(new URL(`../../../docs/examples/${file}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { mapping } = detectLayout(parsed.table.header);
  return { accountId: ACCOUNT, ...projectRows(parsed.table.rows, mapping) };
}

describe('saving a customer', () => {
  it('creates one with its contacts and lists it', async () => {
    await seeded();
    const saved = await saveCustomer(
      db,
      draft({
        domains: ['https://www.Initech.com/about', 'initech.de'],
        contacts: [{ email: 'Bill.Lumbergh@initech.com', name: 'Bill Lumbergh', role: 'VP' }],
        cadenceDays: 30,
      }),
      deps(),
    );
    expect(saved.customer).toMatchObject({ id: 'new-1', domains: ['initech.com', 'initech.de'], cadenceDays: 30 });
    expect(saved.customer.createdAt).toBe(now.toISOString());
    expect(saved.contacts).toEqual([
      { accountId: ACCOUNT, customerId: 'new-1', email: 'bill.lumbergh@initech.com', name: 'Bill Lumbergh', role: 'VP' },
    ]);
    const rows = await listCustomers(db, ACCOUNT);
    expect(rows.map((r) => r.name).sort()).toEqual(['Acme Corp', 'Globex', 'Initech']);
    expect(rows.find((r) => r.id === 'new-1')!.contacts).toEqual([{ email: 'bill.lumbergh@initech.com', name: 'Bill Lumbergh' }]);
  });

  it('keeps a time zone when one is given and drops it when it is cleared', async () => {
    await seeded();
    const zoned = await saveCustomer(db, draft({ id: 'cust-acme', domains: ['acme.com'], timeZone: 'Europe/London' }), deps());
    expect(zoned.customer.timeZone).toBe('Europe/London');
    const cleared = await saveCustomer(db, draft({ id: 'cust-acme', domains: ['acme.com'], timeZone: null }), deps());
    expect(cleared.customer).not.toHaveProperty('timeZone');
  });

  it('updates in place, keeps createdAt and replaces the contacts', async () => {
    await seeded();
    const later = new Date('2026-11-23T10:00:00Z');
    const { customer, contacts } = await saveCustomer(
      db,
      draft({ id: 'cust-acme', name: 'Acme Corporation', tier: 'Strategic', domains: ['acme.com'], contacts: [{ email: 'ops@acme.com' }] }),
      { now: later, newId: ids() },
    );
    expect(customer).toMatchObject({ id: 'cust-acme', name: 'Acme Corporation', createdAt: '2026-11-16T14:00:00.000Z', updatedAt: later.toISOString() });
    expect(contacts.map((c) => c.email)).toEqual(['ops@acme.com']);
    expect(await db.contacts.get([ACCOUNT, 'dana.reyes@acme.com'])).toBeUndefined();
  });

  it.each([
    [{ domains: ['globex.com'] }, /^domains\[0\]: globex\.com already belongs to Globex$/],
    [{ contacts: [{ email: 'hank@gmail.com' }] }, /^contacts\[0\]\.email: hank@gmail\.com is already a contact of Globex$/],
    [{ id: 'gone' }, /^id: this customer no longer exists/],
  ])('refuses %o naming the field, and writes nothing', async (input, message) => {
    await seeded();
    const before = await dumpStore(db);
    await expect(saveCustomer(db, draft(input), deps())).rejects.toThrow(message);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('names the field of a bad domain or email in the draft itself', () => {
    const result = customerDraftSchema.safeParse({
      accountId: ACCOUNT,
      name: ' ',
      tier: 'Key',
      domains: ['initech.com', 'acme..com', 'gmail.com', 'co.uk', 'initech.com'],
      contacts: [{ email: 'not-an-email' }],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'name: a customer needs a company name',
        expect.stringMatching(/^domains\.1: expected a domain/),
        expect.stringMatching(/^domains\.2: gmail\.com is free mail/),
        expect.stringMatching(/^domains\.3: co\.uk is a public suffix/),
        expect.stringMatching(/^contacts\.0\.email: expected an email address/),
      ]),
    );
  });

  it('creates the account partition when the account was typed, not seen in Gmail', async () => {
    db = openDatabase(freshName());
    await saveCustomer(db, draft({ accountId: 'new.person@ourco.example' }), deps());
    expect(await db.accounts.get('new.person@ourco.example')).toMatchObject({ createdAt: now.toISOString() });
  });
});

describe('delete and undo', () => {
  it('deletes customers with their contacts and restores them exactly', async () => {
    await seeded();
    const before = await dumpStore(db, 'records');
    const deleted = await deleteCustomers(db, ACCOUNT, ['cust-acme', 'cust-globex', 'not-there']);
    expect(deleted.customers.map((c) => c.id).sort()).toEqual(['cust-acme', 'cust-globex']);
    expect(deleted.contacts).toHaveLength(2);
    expect(await db.customers.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    // Threads keep their link, so the undo brings it back.
    expect((await db.threads.toArray())[0]!.customerId).toBe('cust-acme');

    await restoreCustomers(db, ACCOUNT, deleted, now);
    expect(await dumpStore(db, 'records')).toEqual(before);
  });

  it('never restores records into another account', async () => {
    await seeded();
    const deleted = await deleteCustomers(db, ACCOUNT, ['cust-acme']);
    await expect(restoreCustomers(db, 'other@northwind.example', deleted, now)).rejects.toThrow(/cannot be restored/);
  });
});

describe('import', () => {
  const settings = defaultSettings();

  it('plans without writing, applies in one go, and a second import creates nothing', async () => {
    db = openDatabase(freshName());
    const input = importInput('hubspot-contacts.csv');
    const plan = await planCustomerImport(db, input, settings, deps());
    expect(await db.customers.count()).toBe(0);
    expect(plan.summary.customersCreated).toBeGreaterThan(0);

    const applied = await applyCustomerImport(db, input, plan.summary, settings, deps());
    expect(applied).toEqual(plan.summary);
    const book = await readBook(db, ACCOUNT);
    expect(book.customers.map((c) => c.name).sort()).toEqual(
      plan.customersToCreate.map((c) => c.record.name).sort(),
    );
    expect(book.contacts).toHaveLength(plan.summary.contactsCreated);

    const again = await planCustomerImport(db, input, settings, deps());
    expect(again.summary).toMatchObject({ customersCreated: 0, customersMerged: 0, contactsCreated: 0, contactsUpdated: 0 });
    const before = await dumpStore(db);
    await applyCustomerImport(db, input, again.summary, settings, deps());
    expect(await dumpStore(db)).toEqual(before);
  });

  it('refuses to apply when the book changed since the dry run, and writes nothing', async () => {
    db = openDatabase(freshName());
    const input = importInput('hubspot-companies.csv');
    const plan = await planCustomerImport(db, input, settings, deps());
    await saveCustomer(db, draft({ name: 'Acme Corporation', domains: ['acme.com'] }), deps());
    const before = await dumpStore(db);
    await expect(applyCustomerImport(db, input, plan.summary, settings, deps())).rejects.toThrow(/changed since the dry run/);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('leaves the store as it was when a write fails part-way', async () => {
    await seeded();
    const before = await dumpStore(db);
    const input = importInput('salesforce-contacts.csv');
    const book = await readBook(db, ACCOUNT);
    const plan = planImport(input.rows, input.mapping, book, now, ids(), importOptions(settings, ACCOUNT));
    expect(plan.contactsToCreate.length).toBeGreaterThan(1);
    // A record the validation middleware refuses, after customers were already put.
    plan.contactsToCreate[1]!.record = { ...plan.contactsToCreate[1]!.record, email: 'broken' };
    await expect(writeImportPlan(db, ACCOUNT, plan, now)).rejects.toThrow(/invalid contacts record/);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('gives a new customer without a tier the last tier, and treats the account domain as internal', () => {
    expect(importOptions(settings, 'sam@northwind.example')).toMatchObject({
      defaultTier: 'Standard',
      ownDomains: ['northwind.example'],
    });
    expect(importOptions(settings, 'sam@gmail.com').ownDomains).toEqual([]);
  });
});

describe('reading one customer', () => {
  it('returns the customer with its contacts, or says it is gone', async () => {
    await seeded();
    const { customer, contacts } = await getCustomer(db, ACCOUNT, 'cust-acme');
    expect(customer.name).toBe('Acme Corp');
    expect(contacts.map((c) => c.email)).toEqual(['dana.reyes@acme.com']);
    await expect(getCustomer(db, ACCOUNT, 'nope')).rejects.toThrow(/no customer nope/);
  });
});
