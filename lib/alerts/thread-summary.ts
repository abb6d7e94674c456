/**
 * What the Gmail sidebar shows for the open thread: the customer and their contacts in it,
 * when the customer last wrote and was written to, the live reply clock with its target,
 * what is owed in this thread and elsewhere to the same customer, and a customer proposal
 * for an unknown sender.
 */
import { classifyAddress } from '../customers/recognition';
import { proposeCustomer, type CustomerProposal } from '../customers/propose';
import type { FollowThroughDB } from '../db/database';
import type { Contact, Customer, FollowUp, Message } from '../db/records';
import { followUpsOfThread } from '../db/follow-ups-store';
import { followUpStatus, type FollowUpStatus } from '../follow-up-state';
import { lastContact } from '../relationship/last-contact';
import { customerRecord, type CustomerRecord } from '../relationship/record';
import { loadClockContext, stateOfThread, type ClockContext } from './thread-clock';

type RatedFollowUp = FollowUp & { status: FollowUpStatus };

export interface ThreadSummary {
  customer: Customer | null;
  /** The customer's contacts who wrote or were written to in this thread. */
  contacts: Pick<Contact, 'email' | 'name' | 'role'>[];
  /** The latest message from and to this customer, in any thread. */
  lastContact: { incoming: string | null; outgoing: string | null };
  clock:
    | { awaiting: false; reason: string }
    | {
        awaiting: true;
        side: 'firstReply' | 'nextReply';
        since: string;
        status: 'ok' | 'at-risk' | 'breached';
        elapsedMinutes: number;
        remainingMinutes: number;
        targetMinutes: number;
        unit: 'businessHours' | 'calendarHours';
        snoozedUntil: string | null;
        /** Messages of the thread the clock could not read (collapsed since before install). */
        unseenMessages: number;
      };
  /** This thread's follow-ups, soonest due first. */
  followUps: RatedFollowUp[];
  /** The same customer's open follow-ups from other threads, soonest due first. */
  otherFollowUps: (RatedFollowUp & { subject: string })[];
  /** For the first unknown outside sender: a customer to offer adding. */
  proposal: CustomerProposal | null;
  /** How promises to this customer were kept and how fast they were answered. */
  record: CustomerRecord | null;
}

const byDue = (a: FollowUp, b: FollowUp) => (a.due ?? '9999').localeCompare(b.due ?? '9999');

export async function threadSummary(
  db: FollowThroughDB,
  { accountId, threadId }: { accountId: string; threadId: string },
  now: Date,
): Promise<ThreadSummary> {
  const [ctx, thread, messages, followUps] = await Promise.all([
    loadClockContext(db, accountId),
    db.threads.get([accountId, threadId]),
    db.messages.where('[accountId+threadId]').equals([accountId, threadId]).toArray(),
    followUpsOfThread(db, accountId, threadId),
  ]);
  const customer = thread?.customerId ? (ctx.customers.get(thread.customerId) ?? null) : null;
  const state = stateOfThread(thread ?? null, messages, ctx, now);
  const rate = (f: FollowUp): RatedFollowUp => ({ ...f, status: followUpStatus(f, ctx.schedule, now) });
  const unknownSender = messages
    .filter((m) => m.direction === 'incoming')
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt))
    .find((m) => classifyAddress(ctx.index, m.from).kind === 'unknown-external');
  const relation = customer
    ? await customerRelation(db, ctx, customer, threadId, messages, now)
    : { contacts: [], lastContact: { incoming: null, outgoing: null }, otherFollowUps: [], record: null };
  return {
    customer,
    contacts: relation.contacts,
    lastContact: relation.lastContact,
    clock: state.awaiting
      ? {
          awaiting: true,
          side: state.side,
          since: state.since.toISOString(),
          status: state.status,
          elapsedMinutes: state.elapsedMinutes,
          remainingMinutes: state.remainingMinutes,
          targetMinutes: state.targetMinutes,
          unit: state.target.unit,
          snoozedUntil: state.snoozedUntil?.toISOString() ?? null,
          unseenMessages: state.unseenMessages,
        }
      : { awaiting: false, reason: state.reason },
    followUps: followUps.map(rate),
    otherFollowUps: relation.otherFollowUps.map((f) => ({ ...rate(f), subject: f.subject })),
    proposal: !customer && unknownSender ? proposeCustomer(unknownSender.from, ctx.index) : null,
    record: relation.record,
  };
}

async function customerRelation(
  db: FollowThroughDB,
  ctx: ClockContext,
  customer: Customer,
  threadId: string,
  threadMessages: readonly Message[],
  now: Date,
) {
  const { accountId } = customer;
  const [contacts, threads, followUps] = await Promise.all([
    db.contacts.where('[accountId+customerId]').equals([accountId, customer.id]).toArray(),
    db.threads.where('[accountId+customerId]').equals([accountId, customer.id]).toArray(),
    db.followUps.where('[accountId+customerId]').equals([accountId, customer.id]).toArray(),
  ]);
  // Reply times look back 90 days: only threads active since then (or of unknown age) are read.
  const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
  const recent = threads.filter(
    (t) => t.lastIncomingAt === undefined || (t.lastIncomingAt ?? '') >= since || (t.lastOutgoingAt ?? '') >= since,
  );
  const recentMessages = await Promise.all(
    recent.map((t) => db.messages.where('[accountId+threadId]').equals([accountId, t.threadId]).toArray()),
  );
  const inThread = new Set(threadMessages.flatMap((m) => [m.from, ...m.to, ...m.cc]));
  const subjects = new Map(threads.map((t) => [t.threadId, t.subject]));
  return {
    contacts: contacts.filter((c) => inThread.has(c.email)).map(({ email, name, role }) => ({ email, name, role })),
    lastContact: lastContact(threads, recentMessages.flat()),
    otherFollowUps: followUps
      .filter((f) => f.threadId !== threadId && f.state === 'open')
      .sort(byDue)
      .map((f) => ({ ...f, subject: subjects.get(f.threadId) ?? '' })),
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
