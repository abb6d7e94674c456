import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { errorsFromMessage } from '../../../lib/customers/book';
import { detectLayout } from '../../../lib/customers/csv/layouts';
import { parseCsvText } from '../../../lib/customers/csv/parse';
import { projectRows } from '../../../lib/customers/csv/transfer';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { createClient, MessagingError } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/server';
import { dumpStore, fillStore, freshName, sampleRecords } from '../../support/sample-store';

const ACCOUNT = 'sam@northwind.example';
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  db = openDatabase(freshName());
  await fillStore(db, sampleRecords(ACCOUNT));
  const router = createRouter(createHandlers({ db, clock: () => new Date('2026-11-22T10:00:00Z'), version: 'test' }));
  return { router, send: createClient(async (m) => router(m)) };
}

const base = { accountId: ACCOUNT, tier: 'Key', notes: '', targets: {}, cadenceDays: null, contacts: [] };

describe('customers messages', () => {
  it('saves, lists, gets, deletes and restores through the typed client', async () => {
    const { send } = await setup();
    const { customer } = await send('customers.save', {
      ...base,
      name: 'Initech',
      domains: ['initech.com'],
      contacts: [{ email: 'bill@initech.com', name: 'Bill', role: '' }],
    });
    const list = await send('customers.list', { accountId: ACCOUNT });
    expect(list.find((r) => r.id === customer.id)).toEqual({
      id: customer.id,
      name: 'Initech',
      tier: 'Key',
      domains: ['initech.com'],
      contacts: [{ email: 'bill@initech.com', name: 'Bill' }],
      cadenceDays: null,
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    // The list is lean: no notes, no targets.
    expect(Object.keys(list[0]!)).not.toContain('notes');
    expect((await send('customers.get', { accountId: ACCOUNT, id: customer.id })).contacts).toHaveLength(1);

    const before = await dumpStore(db);
    const deleted = await send('customers.delete', { accountId: ACCOUNT, ids: [customer.id] });
    expect(deleted.contacts.map((c) => c.email)).toEqual(['bill@initech.com']);
    expect(await send('customers.restore', { accountId: ACCOUNT, records: deleted })).toEqual({ customers: 1, contacts: 1 });
    expect(await dumpStore(db)).toEqual(before);
  });

  it('refuses a bad draft naming the field, and writes nothing', async () => {
    const { router } = await setup();
    const before = await dumpStore(db);
    const reply = await router({
      type: 'customers.save',
      payload: { ...base, name: 'Initech', domains: ['initech.com', 'not a domain'] },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const message = reply?.ok === false ? reply.error.message : '';
    expect(message).toMatch(/^Invalid "customers.save" message: domains\[1\]: expected a domain/);
    expect(Object.keys(errorsFromMessage(message))).toEqual(['domains[1]']);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('plans an import without writing, then applies exactly that plan', async () => {
    const { send } = await setup();
    const parsed = parseCsvText(readFileSync(new URL('../../../docs/examples/hubspot-companies.csv', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const request = { accountId: ACCOUNT, ...projectRows(parsed.table.rows, detectLayout(parsed.table.header).mapping) };
    // Only the mapped columns travel.
    expect(request.rows[0]!.cells.length).toBeLessThan(parsed.table.header.length);
    const before = await dumpStore(db);
    const preview = await send('customers.import.plan', request);
    expect(await dumpStore(db)).toEqual(before);
    // Acme is already in the book (by its domain): the row adds nothing.
    expect(preview.summary).toMatchObject({ rows: 4, customersCreated: 3, skipped: 1 });
    expect(preview.created.map((c) => c.name)).toContain('Brightwave Analytics');

    await expect(
      send('customers.import.apply', { ...request, expected: { ...preview.summary, customersCreated: 2 } }),
    ).rejects.toThrow(/changed since the dry run/);
    expect(await dumpStore(db)).toEqual(before);

    expect(await send('customers.import.apply', { ...request, expected: preview.summary })).toEqual(preview.summary);
    const again = await send('customers.import.plan', request);
    expect(again.summary).toMatchObject({ customersCreated: 0, customersMerged: 0, skipped: 4 });
  });

  it('exports the book as CSV that imports back to the same book', async () => {
    const { send } = await setup();
    const { filename, text } = await send('customers.export', { accountId: ACCOUNT });
    expect(filename).toBe('follow-through-customers-sam@northwind.example-2026-11-22.csv');
    const parsed = parseCsvText(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const request = { accountId: ACCOUNT, ...projectRows(parsed.table.rows, detectLayout(parsed.table.header).mapping) };
    const preview = await send('customers.import.plan', request);
    expect(preview.summary).toMatchObject({ customersCreated: 0, customersMerged: 0, contactsCreated: 0, contactsUpdated: 0, bad: 0 });
  });

  it('proposes a customer for an unknown address, and nothing for a known contact', async () => {
    const { send } = await setup();
    expect(await send('customers.propose', { accountId: ACCOUNT, address: '"Lumbergh, Bill" <bill.lumbergh@eu.initech.co.uk>' })).toEqual({
      name: 'Initech',
      domains: ['initech.co.uk'],
      contact: { email: 'bill.lumbergh@eu.initech.co.uk', name: 'Bill Lumbergh', role: '' },
      existingCustomerId: null,
    });
    expect(await send('customers.propose', { accountId: ACCOUNT, address: 'new.person@acme.com' })).toMatchObject({
      existingCustomerId: 'cust-acme',
    });
    expect(await send('customers.propose', { accountId: ACCOUNT, address: 'dana.reyes@acme.com' })).toBeNull();
    expect(await send('customers.propose', { accountId: ACCOUNT, address: 'colleague@northwind.example' })).toBeNull();
    await expect(send('customers.propose', { accountId: 'nobody', address: 'x@y.com' })).rejects.toBeInstanceOf(MessagingError);
  });
});
