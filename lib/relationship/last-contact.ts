/**
 * A customer's last contact in and out: the newest incoming and outgoing message over their
 * threads, from the times each thread keeps (lastIncomingAt / lastOutgoingAt) and from the
 * messages read for threads stored before those were kept.
 */
import type { Message, Thread } from '../db/records';

export function lastContact(
  threads: readonly Pick<Thread, 'lastIncomingAt' | 'lastOutgoingAt'>[],
  messages: readonly Pick<Message, 'direction' | 'sentAt'>[],
): { incoming: string | null; outgoing: string | null } {
  const newest = (times: (string | null | undefined)[]) =>
    times.reduce<string | null>((a, t) => (t && (!a || t > a) ? t : a), null);
  const latest = (direction: Message['direction']) =>
    newest([
      ...threads.map((t) => (direction === 'incoming' ? t.lastIncomingAt : t.lastOutgoingAt)),
      ...messages.filter((m) => m.direction === direction).map((m) => m.sentAt),
    ]);
  return { incoming: latest('incoming'), outgoing: latest('outgoing') };
}
