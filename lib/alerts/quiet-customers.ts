/**
 * Customers gone quiet, read from the store for the popup and the badge: each customer with a
 * cadence (its own or its tier's), its last contact in and out from its threads, and the
 * contact to write to.
 *
 * Decisions (the spec is silent):
 * - Last contact comes from the threads' newest incoming and outgoing message (kept with every
 *   observation); a thread stored before those were kept is read message by message.
 * - The contact to write to is the customer's contact the user last wrote to, else the one who
 *   last wrote, else the first on the customer's list: the person the relationship runs through.
 * - A snoozed customer (quietSnoozedUntil in the future) is left out until then.
 */
import type { FollowThroughDB } from '../db/database';
import type { Contact, Customer, Message, Thread } from '../db/records';
import { cadenceFor, quietState, type QuietState } from '../relationship/going-quiet';
import { lastContact } from '../relationship/last-contact';
import type { Settings } from '../settings';

export interface QuietCustomer {
  accountId: string;
  customer: Customer;
  contact: Pick<Contact, 'email' | 'name'> | null;
  state: QuietState;
}

export async function readQuietCustomers(
  db: FollowThroughDB,
  settings: Pick<Settings, 'tiers' | 'timeZone'>,
  now: Date,
  accounts?: readonly string[],
  // The badge only counts them: whom to write to costs a read per quiet customer.
  { withContact = true }: { withContact?: boolean } = {},
): Promise<QuietCustomer[]> {
  const ids = accounts ?? (await db.accounts.toCollection().primaryKeys());
  const nowIso = now.toISOString();
  const perAccount = await Promise.all(
    ids.map(async (accountId) => {
      const customers = (await db.customers.where('accountId').equals(accountId).toArray()).filter(
        (c) => cadenceFor(c, settings) !== null && !(c.quietSnoozedUntil && c.quietSnoozedUntil > nowIso),
      );
      if (customers.length === 0) return [];
      // One read of the account's threads rather than one per customer: this runs on every
      // badge recompute.
      const threadsOf = new Map<string, Thread[]>();
      for (const t of await db.threads.where('accountId').equals(accountId).toArray()) {
        if (t.customerId !== null) threadsOf.set(t.customerId, [...(threadsOf.get(t.customerId) ?? []), t]);
      }
      const found = await Promise.all(
        customers.map((c) => quietCustomer(db, c, threadsOf.get(c.id) ?? [], settings, now, withContact)),
      );
      return found.filter((q): q is QuietCustomer => q !== null);
    }),
  );
  // Longest overdue first.
  return perAccount.flat().sort((a, b) => a.state.dueSince.localeCompare(b.state.dueSince));
}

async function quietCustomer(
  db: FollowThroughDB,
  customer: Customer,
  threads: readonly Thread[],
  settings: Pick<Settings, 'tiers' | 'timeZone'>,
  now: Date,
  withContact: boolean,
): Promise<QuietCustomer | null> {
  const { accountId } = customer;
  // Threads stored before their last contact was kept: read their messages instead.
  const unknown = threads.filter((t) => t.lastIncomingAt === undefined || t.lastOutgoingAt === undefined);
  const messages: Message[] = (
    await Promise.all(
      unknown.map((t) => db.messages.where('[accountId+threadId]').equals([accountId, t.threadId]).toArray()),
    )
  ).flat();
  const last = lastContact(threads, messages);
  const state = quietState({
    cadenceDays: cadenceFor(customer, settings),
    lastIncomingAt: last.incoming,
    lastOutgoingAt: last.outgoing,
    knownSince: customer.createdAt,
    now,
    timeZone: settings.timeZone,
  });
  if (!state) return null;
  return { accountId, customer, contact: withContact ? await mainContact(db, customer, threads) : null, state };
}

async function mainContact(
  db: FollowThroughDB,
  customer: Customer,
  threads: readonly { threadId: string; lastOutgoingAt?: string | null | undefined; lastIncomingAt?: string | null | undefined }[],
): Promise<Pick<Contact, 'email' | 'name'> | null> {
  const contacts = await db.contacts.where('[accountId+customerId]').equals([customer.accountId, customer.id]).toArray();
  if (contacts.length === 0) return null;
  const byEmail = new Map(contacts.map((c) => [c.email, c]));
  // The most recent thread's messages, newest first: whom the user wrote to, else who wrote.
  const recent = [...threads].sort((a, b) =>
    (b.lastOutgoingAt ?? b.lastIncomingAt ?? '').localeCompare(a.lastOutgoingAt ?? a.lastIncomingAt ?? ''),
  )[0];
  if (recent) {
    const messages = (
      await db.messages.where('[accountId+threadId]').equals([customer.accountId, recent.threadId]).toArray()
    ).sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    const pick = (addresses: readonly string[]) => addresses.map((a) => byEmail.get(a)).find((c) => c);
    const wroteTo = messages.filter((m) => m.direction === 'outgoing').map((m) => pick([...m.to, ...m.cc]));
    const wroteFrom = messages.filter((m) => m.direction === 'incoming').map((m) => pick([m.from]));
    const found = wroteTo.find((c) => c) ?? wroteFrom.find((c) => c);
    if (found) return { email: found.email, name: found.name };
  }
  const first = [...contacts].sort((a, b) => a.email.localeCompare(b.email))[0]!;
  return { email: first.email, name: first.name };
}

/** Puts off (or, with null, brings back) a customer's going-quiet item. */
export async function snoozeQuietCustomer(
  db: FollowThroughDB,
  { accountId, customerId, until }: { accountId: string; customerId: string; until: string | null },
  now: Date,
): Promise<Customer> {
  return db.transaction('rw', db.customers, async () => {
    const customer = await db.customers.get([accountId, customerId]);
    if (!customer) throw new Error(`no customer ${customerId} in ${accountId}`);
    const next = { ...customer, quietSnoozedUntil: until, updatedAt: now.toISOString() };
    await db.customers.put(next);
    return next;
  });
}
