import type { FollowThroughDB } from './database';
import type { FollowUp } from './records';
import { readSettings } from './settings-store';
import { recordThreadObservation } from './threads-store';
import { noteAccountSeen } from './accounts-store';
import { followUpsFromCommitments, type SentCommitment } from '../follow-ups/sent-mail';

export interface SentMessage {
  accountId: string;
  threadId: string;
  messageId: string;
  /** A send-as alias it went out from; the signed-in address when absent. */
  from?: string | undefined;
  subject: string;
  sentAt: string;
  to: string[];
  cc: string[];
  commitments: SentCommitment[];
}

/**
 * A message the user sent: it answers the thread (its clock stops) and its commitments
 * become follow-ups. Sending the same message twice adds nothing: a follow-up is unique on
 * account, message and sentence.
 */
export async function recordSentMessage(
  db: FollowThroughDB,
  sent: SentMessage,
  { now, newId }: { now: Date; newId: () => string },
): Promise<FollowUp[]> {
  const from = sent.from ?? sent.accountId;
  // The user sent it, so its address is the user's: learn the alias before storing it.
  if (from.toLowerCase() !== sent.accountId) await noteAccountSeen(db, sent.accountId, now, [from]);
  const thread = await recordThreadObservation(
    db,
    {
      accountId: sent.accountId,
      threadId: sent.threadId,
      subject: sent.subject,
      messages: [{ messageId: sent.messageId, from, to: sent.to, cc: sent.cc, sentAt: sent.sentAt }],
    },
    now,
  );
  const settings = await readSettings(db);
  const candidates = followUpsFromCommitments(sent.commitments, {
    accountId: sent.accountId,
    threadId: sent.threadId,
    messageId: sent.messageId,
    customerId: thread.customerId,
    sentAt: new Date(sent.sentAt),
    settings,
    now,
    newId,
  });
  return db.transaction('rw', db.followUps, async () => {
    const existing = await db.followUps
      .where('[accountId+messageId+sentence]')
      .anyOf(candidates.map((f) => [f.accountId, f.messageId, f.sentence]))
      .toArray();
    const taken = new Set(existing.map((f) => f.sentence));
    const fresh = candidates.filter((f) => !taken.has(f.sentence));
    await db.followUps.bulkAdd(fresh);
    return [...existing, ...fresh];
  });
}

export async function followUpsOfThread(db: FollowThroughDB, accountId: string, threadId: string): Promise<FollowUp[]> {
  const rows = await db.followUps.where('[accountId+threadId]').equals([accountId, threadId]).toArray();
  return rows.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

/** Suggestions of every account, oldest due date first; `limit` keeps the popup light. */
export async function suggestedFollowUps(db: FollowThroughDB, limit: number): Promise<{ items: FollowUp[]; total: number }> {
  const accounts = await db.accounts.toCollection().primaryKeys();
  const all = (
    await Promise.all(accounts.map((a) => db.followUps.where('[accountId+state]').equals([a, 'suggested']).toArray()))
  ).flat();
  // Oldest due date first (the one slipping soonest), undated last, then oldest found first.
  all.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.createdAt.localeCompare(b.createdAt));
  return { items: all.slice(0, limit), total: all.length };
}

/** A promise the user adds by hand in the sidebar: open at once, tied to the thread and its customer. */
export async function addFollowUpByHand(
  db: FollowThroughDB,
  input: { accountId: string; threadId: string; text: string; due: string | null },
  { now, newId }: { now: Date; newId: () => string },
): Promise<FollowUp> {
  const thread = await db.threads.get([input.accountId, input.threadId]);
  const id = newId();
  const followUp: FollowUp = {
    accountId: input.accountId,
    id,
    threadId: input.threadId,
    // A hand-made promise has no message of its own; its id keeps it unique.
    messageId: `manual:${id}`,
    customerId: thread?.customerId ?? null,
    sentence: input.text,
    action: input.text,
    due: input.due,
    state: 'open',
    source: 'manual',
    snoozedUntil: null,
    completedAt: null,
    redated: [],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await db.followUps.add(followUp);
  return followUp;
}
