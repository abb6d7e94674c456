import { describe, expect, it } from 'vitest';
import type { Contact, Customer } from '../../../lib/db/records';
import { contactSchema, customerSchema } from '../../../lib/db/records';
import { detectLayout } from '../../../lib/customers/csv/layouts';
import type { ExistingBook, ImportPlan } from '../../../lib/customers/csv/plan';
import { companyKey, domainFromCell, planImport } from '../../../lib/customers/csv/plan';
import type { CsvTable } from '../../../lib/customers/csv/parse';
import { NOW, OPTIONS, fixtureTable, idGenerator, tableOf } from './csv-helpers';

function plan(table: CsvTable, existing: ExistingBook = { customers: [], contacts: [] }, newId = idGenerator()): ImportPlan {
  return planImport(table.rows, detectLayout(table.header).mapping, existing, NOW, newId, OPTIONS);
}

/** What the lead's transaction does with a plan. */
function apply(book: ExistingBook, p: ImportPlan): ExistingBook {
  const customers = new Map(book.customers.map((c) => [c.id, c]));
  for (const c of p.customersToCreate) customers.set(c.record.id, c.record);
  for (const m of p.customersToMerge) customers.set(m.after.id, m.after);
  const contacts = new Map(book.contacts.map((c) => [c.email, c]));
  for (const c of p.contactsToCreate) contacts.set(c.record.email, c.record);
  for (const u of p.contactsToUpdate) contacts.set(u.after.email, u.after);
  return { customers: [...customers.values()], contacts: [...contacts.values()] };
}

const summaryOf = (book: ExistingBook): Record<string, { tier: string; domains: string[]; contacts: string[] }> =>
  Object.fromEntries(
    book.customers.map((c) => [
      c.name,
      {
        tier: c.tier,
        domains: c.domains,
        contacts: book.contacts.filter((k) => k.customerId === c.id).map((k) => k.email).sort(),
      },
    ]),
  );

