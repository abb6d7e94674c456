import type { FollowThroughDB } from './database';
import type { Message, Thread } from './records';
import { parseAddress } from '../customers/address';
import { refreshThreadClocks } from '../alerts/thread-clock';
import { readSettings } from './settings-store';

export interface ObservedThread {
  accountId: string;
  threadId: string;
  subject: string;
  messages: { messageId: string; from: string; to: string[]; cc: string[]; sentAt: string }[];
  /** How many messages Gmail shows in the thread, read or not; absent when unknown. */
  messageCount?: number | undefined;
}

const bare = (raw: string): string | null => parseAddress(raw)?.email ?? null;
const bareList = (list: readonly string[]) => list.map(bare).filter((a): a is string => a !== null);

async function getThread(db: FollowThroughDB, accountId: string, threadId: string): Promise<Thread> {
  const thread = await db.threads.get([accountId, threadId]);
  if (!thread) throw new Error(`No thread ${threadId} in account ${accountId}`);
  return thread;
}

/** The signed-in address, the send-as aliases Gmail offered, and those set in the options. */
export async function ownAddresses(db: FollowThroughDB, accountId: string): Promise<Set<string>> {
  const [account, settings] = await Promise.all([db.accounts.get(accountId), readSettings(db)]);
  return new Set([accountId, ...(account?.aliases ?? []), ...settings.sendAsAliases].map((a) => a.toLowerCase()));
}

/**
 * Stores what Gmail showed of a thread (addresses and times only) and recomputes its clock.
 * A message from one of the user's own addresses is outgoing; everything else is incoming.
 * Observations add up: a message read once is kept, and a message stored as outgoing (the user
 * sent it) stays outgoing even if Gmail later shows it from an alias we did not know.
 */
export async function recordThreadObservation(db: FollowThroughDB, obs: ObservedThread, now: Date): Promise<Thread> {
  const { accountId, threadId } = obs;
  const own = await ownAddresses(db, accountId);
  const messages: Message[] = obs.messages.flatMap((m) => {
    const from = bare(m.from);
    if (!from) return [];
    return [
      {
        accountId,
        messageId: m.messageId,
        threadId,
        from,
        to: bareList(m.to),
        cc: bareList(m.cc),
        sentAt: new Date(m.sentAt).toISOString(),
        direction: own.has(from) ? 'outgoing' : 'incoming',
      },
    ];
  });
  // Opening a thread again writes nothing unless Gmail shows something new.
  const changed = await db.transaction('rw', db.threads, db.messages, async () => {
    const existing = await db.threads.get([accountId, threadId]);
    const stored = await db.messages.bulkGet(messages.map((m) => [accountId, m.messageId] as [string, string]));
    const fresh = messages
      .map((m, i): Message => (stored[i]?.direction === 'outgoing' ? { ...m, direction: 'outgoing' } : m))
      .filter((m, i) => JSON.stringify(stored[i]) !== JSON.stringify(m));
    const subject = obs.subject || existing?.subject || '';
    const messageCount = obs.messageCount ?? existing?.messageCount ?? null;
    const known = existing && existing.lastIncomingAt !== undefined;
    if (known && existing.subject === subject && existing.messageCount === messageCount && fresh.length === 0) {
      return false;
    }
    // A thread stored before the latest times were kept: work them out once from its messages.
    const earlier = known
      ? []
      : await db.messages.where('[accountId+threadId]').equals([accountId, threadId]).toArray();
    const latest = (direction: Message['direction'], kept: string | null | undefined) =>
      [...earlier, ...fresh]
        .filter((m) => m.direction === direction)
        .reduce<string | null>((a, m) => (a && a > m.sentAt ? a : m.sentAt), kept ?? null);
    await db.threads.put({
      accountId,
      threadId,
      subject,
      customerId: existing?.customerId ?? null,
      mark: existing?.mark ?? null,
      snoozedUntil: existing?.snoozedUntil ?? null,
      snoozedAt: existing?.snoozedAt ?? null,
      clock: existing?.clock ?? null,
      messageCount,
      lastIncomingAt: latest('incoming', existing?.lastIncomingAt),
      lastOutgoingAt: latest('outgoing', existing?.lastOutgoingAt),
      updatedAt: now.toISOString(),
    });
    await db.messages.bulkPut(fresh);
    return true;
  });
  if (changed) await refreshThreadClocks(db, accountId, now, [threadId]);
  return getThread(db, accountId, threadId);
}

export async function markThread(
  db: FollowThroughDB,
  ref: { accountId: string; threadId: string; kind: NonNullable<Thread['mark']>['kind'] | null },
  now: Date,
): Promise<Thread> {
  const thread = await getThread(db, ref.accountId, ref.threadId);
  await db.threads.put({
    ...thread,
    mark: ref.kind ? { kind: ref.kind, at: now.toISOString() } : null,
    updatedAt: now.toISOString(),
  });
  await refreshThreadClocks(db, ref.accountId, now, [ref.threadId]);
  return getThread(db, ref.accountId, ref.threadId);
}

export async function snoozeThread(
  db: FollowThroughDB,
  ref: { accountId: string; threadId: string; until: string | null },
  now: Date,
): Promise<Thread> {
  const thread = await getThread(db, ref.accountId, ref.threadId);
  const next: Thread = {
    ...thread,
    snoozedUntil: ref.until,
    snoozedAt: ref.until ? now.toISOString() : null,
    updatedAt: now.toISOString(),
  };
  await db.threads.put(next);
  return next;
}
