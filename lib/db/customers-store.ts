/**
 * The customer book in Dexie. Every write is one transaction over customers and
 * contacts (and accounts, see ensureAccount), so a save, a delete or a whole import
 * either happens completely or not at all; the zod middleware refuses invalid rows,
 * which aborts the transaction too.
 */
import { defaultTierName, type Settings } from '../settings';
import { CustomerBookError, type CustomerDraft } from '../customers/book';
import { toAsciiDomain } from '../customers/domain';
import { isFreeMailDomain } from '../customers/free-mail';
import { planImport, type ImportPlan } from '../customers/csv/plan';
import type { ColumnMapping } from '../customers/csv/layouts';
import type { CsvRow } from '../customers/csv/parse';
import { importSummarySchema, type ImportSummary } from '../customers/csv/transfer';
import { z } from 'zod';
import type { Contact, Customer } from './records';
import type { FollowThroughDB } from './database';
import { markClocksStale } from './stale-store';

export interface CustomerListRow {
  id: string;
  name: string;
  tier: string;
  domains: string[];
  contacts: { email: string; name: string }[];
  cadenceDays: number | null;
  updatedAt: string;
  /** Only when the customer has targets of its own (most have none): the options page lists them. */
  targets?: Customer['targets'];
}

export interface Book {
  customers: Customer[];
  contacts: Contact[];
}

export interface WriteDeps {
  now: Date;
  newId: () => string;
}

export async function readBook(db: FollowThroughDB, accountId: string): Promise<Book> {
  const [customers, contacts] = await Promise.all([
    db.customers.where('accountId').equals(accountId).toArray(),
    db.contacts.where('accountId').equals(accountId).toArray(),
  ]);
  return { customers, contacts };
}

/** The company name of each item's customer (null when it has none or it was deleted). */
export async function customerNames(
  db: FollowThroughDB,
  items: readonly { accountId: string; customerId: string | null }[],
): Promise<(string | null)[]> {
  const customers = await db.customers.bulkGet(items.map((i) => [i.accountId, i.customerId ?? ''] as [string, string]));
  return customers.map((c) => c?.name ?? null);
}

/** The table's rows, by name; one read of each table, grouped in memory. */
export async function listCustomers(db: FollowThroughDB, accountId: string): Promise<CustomerListRow[]> {
  return db.transaction('r', db.customers, db.contacts, async () => {
    const { customers, contacts } = await readBook(db, accountId);
    const byCustomer = new Map<string, { email: string; name: string }[]>();
    for (const c of contacts) {
      const list = byCustomer.get(c.customerId);
      const entry = { email: c.email, name: c.name };
      if (list === undefined) byCustomer.set(c.customerId, [entry]);
      else list.push(entry);
    }
    return customers.map((c) => ({
      id: c.id,
      name: c.name,
      tier: c.tier,
      domains: c.domains,
      contacts: byCustomer.get(c.id) ?? [],
      cadenceDays: c.cadenceDays,
      updatedAt: c.updatedAt,
      ...(c.targets.firstReply || c.targets.nextReply ? { targets: c.targets } : {}),
    }));
  });
}

export async function getCustomer(
  db: FollowThroughDB,
  accountId: string,
  id: string,
): Promise<{ customer: Customer; contacts: Contact[] }> {
  return db.transaction('r', db.customers, db.contacts, async () => {
    const customer = await db.customers.get([accountId, id]);
    if (customer === undefined) throw new CustomerBookError('id', `no customer ${id} in ${accountId}`);
    const contacts = await db.contacts.where('[accountId+customerId]').equals([accountId, id]).sortBy('email');
    return { customer, contacts };
  });
}

/**
 * Writing into an account that Gmail has not shown yet (the user typed it on the options
 * page) creates its partition, so that the account pickers, counts and backups see it.
 */
async function ensureAccount(db: FollowThroughDB, accountId: string, now: Date): Promise<void> {
  if ((await db.accounts.get(accountId)) === undefined) {
    const at = now.toISOString();
    await db.accounts.add({ id: accountId, createdAt: at, lastSeenAt: at, aliases: [] });
  }
}

/**
 * Creates or updates one customer and makes its contacts exactly the draft's. Refuses
 * (naming the field) a domain another customer already has, because recognition could
 * then not tell the two apart, and a contact that belongs to another customer.
 */
