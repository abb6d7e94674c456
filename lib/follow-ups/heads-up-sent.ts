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
