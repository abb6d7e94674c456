import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact, Customer } from '../../../lib/db/records';
import { exportBook, escapeCell, unescapeCell } from '../../../lib/customers/csv/export';
import { detectLayout } from '../../../lib/customers/csv/layouts';
import { parseCsvText } from '../../../lib/customers/csv/parse';
import type { ExistingBook } from '../../../lib/customers/csv/plan';
import { planImport } from '../../../lib/customers/csv/plan';
import { NOW, OPTIONS, idGenerator } from './csv-helpers';

const at = '2024-06-01T08:00:00.000Z';
const customer = (id: string, name: string, tier: string, domains: string[], notes = ''): Customer => ({
  accountId: OPTIONS.accountId, id, name, tier, domains, notes, targets: {}, cadenceDays: null, createdAt: at, updatedAt: at,
});
const contact = (email: string, customerId: string, name = '', role = ''): Contact => ({ accountId: OPTIONS.accountId, email, customerId, name, role });

const book: ExistingBook = {
  customers: [
    customer('1', 'Acme Corporation', 'Strategic', ['acme.com', 'acme-eu.com'], 'Renewal in March.\nSay "hi", then =SUM(A1)'),
    customer('2', '=HYPERLINK("http://evil.example")', 'Key', ['evil-but-customer.com']),
    customer('3', 'Lindqvist Design', 'Standard', [], '- freelancer\n- pays late'),
    { ...customer('4', 'Northwind Traders UK', 'Key', ['northwind.co.uk']), timeZone: 'Europe/London' },
    customer('5', 'Brightwave, Analytics; Ltd', 'Key', ['brightwave.io']),
    // Issue 14: an apostrophe the user typed, and leading spaces, survive the round trip.
    customer('6', 'Quill & Co', 'Key', ['quill.example'], "'=not a formula, typed with its apostrophe"),
    customer('7', 'Indent Ltd', 'Key', ['indent.example'], "   indented first line\n  and second"),
    customer('8', "O'Brien Partners", 'Key', ['obrien.example'], "'tis the season"),
  ],
  contacts: [
    contact('dana.reyes@acme.com', '1', 'Reyes, Dana', 'VP Operations'),
    contact('tomas@acme-eu.com', '1', 'Tomás Ortega', '+ procurement'),
    contact('sofia.lindqvist@gmail.com', '3', 'Sofia Lindqvist', 'Owner'),
    contact('chidi@brightwave.io', '5', '@chidi', ''),
  ],
};

function reimport(csv: string, into: ExistingBook) {
  const parsed = parseCsvText(csv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const detection = detectLayout(parsed.table.header);
  expect(detection.layout).toBe('template');
  return planImport(parsed.table.rows, detection.mapping, into, NOW, idGenerator('r'), OPTIONS);
}

describe('exportBook', () => {
  const csv = exportBook(book);

  it('writes the template with a BOM, CRLF and formula cells neutralised', () => {
    expect(csv.startsWith('\uFEFFcompany,tier,domains,contact_name,contact_email,contact_role,notes,time_zone\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")",Key,evil-but-customer.com`);
    expect(csv).toContain("'+ procurement");
    const parsed = parseCsvText(csv);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const cells = parsed.table.rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });

  it('re-imports into the same book as nothing new', () => {
    const p = reimport(csv, book);
    expect(p.bad).toEqual([]);
    expect(p.summary).toMatchObject({ customersCreated: 0, customersMerged: 0, contactsCreated: 0, contactsUpdated: 0 });
    expect(p.skipped.every((s) => s.reason === 'already in the book')).toBe(true);
  });

  it('re-imports into an empty book as the same book', () => {
    const p = reimport(csv, { customers: [], contacts: [] });
    const strip = (c: Customer) => ({ name: c.name, tier: c.tier, domains: c.domains, notes: c.notes, timeZone: c.timeZone });
    expect(p.customersToCreate.map((c) => strip(c.record)).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      book.customers.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
    );
    const nameOf = new Map(p.customersToCreate.map((c) => [c.record.id, c.record.name]));
    const originalName = new Map(book.customers.map((c) => [c.id, c.name]));
    expect(p.contactsToCreate.map((c) => [c.record.email, nameOf.get(c.record.customerId), c.record.name, c.record.role]).sort()).toEqual(
      book.contacts.map((c) => [c.email, originalName.get(c.customerId), c.name, c.role]).sort(),
    );
  });

  it('escapes and unescapes any cell', () => {
    const typed = fc.constantFrom("'", "''", "'=1+1", "'-x", "' leading", '  spaces', '\tTab');
    fc.assert(
      fc.property(fc.oneof(fc.string(), typed, fc.tuple(typed, fc.string()).map(([a, b]) => a + b)), (s) => {
        expect(unescapeCell(escapeCell(s))).toBe(s);
        expect(/^[=+\-@\t\r]/.test(escapeCell(s))).toBe(false);
      }),
    );
  });
});
