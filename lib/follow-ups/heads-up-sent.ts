/** The background's side of the heads-up (heads-up.ts): the reply was sent, so the date moves. */
import type { FollowThroughDB } from '../db/database';
import type { FollowUp } from '../db/records';
import { recordSentMessage, type SentMessage } from '../db/follow-ups-store';
import { afterHeadsUp } from './heads-up';

/**
 * A heads-up reply was sent: it answers the thread like any message (stored, clock stopped),
 * makes no follow-up of its own, and moves the follow-up it was written for to the new date.
 * A follow-up that is no longer open (done meanwhile) or already at that date is left alone.
 */
export async function recordHeadsUpSent(
  db: FollowThroughDB,
  sent: SentMessage & { headsUp: { followUpId: string; due: string } },
  deps: { now: Date; newId: () => string },
): Promise<FollowUp | null> {
  const { headsUp, ...message } = sent;
  await recordSentMessage(db, { ...message, commitments: [] }, deps);
  return db.transaction('rw', db.followUps, async () => {
    const f = await db.followUps.get([sent.accountId, headsUp.followUpId]);
    if (!f || f.threadId !== sent.threadId || f.state !== 'open' || f.due === null || !(headsUp.due > f.due)) return f ?? null;
    const moved = afterHeadsUp(f, headsUp.due, deps.now);
    await db.followUps.put(moved);
    return moved;
  });
}

const REQUEST_KEY = (accountId: string) => `heads-up-request:${accountId}`;
/** A request from the popup is for the thread it opens now; an old one is forgotten. */
const REQUEST_TTL_MS = 10 * 60_000;

/**
 * The popup's "Send a heads-up": it opens the thread in Gmail, whose sidebar then starts the
 * heads-up for this follow-up (takeHeadsUpRequest). Kept in the store because the popup closes
 * and the Gmail tab may load the thread later.
 */
export async function requestHeadsUp(
  db: FollowThroughDB,
  { accountId, id }: { accountId: string; id: string },
  now: Date,
): Promise<FollowUp> {
  const f = await db.followUps.get([accountId, id]);
  if (!f || f.state !== 'open' || f.due === null) throw new Error('only an open follow-up with a due date can get a heads-up');
  await db.meta.put({ key: REQUEST_KEY(accountId), value: JSON.stringify({ followUpId: id, threadId: f.threadId, at: now.toISOString() }) });
  return f;
}

/** The follow-up of this thread whose heads-up the popup asked for, once: reading it clears it. */
export async function takeHeadsUpRequest(
  db: FollowThroughDB,
  { accountId, threadId }: { accountId: string; threadId: string },
  now: Date,
): Promise<string | null> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(REQUEST_KEY(accountId));
    if (!row) return null;
    const request = JSON.parse(row.value) as { followUpId: string; threadId: string; at: string };
    if (request.threadId !== threadId) return null;
    await db.meta.delete(REQUEST_KEY(accountId));
    return now.getTime() - Date.parse(request.at) <= REQUEST_TTL_MS ? request.followUpId : null;
  });
}