describe('planImport per layout', () => {
  it.each([
    ['template.csv', 5, 5],
    ['hubspot-companies.csv', 4, 0],
    ['hubspot-contacts.csv', 4, 5],
    ['salesforce-accounts.csv', 4, 0],
    ['salesforce-contacts.csv', 3, 4],
    ['google-contacts.csv', 4, 4],
    ['google-contacts-legacy.csv', 3, 3],
  ])('%s creates %i customers and %i contacts; importing it again creates nothing', (file, customers, contacts) => {
    const table = fixtureTable(file);
    const first = plan(table);
    expect(first.bad).toEqual([]);
    expect(first.summary).toMatchObject({ customersCreated: customers, contactsCreated: contacts });
    for (const c of first.customersToCreate) expect(() => customerSchema.parse(c.record)).not.toThrow();
    for (const c of first.contactsToCreate) expect(() => contactSchema.parse(c.record)).not.toThrow();

    const book = apply({ customers: [], contacts: [] }, first);
    const again = plan(table, book, idGenerator('x'));
    expect(again.customersToCreate).toEqual([]);
    expect(again.contactsToCreate).toEqual([]);
    expect(again.customersToMerge).toEqual([]);
    expect(again.contactsToUpdate).toEqual([]);
    expect(again.skipped).toHaveLength(table.rows.length);
  });

  it('builds the expected book from the template', () => {
    const book = apply({ customers: [], contacts: [] }, plan(fixtureTable('template.csv')));
    expect(summaryOf(book)).toEqual({
      'Acme Corporation': { tier: 'Strategic', domains: ['acme.com', 'acme-eu.com'], contacts: ['dana.reyes@acme.com', 'tomas.ortega@acme-eu.com'] },
      'Brightwave Analytics': { tier: 'Key', domains: ['brightwave.io'], contacts: ['chidi@brightwave.io'] },
      'Müller Feinmechanik GmbH': { tier: 'Standard', domains: ['xn--mller-feinmechanik-m6b.de'], contacts: ['jana@xn--mller-feinmechanik-m6b.de'] },
      'Lindqvist Design': { tier: 'Standard', domains: [], contacts: ['sofia.lindqvist@gmail.com'] },
      'Northwind Traders UK': { tier: 'Key', domains: ['northwind.co.uk'], contacts: [] },
    });
    const mueller = book.customers.find((c) => c.name.startsWith('Müller'))!;
    expect(mueller.notes).toBe('- pays by invoice only');
    expect(book.contacts.find((c) => c.email.startsWith('chidi'))!.name).toBe('Okafor, Chidi');
  });

  it('merges a contacts export into companies imported before (by domain, email and name)', () => {
    const companies = apply({ customers: [], contacts: [] }, plan(fixtureTable('hubspot-companies.csv')));
    const p = plan(fixtureTable('hubspot-contacts.csv'), companies, idGenerator('n'));
    // Only the free-mail freelancer is new; the rest join existing companies.
    expect(p.customersToCreate.map((c) => c.record.name)).toEqual(['Lindqvist Design']);
    // Helios's domain came from its website in the companies export (its domain cell is
    // empty), so its contact joins it by domain and nothing is merged. Acme already has a
    // domain, so a contact at acme-eu.com joins Acme by name without adding it.
    expect(p.customersToMerge).toEqual([]);
    const book = apply(companies, p);
    expect(summaryOf(book)['Helios Energy, Inc.']).toEqual({ tier: 'Standard', domains: ['helios-energy.com'], contacts: ['ray.holt@helios-energy.com'] });
    // Rows that only add a contact to a customer in the book are listed, with the customer.
    expect(p.contactsToExisting.map((c) => [c.line, c.customer])).toEqual(
      expect.arrayContaining([[expect.any(Number), 'Helios Energy, Inc.']]),
    );
    expect(p.contactsToExisting).toHaveLength(p.contactsToCreate.length - 1);
    expect(p.contactsToCreate.map((c) => c.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('updates what changed and only that', () => {
    const book = apply({ customers: [], contacts: [] }, plan(fixtureTable('template.csv')));
    const edited = tableOf(
      'company,tier,domains,contact_name,contact_email,contact_role,notes\n' +
        'ACME Corp.,Key,acme.com,Dana Reyes,dana.reyes@acme.com,COO,\n' +
        'Brightwave Analytics,,brightwave.io; bw-labs.io,,,,New lab in Leeds\n',
    );
    const p = plan(edited, book);
    expect(p.customersToCreate).toEqual([]);
    expect(p.customersToMerge.map((m) => [m.before.name, m.changed])).toEqual([
      ['Acme Corporation', ['tier']],
      ['Brightwave Analytics', ['domains', 'notes']],
    ]);
    expect(p.customersToMerge[0]!.after).toMatchObject({ name: 'Acme Corporation', tier: 'Key', updatedAt: NOW.toISOString() });
    expect(p.contactsToUpdate.map((u) => [u.after.email, u.changed, u.after.role])).toEqual([['dana.reyes@acme.com', ['role'], 'COO']]);
  });

  it('reads a time-zone column, sets or changes the zone, and leaves out one that is no zone with a warning', () => {
    const book = apply({ customers: [], contacts: [] }, plan(fixtureTable('template.csv')));
    const zoned = tableOf(
      'company,tier,domains,contact_name,contact_email,contact_role,notes,time_zone\n' +
        'Acme Corporation,,acme.com,,,,,America/Chicago\n' +
        'Brightwave Analytics,,brightwave.io,,,,,Leeds\n' +
        'Kiwi Freight,Key,kiwifreight.co.nz,,,,,Pacific/Auckland\n',
    );
    const p = plan(zoned, book, idGenerator('z'));
    expect(p.customersToMerge.map((m) => [m.before.name, m.changed, m.after.timeZone])).toEqual([
      ['Acme Corporation', ['time zone'], 'America/Chicago'],
    ]);
    expect(p.customersToCreate.map((c) => [c.record.name, c.record.timeZone])).toEqual([['Kiwi Freight', 'Pacific/Auckland']]);
    expect(p.warnings).toEqual([{ line: 3, field: 'timeZone', message: '"Leeds" is not a time zone such as Europe/Berlin; left out' }]);
    // A spreadsheet's own header names are found too.
    expect(detectLayout(['Company', 'Domain', 'Time Zone']).mapping.columns.timeZone).toBe(2);
  });
});

describe('planImport: a website when the domain is empty, and customers nothing can match', () => {
  const header = 'Record ID,Company name,Company Domain Name,Company owner,Create Date,Lifecycle Stage,Website URL\n';
  it.each([
    ['https://www.helios-energy.com/about', ['helios-energy.com']],
    ['http://xn--mller-kva.de', ['xn--mller-kva.de']],
    ['münchen-logistik.de', ['xn--mnchen-logistik-zvb.de']],
  ])('takes the domain from the website %j, row by row', (website, domains) => {
    const p = plan(tableOf(`${header}1,Helios,,Kim,2024-01-01,Customer,${website}\n2,Acme,acme.com,Kim,2024-01-01,Customer,https://other.example\n`));
    expect(p.customersToCreate.map((c) => [c.record.name, c.record.domains])).toEqual([
      ['Helios', domains],
      ['Acme', ['acme.com']],
    ]);
    expect(p.unmatchable).toEqual([]);
  });

  it('warns about a new customer with no domain, no website and no contact: no address could match it', () => {
    const p = plan(tableOf(`${header}1,Helios,,Kim,2024-01-01,Customer,\n2,Gmail Co,,Kim,2024-01-01,Customer,https://gmail.com\n`));
    expect(p.unmatchable).toEqual([
      { name: 'Helios', lines: [2] },
      { name: 'Gmail Co', lines: [3] },
    ]);
    expect(p.warnings.map((w) => w.message)).toEqual([
      'gmail.com (from the website) cannot identify a customer; left out',
      'Helios would have no domain and no contact email, so no message could ever be matched to it',
      'Gmail Co would have no domain and no contact email, so no message could ever be matched to it',
    ]);
  });
});

describe('planImport: bad, skipped and warned rows', () => {
  const p = plan(fixtureTable('bad-rows.csv'));

  it('lists every bad row with its line, field and reason', () => {
    expect(p.bad).toEqual([
      { line: 3, field: 'contactEmail', reason: '"sam.lee(at)brokenmail.com" is not an email address' },
      { line: 4, field: 'domains', reason: '"co.uk" is a public suffix, not a company\'s domain' },
      { line: 5, field: 'domains', reason: '"not" is not a domain or website' },
      { line: 6, field: 'company', reason: expect.stringMatching(/no company name.*free-mail/) },
      { line: 7, field: null, reason: expect.stringMatching(/9 values but the header has 7/) },
      { line: 9, field: 'contactEmail', reason: 'pat@ourco.com is at one of your own domains, not a customer\'s' },
      { line: 10, field: 'company', reason: 'no company name, domain or contact email' },
    ]);
  });

  it('warns about an unknown tier and keeps the stored one', () => {
    expect(p.warnings).toEqual([{ line: 8, field: 'tier', message: expect.stringMatching(/unknown tier "Gold"/) }]);
    expect(p.customersToCreate.map((c) => [c.record.name, c.record.tier, c.lines])).toEqual([['Acme Corporation', 'Strategic', [2]]]);
    expect(p.skipped).toEqual([{ line: 8, reason: 'already in the book' }]);
  });

  it('skips duplicate rows, also when they differ only in case and spaces', () => {
    const d = plan(fixtureTable('duplicate-rows.csv'));
    expect(d.skipped).toEqual([
      { line: 4, reason: 'duplicate of line 2' },
      { line: 5, reason: 'already in the book' },
    ]);
    expect(d.summary).toMatchObject({ customersCreated: 2, contactsCreated: 2, bad: 0 });
  });

  it('reports quoted-newline rows at their first line', () => {
    const q = plan(fixtureTable('quoted-newlines.csv'));
    expect(q.bad).toEqual([{ line: 9, field: 'contactEmail', reason: '"not-an-email" is not an email address' }]);
    expect(q.customersToCreate.map((c) => c.lines)).toEqual([[2], [5], [8]]);
  });

  it('refuses domains that belong to two customers and keeps a contact where it is', () => {
    const existing: ExistingBook = {
      customers: [customer('a', 'Acme', ['acme.com']), customer('g', 'Globex', ['globex.com'])],
      contacts: [contact('dana@acme.com', 'a')],
    };
    const r = planImport(
      tableOf('company,domains,email\nMerged,acme.com globex.com,\nGlobex,globex.com,dana@acme.com\n').rows,
      { layout: 'custom', columns: { company: 0, domains: 1, contactEmail: 2 } },
      existing,
      NOW,
      idGenerator(),
      OPTIONS,
    );
    expect(r.bad).toEqual([{ line: 2, field: 'domains', reason: 'the domains belong to different customers (Acme and Globex)' }]);
    expect(r.warnings).toEqual([{ line: 3, field: 'contactEmail', message: 'dana@acme.com is already a contact of Acme; it stays there' }]);
    expect(r.contactsToUpdate).toEqual([]);
  });
});

describe('planImport helpers', () => {
  it.each([
    ['https://www.Acme.com/about?x=1', 'acme.com'],
    ['http://acme.com:8080', 'acme.com'],
    ['www2.acme.co.uk', 'acme.co.uk'],
    ['ACME.COM.', 'acme.com'],
    ['müller.de', 'xn--mller-kva.de'],
    ['not a domain', null],
  ])('domainFromCell(%j) = %j', (cell, domain) => {
    expect(domainFromCell(cell)).toBe(domain);
  });

  it('compares company names without case, punctuation and legal form', () => {
    expect(companyKey('Acme, Inc.')).toBe(companyKey('ACME inc'));
    expect(companyKey('Acme Corporation')).toBe('acme');
    expect(companyKey('Bauer & Söhne KG')).toBe('bauer and söhne');
  });
});

describe('planImport at scale', () => {
  it('plans 50,000 rows quickly', () => {
    const lines = ['company,tier,domains,contact_name,contact_email,contact_role,notes'];
    for (let i = 0; i < 50_000; i++) {
      const c = i % 10_000;
      lines.push(`Company ${c},Key,company${c}.com,Person ${i},person${i}@company${c}.com,Buyer,`);
    }
    const table = tableOf(lines.join('\n'));
    const started = performance.now();
    const p = plan(table);
    const elapsed = performance.now() - started;
    expect(p.summary).toMatchObject({ customersCreated: 10_000, contactsCreated: 50_000, bad: 0 });
    // A guard against quadratic work on a loaded CI runner, not a benchmark (bench/customers.ts is).
    expect(elapsed).toBeLessThan(5000);
  });
});

function customer(id: string, name: string, domains: string[]): Customer {
  return customerSchema.parse({
    accountId: OPTIONS.accountId,
    id,
    name,
    tier: 'Key',
    domains,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  });
}
function contact(email: string, customerId: string): Contact {
  return contactSchema.parse({ accountId: OPTIONS.accountId, email, customerId });
}
