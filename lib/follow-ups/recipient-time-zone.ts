/**
 * The clock of the customer a message goes to, from the customer book: the detector dates
 * "by 5pm your time" and "by your EOD" on it. The first customer among the recipients counts,
 * as it does for the follow-up's customer (recogniseThread's primary recipient).
 */
import { loadClockContext } from '../alerts/thread-clock';
import { recogniseThread } from '../customers/recognition';
import type { FollowThroughDB } from '../db/database';

export async function recipientTimeZone(
  db: FollowThroughDB,
  message: { accountId: string; to: readonly string[]; cc: readonly string[] },
): Promise<string | null> {
  const ctx = await loadClockContext(db, message.accountId);
  const { primaryCustomerId } = recogniseThread(ctx.index, [
    { from: message.accountId, to: message.to, cc: message.cc },
  ]);
  return (primaryCustomerId && ctx.customers.get(primaryCustomerId)?.timeZone) || null;
}
