/**
 * Everything the store holds about one customer, read once for the Gmail sidebar's card and
 * for the customer page: contacts, threads with their recent messages, follow-ups, last
 * contact both ways, and the record computed from them.
 */
import { classifyAddress } from '../customers/recognition';
import type { ClockContext } from '../alerts/thread-clock';
import type { FollowThroughDB } from '../db/database';
import type { Contact, Customer, FollowUp, Message, Thread } from '../db/records';
import { lastContact } from './last-contact';
import { customerRecord, type CustomerRecord } from './record';

export interface CustomerHistory {
  contacts: Contact[];
  threads: Thread[];
  /** Messages of the threads active in the last 90 days (or of unknown age), by thread id. */
  messages: Map<string, Message[]>;
  followUps: FollowUp[];
  /** The latest message from and to this customer, in any thread. */
  lastContact: { incoming: string | null; outgoing: string | null };
  record: CustomerRecord;
}

export async function readCustomerHistory(
  db: FollowThroughDB,
  ctx: ClockContext,
  customer: Customer,
  now: Date,
): Promise<CustomerHistory> {
  const { accountId } = customer;
  const [contacts, threads, followUps] = await Promise.all([
    db.contacts.where('[accountId+customerId]').equals([accountId, customer.id]).toArray(),
    db.threads.where('[accountId+customerId]').equals([accountId, customer.id]).toArray(),
    db.followUps.where('[accountId+customerId]').equals([accountId, customer.id]).toArray(),
  ]);
  // Reply times look back 90 days: only threads active since then (or of unknown age) are read,
  // and any thread whose clock still runs, however old.
  const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
  const recent = threads.filter(
    (t) =>
      t.clock !== null ||
      t.lastIncomingAt === undefined ||
      (t.lastIncomingAt ?? '') >= since ||
      (t.lastOutgoingAt ?? '') >= since,
  );
  const recentMessages = await Promise.all(
    recent.map((t) => db.messages.where('[accountId+threadId]').equals([accountId, t.threadId]).toArray()),
  );
  return {
    contacts,
    threads,
    messages: new Map(recent.map((t, i) => [t.threadId, recentMessages[i]!])),
    followUps,
    lastContact: lastContact(threads, recentMessages.flat()),
    record: customerRecord({
      followUps,
      threads: recent.map((t, i) => ({ thread: t, messages: recentMessages[i]! })),
      customer,
      settings: ctx.settings,
      schedule: ctx.schedule,
      isCustomerMessage: (m) => classifyAddress(ctx.index, m.from).kind === 'customer',
      now,
    }),
  };
}
