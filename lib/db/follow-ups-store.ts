import type { FollowThroughDB } from './database';
import type { FollowUp } from './records';
import { readSettings } from './settings-store';
import { recordThreadObservation } from './threads-store';
import { followUpsFromCommitments, type SentCommitment } from '../follow-ups/sent-mail';

export interface SentMessage {
  accountId: string;
  threadId: string;
  messageId: string;
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
  const thread = await recordThreadObservation(
    db,
    {
      accountId: sent.accountId,
      threadId: sent.threadId,
      subject: sent.subject,
      messages: [{ messageId: sent.messageId, from: sent.accountId, to: sent.to, cc: sent.cc, sentAt: sent.sentAt }],
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

/** Suggestions of every account, newest first; `limit` keeps the popup light. */
export async function suggestedFollowUps(db: FollowThroughDB, limit: number): Promise<{ items: FollowUp[]; total: number }> {
  const accounts = await db.accounts.toCollection().primaryKeys();
  const all = (
    await Promise.all(accounts.map((a) => db.followUps.where('[accountId+state]').equals([a, 'suggested']).toArray()))
  ).flat();
  all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { items: all.slice(0, limit), total: all.length };
}
