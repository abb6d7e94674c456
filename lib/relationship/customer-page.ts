/**
 * The customer page: the full record of one customer, with what is owed to them now (open
 * follow-ups and threads where they wait for a reply) and the targets that apply.
 */
import { loadClockContext, stateOfThread } from '../alerts/thread-clock';
import type { FollowThroughDB } from '../db/database';
import type { Contact, Customer, FollowUp } from '../db/records';
import { followUpStatus, type FollowUpStatus } from '../follow-up-state';
import { resolveTarget, type ResolvedTarget, type ReplyStatus, type ReplySide } from '../thread-state';
import type { ReplyTarget, Settings } from '../settings';
import { readCustomerHistory } from './customer-history';
import { cadenceFor } from './going-quiet';
import type { CustomerRecord } from './record';

export interface WaitingThread {
  threadId: string;
  subject: string;
  side: ReplySide;
  since: string;
  status: ReplyStatus;
  elapsedMinutes: number;
  targetMinutes: number;
  unit: ReplyTarget['unit'];
  snoozedUntil: string | null;
}

export interface CustomerPage {
  customer: Customer;
  contacts: Contact[];
  targets: Record<ReplySide, ResolvedTarget>;
  /** "Touch base every N days": the customer's own cadence, else its tier's; null for none. */
  cadence: { days: number; source: 'customer' | 'tier' } | null;
  lastContact: { incoming: string | null; outgoing: string | null };
  record: CustomerRecord;
  /** Open follow-ups, soonest due first (none last). */
  openFollowUps: (FollowUp & { status: FollowUpStatus; subject: string })[];
  /** Threads where the customer waits for a reply, longest waiting first. */
  waiting: WaitingThread[];
  timeZone: string;
}

export async function customerPage(
  db: FollowThroughDB,
  { accountId, customerId }: { accountId: string; customerId: string },
  now: Date,
): Promise<CustomerPage | null> {
  const customer = await db.customers.get([accountId, customerId]);
  if (!customer) return null;
  const ctx = await loadClockContext(db, accountId);
  const history = await readCustomerHistory(db, ctx, customer, now);
  const subjects = new Map(history.threads.map((t) => [t.threadId, t.subject]));
  const waiting: WaitingThread[] = [];
  for (const thread of history.threads) {
    if (thread.clock === null) continue;
    const state = stateOfThread(thread, history.messages.get(thread.threadId) ?? [], ctx, now);
    if (!state.awaiting) continue;
    waiting.push({
      threadId: thread.threadId,
      subject: thread.subject,
      side: state.side,
      since: state.since.toISOString(),
      status: state.status,
      elapsedMinutes: state.elapsedMinutes,
      targetMinutes: state.targetMinutes,
      unit: state.target.unit,
      snoozedUntil: state.snoozedUntil?.toISOString() ?? null,
    });
  }
  waiting.sort((a, b) => a.since.localeCompare(b.since));
  return {
    customer,
    contacts: [...history.contacts].sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email)),
    targets: {
      firstReply: resolveTarget('firstReply', customer, ctx.settings),
      nextReply: resolveTarget('nextReply', customer, ctx.settings),
    },
    cadence: cadenceOf(customer, ctx.settings),
    lastContact: history.lastContact,
    record: history.record,
    openFollowUps: history.followUps
      .filter((f) => f.state === 'open')
      .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))
      .map((f) => ({ ...f, status: followUpStatus(f, ctx.schedule, now), subject: subjects.get(f.threadId) ?? '' })),
    waiting,
    timeZone: ctx.settings.timeZone,
  };
}

function cadenceOf(customer: Customer, settings: Pick<Settings, 'tiers'>): CustomerPage['cadence'] {
  const days = cadenceFor(customer, settings);
  if (days === null) return null;
  return { days, source: customer.cadenceDays === null ? 'tier' : 'customer' };
}
