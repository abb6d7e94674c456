/**
 * Keeps each thread's stored reply clock (records.ts: Thread.clock) in step with its messages,
 * its mark, its customer and the settings. The badge then finds the threads that need
 * attention through the clock.atRiskAt index instead of replaying every thread.
 */
import Dexie from 'dexie';
import type { Schedule } from '../business-time';
import { scheduleFromSettings } from '../business-time';
import { buildCustomerIndex, classifyAddress, recogniseThread, type CustomerIndex } from '../customers/recognition';
import type { FollowThroughDB } from '../db/database';
import type { Customer, Message, Thread, ThreadClock } from '../db/records';
import { readBook } from '../db/customers-store';
import { readSettings } from '../db/settings-store';
import type { Settings } from '../settings';
import { threadState, type ThreadState } from '../thread-state';

export interface ClockContext {
  settings: Settings;
  schedule: Schedule;
  index: CustomerIndex;
  customers: ReadonlyMap<string, Customer>;
}

export interface ComputedThread {
  /** Null when no customer is waiting. The clock's instants do not depend on `now`. */
  clock: ThreadClock | null;
  /** A customer wrote after the thread was snoozed: the snooze is over. */
  snoozeEnded: boolean;
}

/** The reply clock of a stored thread at `now`, with the account's book and settings. */
export function stateOfThread(
  thread: Thread | null,
  messages: readonly Message[],
  ctx: ClockContext,
  now: Date,
): ThreadState {
  return threadState({
    messages,
    thread,
    customer: thread?.customerId ? (ctx.customers.get(thread.customerId) ?? null) : null,
    settings: ctx.settings,
    schedule: ctx.schedule,
    isCustomerMessage: (m) => classifyAddress(ctx.index, m.from).kind === 'customer',
    snoozedAt: thread?.snoozedAt ? new Date(thread.snoozedAt) : null,
    unseenMessages: (thread?.messageCount ?? 0) - messages.length,
    now,
  });
}

export function computeThread(
  thread: Thread,
  messages: readonly Message[],
  ctx: ClockContext,
  now: Date,
): ComputedThread {
  const state = stateOfThread(thread, messages, ctx, now);
  const snoozing = !!thread.snoozedUntil && thread.snoozedUntil > now.toISOString();
  if (!state.awaiting) return { clock: null, snoozeEnded: false };
  return {
    clock: {
      side: state.side,
      since: state.since.toISOString(),
      sinceMessageId: state.sinceMessageId,
      atRiskAt: state.atRiskAt?.toISOString() ?? null,
      breachedAt: state.breachedAt?.toISOString() ?? null,
      computedAt: now.toISOString(),
    },
    snoozeEnded: snoozing && state.snoozedUntil === null,
  };
}

/**
 * Built once per account and kept until the book or the settings change: opening a thread
 * in Gmail must not re-read a book of 10,000 customers and 50,000 contacts. The cache only
 * saves work; everything it holds is read again from the store after a change.
 */
const contexts = new WeakMap<FollowThroughDB, Map<string, { generation: number; ctx: Promise<ClockContext> }>>();
let generation = 0;

Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((key) => /\/(customers|contacts|settings)\//.test(key))) generation++;
});

export function loadClockContext(db: FollowThroughDB, accountId: string): Promise<ClockContext> {
  let perAccount = contexts.get(db);
  if (!perAccount) contexts.set(db, (perAccount = new Map()));
  const cached = perAccount.get(accountId);
  if (cached && cached.generation === generation) return cached.ctx;
  const entry = { generation, ctx: readClockContext(db, accountId) };
  perAccount.set(accountId, entry);
  // A failed read is not kept.
  entry.ctx.catch(() => perAccount.delete(accountId));
  return entry.ctx;
}

async function readClockContext(db: FollowThroughDB, accountId: string): Promise<ClockContext> {
  const [settings, { customers, contacts }] = await Promise.all([readSettings(db), readBook(db, accountId)]);
  return {
    settings,
    schedule: scheduleFromSettings(settings),
    index: buildCustomerIndex({
      customers,
      contacts,
      ownDomains: settings.ownDomains,
      accountEmail: accountId,
      ignoredSenders: settings.ignoredSenders,
    }),
    customers: new Map(customers.map((c) => [c.id, c])),
  };
}

/** Equal apart from when they were computed: an unchanged clock is not rewritten. */
const sameClock = (a: ThreadClock | null, b: ThreadClock | null) =>
  JSON.stringify(a && { ...a, computedAt: '' }) === JSON.stringify(b && { ...b, computedAt: '' });

/**
 * Recomputes the customer and the clock of some threads of an account (all when `threadIds`
 * is omitted) and writes back only those that changed. Returns how many changed.
 */
export async function refreshThreadClocks(
  db: FollowThroughDB,
  accountId: string,
  now: Date,
  threadIds?: readonly string[],
): Promise<number> {
  const ctx = await loadClockContext(db, accountId);
  return db.transaction('rw', db.threads, db.messages, async () => {
    const threads = threadIds
      ? (await db.threads.bulkGet(threadIds.map((t) => [accountId, t] as [string, string]))).filter(
          (t): t is Thread => !!t,
        )
      : await db.threads.where('accountId').equals(accountId).toArray();
    const wanted = new Set(threads.map((t) => t.threadId));
    const byThread = new Map<string, Message[]>();
    const messages = threadIds
      ? await db.messages.where('[accountId+threadId]').anyOf(threadIds.map((t) => [accountId, t])).toArray()
      : await db.messages.where('accountId').equals(accountId).toArray();
    for (const m of messages) {
      if (!wanted.has(m.threadId)) continue;
      const list = byThread.get(m.threadId) ?? [];
      list.push(m);
      byThread.set(m.threadId, list);
    }
    const changed: Thread[] = [];
    for (const thread of threads) {
      const own = byThread.get(thread.threadId) ?? [];
      // A thread known only from a backup, with no messages, keeps the customer it was given.
      const customerId = own.length ? recogniseThread(ctx.index, own).primaryCustomerId : thread.customerId;
      const { clock, snoozeEnded } = computeThread({ ...thread, customerId }, own, ctx, now);
      if (customerId !== thread.customerId || !sameClock(clock, thread.clock) || snoozeEnded) {
        const snooze = snoozeEnded ? { snoozedUntil: null, snoozedAt: null } : {};
        changed.push({ ...thread, customerId, clock, ...snooze });
      }
    }
    await db.threads.bulkPut(changed);
    return changed.length;
  });
}

export async function refreshAllThreadClocks(db: FollowThroughDB, now: Date): Promise<number> {
  let changed = 0;
  for (const account of await db.accounts.toArray()) changed += await refreshThreadClocks(db, account.id, now);
  return changed;
}
