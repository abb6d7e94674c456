/**
 * The dry run: what an import would create, merge and skip, and why each bad row is bad.
 * Pure data; the lead applies it in one Dexie transaction, so a cancelled import writes
 * nothing. Every lookup is a Map probe, so 50,000 rows plan in well under a second.
 *
 * Matching a row to a customer, first hit wins:
 *   1. one of the row's domains (or a parent of it) is a customer's domain;
 *   2. the contact email is already a contact;
 *   3. the contact email's domain (not free mail) is a customer's domain;
 *   4. the company name, compared without case, punctuation and legal suffixes
 *      ("Acme, Inc." = "ACME Inc") — only when exactly one customer has that name;
 *   5. otherwise a new customer.
 * Earlier rows of the same file count as "existing" for later rows, so a contacts export
 * with one row per person creates each company once.
 */
import { z } from 'zod';
import type { Contact, Customer } from '../../db/records';
import { emailAddress, isValidTimeZone } from '../../schema-primitives';
import { parseAddress } from '../address';
import { domainAndParents, registrableDomain, toAsciiDomain } from '../domain';
import { isFreeMailDomain } from '../free-mail';
import { companyNameFromDomain } from '../propose';
import type { ColumnMapping, ImportField } from './layouts';
import { IMPORT_FIELDS, columnMappingSchema } from './layouts';
import type { CsvRow } from './parse';
import { unescapeCell } from './export';

export interface PlanOptions {
  accountId: string;
  /** Tier names from settings; a row's tier must be one of them (case-insensitive). */
  tierNames: readonly string[];
  /** Tier of a new customer whose row names none. */
  defaultTier: string;
  /** Addresses at the user's own domains are colleagues, never customer contacts. */
  ownDomains?: readonly string[];
}

export interface BadRow {
  line: number;
  field: ImportField | null;
  reason: string;
}
export interface SkippedRow {
  line: number;
  reason: string;
}
export interface RowWarning {
  line: number;
  field: ImportField | null;
  message: string;
}

export interface CustomerCreate {
  record: Customer;
  lines: number[];
}
export interface CustomerMerge {
  before: Customer;
  after: Customer;
  changed: ('tier' | 'domains' | 'notes' | 'time zone')[];
  lines: number[];
}
export interface ContactCreate {
  record: Contact;
  line: number;
}
export interface ContactUpdate {
  before: Contact;
  after: Contact;
  changed: ('name' | 'role')[];
  lines: number[];
}

/** A contact added to a customer already in the book: the row changes no customer, only this. */
export interface ContactToExisting {
  email: string;
  customer: string;
  line: number;
}
/** A new customer with no domain and no contact: no address can ever be matched to it. */
export interface UnmatchableCustomer {
  name: string;
  lines: number[];
}

export interface ImportPlan {
  customersToCreate: CustomerCreate[];
  contactsToExisting: ContactToExisting[];
  unmatchable: UnmatchableCustomer[];
  customersToMerge: CustomerMerge[];
  contactsToCreate: ContactCreate[];
  contactsToUpdate: ContactUpdate[];
  skipped: SkippedRow[];
  bad: BadRow[];
  warnings: RowWarning[];
  summary: {
    rows: number;
    customersCreated: number;
    customersMerged: number;
    contactsCreated: number;
    contactsUpdated: number;
    skipped: number;
    bad: number;
  };
}

export interface ExistingBook {
  customers: readonly Customer[];
  contacts: readonly Contact[];
}

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'ltd', 'limited', 'gmbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa',
  'bv', 'nv', 'plc', 'corp', 'corporation', 'co', 'company', 'pty', 'oy', 'ab', 'as', 'aps', 'kk', 'se',
]);