export async function saveCustomer(
  db: FollowThroughDB,
  draft: CustomerDraft,
  { now, newId }: WriteDeps,
): Promise<{ customer: Customer; contacts: Contact[] }> {
  const { accountId } = draft;
  return db.transaction('rw', db.customers, db.contacts, db.accounts, db.meta, async () => {
    const existing = draft.id === undefined ? undefined : await db.customers.get([accountId, draft.id]);
    if (draft.id !== undefined && existing === undefined) {
      throw new CustomerBookError('id', 'this customer no longer exists (deleted in another tab?)');
    }
    const id = existing?.id ?? newId();
    const others = (await db.customers.where('accountId').equals(accountId).toArray()).filter((c) => c.id !== id);
    const domainOwner = new Map<string, Customer>();
    for (const other of others) {
      for (const d of other.domains) {
        const ascii = toAsciiDomain(d);
        if (ascii !== null) domainOwner.set(ascii, other);
      }
    }
    // Only the same domain collides: a subsidiary (eu.acme.com) may be its own customer,
    // recognition prefers the most specific domain.
    draft.domains.forEach((domain, i) => {
      const owner = domainOwner.get(domain);
      if (owner !== undefined) throw new CustomerBookError(`domains[${i}]`, `${domain} already belongs to ${owner.name}`);
    });

    const existingContacts = await db.contacts.bulkGet(draft.contacts.map((c) => [accountId, c.email]));
    const ownerIds = new Set(existingContacts.flatMap((c) => (c && c.customerId !== id ? [c.customerId] : [])));
    if (ownerIds.size > 0) {
      const owners = new Map(others.filter((o) => ownerIds.has(o.id)).map((o) => [o.id, o.name]));
      existingContacts.forEach((c, i) => {
        if (c && c.customerId !== id) {
          throw new CustomerBookError(
            `contacts[${i}].email`,
            `${c.email} is already a contact of ${owners.get(c.customerId) ?? 'another customer'}`,
          );
        }
      });
    }

    const at = now.toISOString();
    const customer: Customer = {
      accountId,
      id,
      name: draft.name,
      tier: draft.tier,
      domains: draft.domains,
      notes: draft.notes,
      targets: draft.targets,
      cadenceDays: draft.cadenceDays,
      ...(draft.timeZone === null ? {} : { timeZone: draft.timeZone }),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    const contacts: Contact[] = draft.contacts.map((c) => ({ accountId, customerId: id, ...c }));
    await ensureAccount(db, accountId, now);
    await db.customers.put(customer);
    await markClocksStale(db, [accountId]);
    const keep = new Set(contacts.map((c) => c.email));
    const dropped = await db.contacts
      .where('[accountId+customerId]')
      .equals([accountId, id])
      .filter((c) => !keep.has(c.email))
      .primaryKeys();
    await db.contacts.bulkDelete(dropped);
    await db.contacts.bulkPut(contacts);
    return { customer: (await db.customers.get([accountId, id]))!, contacts: [...contacts].sort((a, b) => a.email.localeCompare(b.email)) };
  });
}

/**
 * Deletes customers with their contacts and returns what was deleted, for an undo.
 * Threads and follow-ups keep their customerId: an undo restores the same ids, so the
 * links come back, and recognition re-files threads of a customer that stays deleted.
 */
export async function deleteCustomers(db: FollowThroughDB, accountId: string, ids: readonly string[]): Promise<Book> {
  return db.transaction('rw', db.customers, db.contacts, db.meta, async () => {
    const found = (await db.customers.bulkGet(ids.map((id) => [accountId, id]))).filter(
      (c): c is Customer => c !== undefined,
    );
    // One index query for all of them: a bulk delete of thousands stays one round trip.
    const contacts =
      found.length === 0
        ? []
        : await db.contacts
            .where('[accountId+customerId]')
            .anyOf(found.map((c) => [accountId, c.id]))
            .toArray();
    await db.contacts.bulkDelete(contacts.map((c) => [c.accountId, c.email]));
    await db.customers.bulkDelete(found.map((c) => [c.accountId, c.id]));
    if (found.length > 0) await markClocksStale(db, [accountId]);
    return { customers: found, contacts };
  });
}

/** The undo of a delete: the same records, ids and times, back in one transaction. */
export async function restoreCustomers(
  db: FollowThroughDB,
  accountId: string,
  records: Book,
  now: Date,
): Promise<{ customers: number; contacts: number }> {
  const foreign = [...records.customers, ...records.contacts].find((r) => r.accountId !== accountId);
  if (foreign !== undefined) throw new Error(`records of ${foreign.accountId} cannot be restored into ${accountId}`);
  return db.transaction('rw', db.customers, db.contacts, db.accounts, db.meta, async () => {
    await ensureAccount(db, accountId, now);
    await db.customers.bulkPut(records.customers);
    await db.contacts.bulkPut(records.contacts);
    await markClocksStale(db, [accountId]);
    return { customers: records.customers.length, contacts: records.contacts.length };
  });
}

export interface ImportInput {
  accountId: string;
  mapping: ColumnMapping;
  rows: readonly CsvRow[];
}

/**
 * Plan options from the settings: the user's tiers (a new customer without one gets the
 * last, i.e. least demanding, tier) and internal domains (settings plus the account's
 * own domain unless it is free mail, as in the spec's "Who is a customer").
 */
export function importOptions(settings: Settings, accountId: string) {
  const tierNames = settings.tiers.map((t) => t.name);
  const accountDomain = accountId.slice(accountId.lastIndexOf('@') + 1);
  const ownDomains = [...settings.ownDomains];
  if (!isFreeMailDomain(accountDomain)) ownDomains.push(accountDomain);
  return { accountId, tierNames, defaultTier: defaultTierName(tierNames), ownDomains };
}

/** The dry run against the stored book; writes nothing. */
export async function planCustomerImport(
  db: FollowThroughDB,
  input: ImportInput,
  settings: Settings,
  { now, newId }: WriteDeps,
): Promise<ImportPlan> {
  const book = await db.transaction('r', db.customers, db.contacts, () => readBook(db, input.accountId));
  return planImport(input.rows, input.mapping, book, now, newId, importOptions(settings, input.accountId));
}

export class StaleImportError extends Error {
  constructor() {
    super('The customer book changed since the dry run, so nothing was imported. Run the dry run again.');
    this.name = 'StaleImportError';
  }
}

const sameSummary = (a: ImportSummary, b: ImportSummary): boolean =>
  (Object.keys(a) as (keyof ImportSummary)[]).every((k) => a[k] === b[k]);

/**
 * Plans again inside one read-write transaction and writes the plan there: what is
 * written is exactly what the stored book implies at that moment, and any failure
 * (an invalid record, a quota error) rolls everything back. Refuses when the plan is
 * not the one the user confirmed.
 */
export async function applyCustomerImport(
  db: FollowThroughDB,
  input: ImportInput,
  expected: ImportSummary,
  settings: Settings,
  deps: WriteDeps,
  importId?: string,
): Promise<ImportSummary> {
  const options = importOptions(settings, input.accountId);
  return db.transaction('rw', db.customers, db.contacts, db.accounts, db.meta, async () => {
    const book = await readBook(db, input.accountId);
    const plan = planImport(input.rows, input.mapping, book, deps.now, deps.newId, options);
    if (!sameSummary(plan.summary, expected)) throw new StaleImportError();
    await writeImportPlan(db, input.accountId, plan, deps.now);
    // The receipt commits with the rows: a page that lost the reply asks for it (importReceipt).
    if (importId !== undefined) await db.meta.put({ key: RECEIPT_PREFIX + importId, value: JSON.stringify({ accountId: input.accountId, summary: plan.summary }) });
    return plan.summary;
  });
}

const RECEIPT_PREFIX = 'customers.import:';
const receiptSchema = z.object({ accountId: z.string(), summary: importSummarySchema });

/** What an import with this id wrote, or null when it wrote nothing (failed, or never ran). */
export async function importReceipt(db: FollowThroughDB, accountId: string, importId: string): Promise<ImportSummary | null> {
  const row = await db.meta.get(RECEIPT_PREFIX + importId);
  if (!row) return null;
  const receipt = receiptSchema.parse(JSON.parse(row.value));
  return receipt.accountId === accountId ? receipt.summary : null;
}

/** Writes a plan; joins the caller's transaction, or opens its own. */
export async function writeImportPlan(db: FollowThroughDB, accountId: string, plan: ImportPlan, now: Date): Promise<void> {
  await db.transaction('rw', db.customers, db.contacts, db.accounts, db.meta, async () => {
    if (plan.customersToCreate.length + plan.customersToMerge.length + plan.contactsToCreate.length + plan.contactsToUpdate.length === 0) {
      return;
    }
    await ensureAccount(db, accountId, now);
    await db.customers.bulkPut([...plan.customersToCreate.map((c) => c.record), ...plan.customersToMerge.map((m) => m.after)]);
    await db.contacts.bulkPut([...plan.contactsToCreate.map((c) => c.record), ...plan.contactsToUpdate.map((u) => u.after)]);
    await markClocksStale(db, [accountId]);
  });
}
