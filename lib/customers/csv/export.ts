/**
 * The book as a CSV in the project's template, which imports back to the same book.
 * One row per contact with the company's columns repeated, so that the file survives
 * sorting and filtering in a spreadsheet; a customer without contacts gets one row.
 */
import Papa from 'papaparse';
import type { Contact, Customer } from '../../db/records';
import { TEMPLATE_COLUMNS } from './layouts';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula ("CSV injection"); a leading apostrophe makes them show it as text. Our own
 * template importer removes the apostrophe again, so notes like "- call back" round-trip.
 * A value the user began with an apostrophe gets one more, so that it survives too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_START = /^[=+\-@\t\r']/;

export function escapeCell(value: string): string {
  return ESCAPED_START.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") && ESCAPED_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Whether a spreadsheet would run this cell as a formula. */
export const isFormulaLike = (value: string): boolean => FORMULA_START.test(value);

export interface ExportOptions {
  /** A UTF-8 byte-order mark, so that Excel shows accented names right (default true). */
  byteOrderMark?: boolean;
}

export function exportBook(
  book: { customers: readonly Customer[]; contacts: readonly Contact[] },
  options: ExportOptions = {},
): string {
  const byCustomer = new Map<string, Contact[]>();
  for (const contact of book.contacts) {
    const list = byCustomer.get(contact.customerId);
    if (list === undefined) byCustomer.set(contact.customerId, [contact]);
    else list.push(contact);
  }
  const customers = [...book.customers].sort(
    (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  );
  const rows: string[][] = [];
  for (const customer of customers) {
    const company = [customer.name, customer.tier, customer.domains.join('; ')];
    const contacts = [...(byCustomer.get(customer.id) ?? [])].sort((a, b) => a.email.localeCompare(b.email));
    const zone = customer.timeZone ?? '';
    if (contacts.length === 0) rows.push([...company, '', '', '', customer.notes, zone]);
    for (const contact of contacts) {
      rows.push([...company, contact.name, contact.email, contact.role, customer.notes, zone]);
    }
  }
  const csv = Papa.unparse(
    { fields: [...TEMPLATE_COLUMNS], data: rows.map((r) => r.map(escapeCell)) },
    { newline: '\r\n', quotes: false },
  );
  return (options.byteOrderMark ?? true ? '\uFEFF' : '') + csv + '\r\n';
}