/** Company names as people type them differently: case, punctuation, legal form. */
export function companyKey(name: string): string {
  // Plain ASCII names skip Unicode normalisation, the slow part at 50,000 rows.
  const folded = /^[A-Za-z0-9 ]*$/.test(name)
    ? name.toLowerCase()
    : name
        .normalize('NFKC')
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
  const words = folded.split(' ').filter((w) => w !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** A row's cells by field, trimmed; unmapped fields are ''. */
const rawRowSchema = z.object({
  company: z.string().max(200, 'a company name is at most 200 characters'),
  tier: z.string().max(60, 'a tier is at most 60 characters'),
  domains: z.string().max(2000, 'too many domains in one cell'),
  website: z.string().max(2000, 'a website is at most 2,000 characters'),
  notes: z.string().max(20_000, 'notes are at most 20,000 characters'),
  contactName: z.string().max(200, 'a name is at most 200 characters'),
  contactFirstName: z.string().max(200, 'a name is at most 200 characters'),
  contactLastName: z.string().max(200, 'a name is at most 200 characters'),
  contactEmail: z.string().max(320, 'an email address is at most 320 characters'),
  contactRole: z.string().max(200, 'a role is at most 200 characters'),
  timeZone: z.string().max(100, 'a time zone is at most 100 characters'),
});
type RawRow = z.infer<typeof rawRowSchema>;

interface CleanRow {
  company: string;
  tier: string;
  domains: string[];
  notes: string;
  /** An IANA zone, or null when the row has none (or one that is no zone: a warning says so). */
  timeZone: string | null;
  contact: { email: string; name: string; role: string } | null;
}

/** `https://www.Acme.com/about` → `acme.com`; null when it is not a domain. */
export function domainFromCell(value: string): string | null {
  let v = value.trim().toLowerCase();
  if (v === '') return null;
  v = v.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  v = v.split(/[/?#]/, 1)[0]!;
  v = v.replace(/:\d+$/, '').replace(/^www\d*\./, '');
  return toAsciiDomain(v);
}

function cleanRow(raw: RawRow, ownDomains: ReadonlySet<string>): { ok: true; row: CleanRow; warnings: { field: ImportField; message: string }[] } | { ok: false; field: ImportField; reason: string } {
  const warnings: { field: ImportField; message: string }[] = [];
  const domains: string[] = [];
  for (const part of raw.domains.split(/[\s,;|]+/).filter((p) => p !== '')) {
    const domain = domainFromCell(part);
    if (domain === null) return { ok: false, field: 'domains', reason: `"${part}" is not a domain or website` };
    if (domainAndParents(domain).length === 0) {
      return { ok: false, field: 'domains', reason: `"${part}" is a public suffix, not a company's domain` };
    }
    if (isFreeMailDomain(domain)) {
      warnings.push({ field: 'domains', message: `${domain} is a free-mail domain and cannot identify a company; left out` });
      continue;
    }
    if (inSet(ownDomains, domain)) {
      warnings.push({ field: 'domains', message: `${domain} is one of your own domains; left out` });
      continue;
    }
    if (!domains.includes(domain)) domains.push(domain);
  }

  let contact: CleanRow['contact'] = null;
  const name = raw.contactName !== '' ? raw.contactName : [raw.contactFirstName, raw.contactLastName].filter((p) => p !== '').join(' ');
  if (raw.contactEmail !== '') {
    const parsed = parseAddress(raw.contactEmail);
    const valid = parsed === null ? null : emailAddress.safeParse(parsed.email);
    if (parsed === null || valid === null || !valid.success) {
      return { ok: false, field: 'contactEmail', reason: `"${raw.contactEmail}" is not an email address` };
    }
    if (inSet(ownDomains, parsed.domain)) {
      return { ok: false, field: 'contactEmail', reason: `${parsed.email} is at one of your own domains, not a customer's` };
    }
    contact = { email: parsed.email, name: name || parsed.displayName, role: raw.contactRole };
  } else if (name !== '' || raw.contactRole !== '') {
    warnings.push({ field: 'contactEmail', message: `contact ${name || raw.contactRole} has no email address and was left out` });
  }

  // A CRM row often has its domain column empty but a website: the website names the domain.
  if (domains.length === 0 && raw.domains.trim() === '' && raw.website !== '') {
    const fromWebsite = domainFromCell(raw.website);
    if (fromWebsite === null || domainAndParents(fromWebsite).length === 0) {
      warnings.push({ field: 'website', message: `"${raw.website}" is not a website a domain can be taken from; left out` });
    } else if (isFreeMailDomain(fromWebsite) || inSet(ownDomains, fromWebsite)) {
      warnings.push({ field: 'website', message: `${fromWebsite} (from the website) cannot identify a customer; left out` });
    } else {
      domains.push(fromWebsite);
    }
  }

  if (raw.company === '' && domains.length === 0 && contact === null) {
    return { ok: false, field: 'company', reason: 'no company name, domain or contact email' };
  }
  let timeZone: string | null = null;
  if (raw.timeZone !== '') {
    if (isValidTimeZone(raw.timeZone)) timeZone = raw.timeZone;
    else warnings.push({ field: 'timeZone', message: `"${raw.timeZone}" is not a time zone such as Europe/Berlin; left out` });
  }
  return { ok: true, row: { company: raw.company, tier: raw.tier, domains, notes: raw.notes, timeZone, contact }, warnings };
}

function inSet(set: ReadonlySet<string>, domain: string): boolean {
  for (const candidate of domainAndParents(domain)) if (set.has(candidate)) return true;
  return set.has(domain);
}

interface WorkingCustomer {
  record: Customer;
  before: Customer | null;
  changed: Set<'tier' | 'domains' | 'notes' | 'time zone'>;
  lines: number[];
}
interface WorkingContact {
  record: Contact;
  before: Contact | null;
  changed: Set<'name' | 'role'>;
  lines: number[];
}

/**
 * `rows` from parse.ts, `mapping` as detected or edited (validated here with zod),
 * `existing` the account's book, `now` and `newId` injected for deterministic plans.
 */
export function planImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  existing: ExistingBook,
  now: Date,
  newId: () => string,
  options: PlanOptions,
): ImportPlan {
  const { columns, layout } = columnMappingSchema.parse(mapping);
  const at = now.toISOString();
  const ownDomains = new Set<string>();
  for (const d of options.ownDomains ?? []) {
    const ascii = toAsciiDomain(d);
    if (ascii !== null) ownDomains.add(ascii);
  }
  const tierByKey = new Map(options.tierNames.map((t) => [t.trim().toLowerCase(), t] as const));
  const unescape = layout === 'template';

  const customers = new Map<string, WorkingCustomer>();
  const byDomain = new Map<string, string>();
  /** companyKey → id, or null when two customers share the name (never merge by it then). */
  const byName = new Map<string, string | null>();
  const contacts = new Map<string, WorkingContact>();
  const createdCustomerIds: string[] = [];
  const createdContactEmails: string[] = [];

  const addName = (key: string, id: string): void => {
    if (key === '') return;
    const known = byName.get(key);
    if (known === undefined) byName.set(key, id);
    else if (known !== id) byName.set(key, null);
  };
  for (const customer of existing.customers) {
    customers.set(customer.id, { record: customer, before: customer, changed: new Set(), lines: [] });
    for (const d of customer.domains) {
      const ascii = toAsciiDomain(d);
      if (ascii !== null && !byDomain.has(ascii)) byDomain.set(ascii, customer.id);
    }
    addName(companyKey(customer.name), customer.id);
  }
  for (const contact of existing.contacts) {
    const email = parseAddress(contact.email)?.email ?? contact.email;
    if (!contacts.has(email)) contacts.set(email, { record: contact, before: contact, changed: new Set(), lines: [] });
  }

  const customerOfDomain = (domain: string): string | null => {
    for (const candidate of domainAndParents(domain)) {
      const id = byDomain.get(candidate);
      if (id !== undefined) return id;
    }
    return null;
  };

  const bad: BadRow[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: RowWarning[] = [];
  const seenRows = new Map<string, number>();
  const cell = (row: CsvRow, field: ImportField): string => {
    const index = columns[field];
    if (index === undefined) return '';
    const raw = row.cells[index] ?? '';
    const value = unescape ? unescapeCell(raw) : raw;
    // Notes keep their leading spaces and line breaks (an export writes them back as typed).
    if (field === 'notes') return value.trim() === '' ? '' : value;
    return value.trim();
  };

  for (const row of rows) {
    if (row.problem !== undefined) {
      bad.push({ line: row.line, field: null, reason: row.problem });
      continue;
    }
    const values = {} as Record<ImportField, string>;
    for (const field of IMPORT_FIELDS) values[field] = cell(row, field);
    const key = IMPORT_FIELDS.map((f) => values[f]).join('\u0000');
    const firstLine = seenRows.get(key);
    if (firstLine !== undefined) {
      skipped.push({ line: row.line, reason: `duplicate of line ${firstLine}` });
      continue;
    }
    seenRows.set(key, row.line);

    const shape = rawRowSchema.safeParse(values);
    if (!shape.success) {
      const issue = shape.error.issues[0]!;
      bad.push({ line: row.line, field: issue.path[0] as ImportField, reason: issue.message });
      continue;
    }
    const cleaned = cleanRow(shape.data, ownDomains);
    if (!cleaned.ok) {
      bad.push({ line: row.line, field: cleaned.field, reason: cleaned.reason });
      continue;
    }
    const clean = cleaned.row;
    for (const w of cleaned.warnings) warnings.push({ line: row.line, ...w });

    let tier: string | null = null;
    if (clean.tier !== '') {
      tier = tierByKey.get(clean.tier.toLowerCase()) ?? null;
      if (tier === null) {
        warnings.push({
          line: row.line,
          field: 'tier',
          message:
            `unknown tier "${clean.tier}" (known: ${options.tierNames.join(', ')}); ` +
            `a new customer gets ${options.defaultTier}, an existing one keeps its tier`,
        });
      }
    }

    // Which customer the row is about.
    const domainOwners = new Set<string>();
    for (const d of clean.domains) {
      const id = customerOfDomain(d);
      if (id !== null) domainOwners.add(id);
    }
    if (domainOwners.size > 1) {
      const names = [...domainOwners].map((id) => customers.get(id)!.record.name).join(' and ');
      bad.push({ line: row.line, field: 'domains', reason: `the domains belong to different customers (${names})` });
      continue;
    }
    const emailDomain = clean.contact === null ? null : clean.contact.email.slice(clean.contact.email.lastIndexOf('@') + 1);
    const usableEmailDomain = emailDomain !== null && !isFreeMailDomain(emailDomain) ? emailDomain : null;
    const knownContact = clean.contact === null ? undefined : contacts.get(clean.contact.email);
    const rowCompanyKey = companyKey(clean.company);
    let targetId: string | null =
      [...domainOwners][0] ??
      knownContact?.record.customerId ??
      (usableEmailDomain !== null ? customerOfDomain(usableEmailDomain) : null) ??
      (rowCompanyKey !== '' ? (byName.get(rowCompanyKey) ?? null) : null);

    let target: WorkingCustomer;
    let rowChanged = false;
    if (targetId === null) {
      const nameSource = clean.domains[0] ?? usableEmailDomain;
      const name = clean.company !== '' ? clean.company : nameSource !== null ? companyNameFromDomain(nameSource) : '';
      if (name === '') {
        bad.push({
          line: row.line,
          field: 'company',
          reason: `no company name, and ${clean.contact?.email ?? 'the row'} is at a free-mail domain, so no company can be derived`,
        });
        continue;
      }
      targetId = newId();
      const record: Customer = {
        accountId: options.accountId,
        id: targetId,
        name: name.slice(0, 200),
        tier: tier ?? options.defaultTier,
        domains: [],
        notes: '',
        targets: {},
        cadenceDays: null,
        ...(clean.timeZone === null ? {} : { timeZone: clean.timeZone }),
        createdAt: at,
        updatedAt: at,
      };
      target = { record, before: null, changed: new Set(), lines: [] };
      customers.set(targetId, target);
      createdCustomerIds.push(targetId);
      addName(name === clean.company ? rowCompanyKey : companyKey(name), targetId);
      rowChanged = true;
    } else {
      target = customers.get(targetId)!;
      if (rowCompanyKey !== '' && !byName.has(rowCompanyKey)) addName(rowCompanyKey, targetId);
      if (tier !== null && tier !== target.record.tier) {
        target.record = { ...target.record, tier };
        target.changed.add('tier');
        rowChanged = true;
      }
    }

    // Domains: the row's own; the contact's company domain only while the customer has none
    // (a consultant filed under a company must not bring their firm's domain along).
    const newDomains = [...clean.domains];
    if (newDomains.length === 0 && target.record.domains.length === 0 && usableEmailDomain !== null) {
      const registrable = registrableDomain(usableEmailDomain);
      if (registrable !== null && customerOfDomain(registrable) === null) newDomains.push(registrable);
    }
    for (const d of newDomains) {
      const owner = customerOfDomain(d);
      if (owner !== null) continue; // already covered by this customer (or a parent of it)
      target.record = { ...target.record, domains: [...target.record.domains, d] };
      byDomain.set(d, targetId);
      target.changed.add('domains');
      rowChanged = true;
    }
    if (clean.timeZone !== null && clean.timeZone !== target.record.timeZone) {
      target.record = { ...target.record, timeZone: clean.timeZone };
      target.changed.add('time zone');
      rowChanged = true;
    }
    if (clean.notes !== '' && !target.record.notes.includes(clean.notes)) {
      const notes = target.record.notes === '' ? clean.notes : `${target.record.notes}\n\n${clean.notes}`;
      if (notes.length <= 20_000) {
        target.record = { ...target.record, notes };
        target.changed.add('notes');
        rowChanged = true;
      } else {
        warnings.push({ line: row.line, field: 'notes', message: 'notes left out: the customer notes would exceed 20,000 characters' });
      }
    }

    if (clean.contact !== null) {
      const c = clean.contact;
      if (knownContact === undefined) {
        const record: Contact = {
          accountId: options.accountId,
          email: c.email,
          customerId: targetId,
          name: c.name.slice(0, 200),
          role: c.role,
        };
        contacts.set(c.email, { record, before: null, changed: new Set(), lines: [row.line] });
        createdContactEmails.push(c.email);
        rowChanged = true;
      } else if (knownContact.record.customerId !== targetId) {
        const owner = customers.get(knownContact.record.customerId)?.record.name ?? 'another customer';
        warnings.push({
          line: row.line,
          field: 'contactEmail',
          message: `${c.email} is already a contact of ${owner}; it stays there`,
        });
      } else {
        const name = c.name.slice(0, 200);
        const nameChanged = name !== '' && name !== knownContact.record.name;
        const roleChanged = c.role !== '' && c.role !== knownContact.record.role;
        if (nameChanged || roleChanged) {
          knownContact.record = {
            ...knownContact.record,
            ...(nameChanged ? { name } : {}),
            ...(roleChanged ? { role: c.role } : {}),
          };
          if (nameChanged) knownContact.changed.add('name');
          if (roleChanged) knownContact.changed.add('role');
          knownContact.lines.push(row.line);
          rowChanged = true;
        }
      }
    }

    if (rowChanged) target.lines.push(row.line);
    else skipped.push({ line: row.line, reason: 'already in the book' });
  }

  const customersToCreate: CustomerCreate[] = createdCustomerIds.map((id) => {
    const w = customers.get(id)!;
    return { record: w.record, lines: w.lines };
  });
  const customersToMerge: CustomerMerge[] = [];
  for (const w of customers.values()) {
    if (w.before !== null && w.changed.size > 0) {
      customersToMerge.push({
        before: w.before,
        after: { ...w.record, updatedAt: at },
        changed: [...w.changed],
        lines: w.lines,
      });
    }
  }
  const contactsToCreate: ContactCreate[] = createdContactEmails.map((email) => {
    const w = contacts.get(email)!;
    return { record: w.record, line: w.lines[0]! };
  });
  const created = new Set(createdCustomerIds);
  const contactsToExisting = contactsToCreate
    .filter((c) => !created.has(c.record.customerId))
    .map((c) => ({ email: c.record.email, customer: customers.get(c.record.customerId)?.record.name ?? '', line: c.line }));
  const withContacts = new Set(contactsToCreate.map((c) => c.record.customerId));
  const unmatchable = customersToCreate
    .filter((c) => c.record.domains.length === 0 && !withContacts.has(c.record.id))
    .map((c) => ({ name: c.record.name, lines: c.lines }));
  for (const u of unmatchable) {
    warnings.push({
      line: u.lines[0] ?? 0,
      field: 'domains',
      message: `${u.name} would have no domain and no contact email, so no message could ever be matched to it`,
    });
  }
  const contactsToUpdate: ContactUpdate[] = [];
  for (const w of contacts.values()) {
    if (w.before !== null && w.changed.size > 0) {
      contactsToUpdate.push({ before: w.before, after: w.record, changed: [...w.changed], lines: w.lines });
    }
  }
  return {
    customersToCreate,
    contactsToExisting,
    unmatchable,
    customersToMerge,
    contactsToCreate,
    contactsToUpdate,
    skipped,
    bad,
    warnings,
    summary: {
      rows: rows.length,
      customersCreated: customersToCreate.length,
      customersMerged: customersToMerge.length,
      contactsCreated: contactsToCreate.length,
      contactsUpdated: contactsToUpdate.length,
      skipped: skipped.length,
      bad: bad.length,
    },
  };
}
