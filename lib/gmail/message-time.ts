/**
 * When a Gmail message was sent. Gmail's hex message ids carry the send time in
 * milliseconds in their upper bits, which is exact and independent of Gmail's display
 * language; the displayed date string is only a fallback.
 */
const EARLIEST = Date.UTC(2004, 0, 1);

export function timeFromMessageId(id: string): Date | null {
  if (!/^[0-9a-f]{12,16}$/i.test(id)) return null;
  const ms = Number(BigInt(`0x${id}`) >> 20n);
  return ms >= EARLIEST && ms <= Date.now() + 86_400_000 ? new Date(ms) : null;
}

export function messageTime(id: string, displayed: string): Date | null {
  const fromId = timeFromMessageId(id);
  if (fromId) return fromId;
  const parsed = Date.parse(displayed.replace(/\s+at\s+/i, ' '));
  return Number.isNaN(parsed) ? null : new Date(parsed);
}
