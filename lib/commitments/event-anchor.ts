// Dates counted from an event the message dates: "Our install crew will fit them two days after delivery" when
// the delivery is promised "on the 21st" elsewhere in the message, or "the day before the fire-safety inspection
// on the 27th" with the event's date right there. Without a dated event there is no such deadline.
import { applyEventOffset, findDeadline, matchEventOffset, type Deadline, type DeadlineContext } from './deadline';
import { splitSentences, type Span } from './sentences';

// Words of an event too general to find it by: "the day before the event date".
const GENERIC = /^(?:the|date|day|days|start|end|final|first|last|next|event|new|full|whole|planned|scheduled|actual|itself|themselves)$/i;
// Other ways the same event is written: "go-live" / "goes live" / "launch", "check-in" / "arrival".
const SAME_EVENT: Record<string, string> = {
  'go-live': String.raw`go(?:es|ing)?[- ]live|launch`,
  golive: String.raw`go(?:es|ing)?[- ]live|launch`,
  'check-in': String.raw`check[- ]?in|arriv`,
  arrival: String.raw`arriv|land`,
  dispatch: String.raw`dispatch|despatch|ship`,
  shipment: String.raw`ship|dispatch`,
  delivery: String.raw`deliver`,
  completion: String.raw`complet|finish`,
  loading: String.raw`load`,
  // Our people's visit is often said by what they do there: "will inspect all 14 hoists next Tuesday".
  visit: String.raw`visit|inspect`,
  installation: String.raw`install|fit`,
  install: String.raw`install|fit`,
  departure: String.raw`depart|sail|ETD`,
  sails: String.raw`sail|depart|ETD|vessel`,
  departs: String.raw`depart|sail|ETD|vessel`,
};

// The event is found by its head word, the last that is not generic: "vessel departure" by "departure" (its
// loading is another event), "the invoice date" by "invoice".
function eventPattern(event: string): RegExp | null {
  const head = event
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 4 && !GENERIC.test(w))
    .pop();
  if (head === undefined) return null;
  return new RegExp(`\\b(?:${SAME_EVENT[head] ?? head.slice(0, Math.max(4, Math.min(6, head.length - 2))).replace(/[^\w-]/g, '')})`, 'i');
}

/** The deadline of `clause` (a span of `text`) counted from an event `text` dates, or null. */
export function eventAnchoredDeadline(text: string, clause: Span, ctx: DeadlineContext): Deadline | null {
  const own = text.slice(clause.start, clause.end);
  const o = matchEventOffset(own);
  if (!o) return null;
  const sentences = splitSentences(text);
  // The event with its date after it in the same sentence: "before the fire-safety inspection on the 27th",
  // "three days after delivery to the hospital, which the forwarder has confirmed for 12 November".
  const mine = sentences.find((s) => s.start <= clause.start && clause.start < s.end);
  const rest = text.slice(clause.start + o.eventEnd, Math.min(mine?.end ?? clause.end, clause.start + o.eventEnd + 100));
  const here = /\b(?:I|we)(?:['’]ll|\s+will)\b/i.test(rest) ? null : findDeadline(rest, ctx, { eventIsTheAction: true });
  if (here) return applyEventOffset(o, here.due, ctx);
  const pattern = eventPattern(o.event);
  if (!pattern) return null;
  for (const s of sentences) {
    // In the clause's own sentence, only what comes before the clause.
    const sentence = text.slice(s.start, s.start <= clause.start && clause.start < s.end ? clause.start : s.end);
    const at = sentence.search(pattern);
    if (at < 0) continue;
    // The event's date is the one said with it ("delivery booked for Wednesday the 21st"), not one counted from
    // something else.
    const near = sentence.slice(at, at + 60);
    if (matchEventOffset(near)) continue;
    const d = findDeadline(near, ctx, { eventIsTheAction: true }) ?? (matchEventOffset(sentence) ? null : findDeadline(sentence, ctx, { eventIsTheAction: true }));
    if (d) return applyEventOffset(o, d.due, ctx);
  }
  return null;
}
