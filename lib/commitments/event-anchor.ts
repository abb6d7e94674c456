// Dates counted from an event the message dates: "Our install crew will fit them two days after delivery" when
// the delivery is promised "on the 21st" elsewhere in the message, or "the day before the fire-safety inspection
// on the 27th" with the event's date right there. Without a dated event there is no such deadline.
import { applyEventOffset, findDeadline, matchEventOffset, type Deadline, type DeadlineContext, type EventOffset } from './deadline';
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
  departure: String.raw`depart|sail|ETD|flown|fly|flight`,
  sails: String.raw`sail|depart|ETD|vessel`,
  departs: String.raw`depart|sail|ETD|vessel`,
  // "the morning after it lands": the goods' arrival, however the message dates it.
  land: String.raw`land|arriv|deliver`,
  arrive: String.raw`arriv|land|deliver`,
  delivered: String.raw`deliver|arriv`,
  installed: String.raw`install|fit`,
};
// Events our side holds; when the message names no such word, its one date ahead is the event's ("the annual
// maintenance … on 15.09.2026" and "within three working days after the visit").
const KNOWN_EVENT = /^(?:event|visit|check-in|arrival|delivery|installation|install|inspection|maintenance|service|go-live|golive|launch|audit|training|workshop|dinner|conference|completion|handover|land|arrive|delivered|installed)$/i;

// The event is found by its head word, the last that is not generic: "vessel departure" by "departure" (its
// loading is another event), "the invoice date" by "invoice".
function eventPattern(event: string): RegExp | null {
  const head = event
    .split(/\s+/)
    .filter((w) => (w.length >= 4 || /^[A-Z]{2,3}$/.test(w)) && !GENERIC.test(w))
    .pop();
  if (head === undefined) return null;
  const key = head.toLowerCase();
  return new RegExp(`\\b(?:${SAME_EVENT[key] ?? key.slice(0, Math.max(4, Math.min(6, head.length - 2))).replace(/[^\w-]/g, '')})`, 'i');
}

// Done when the event happens: "forwarded to you upon delivery", "the wiring guide together with the sample".
// Not "keep you posted on the delivery schedule": there "on" is "about".
const WITH_EVENT = /(?<!\b(?:posted|updated|informed|update|updates|news|focus|focused|working|work|info|information|details|feedback|notes?)\s+)\b(?:(?:up)?on\s+(?:the\s+)?(delivery|arrival|installation|dispatch|despatch|completion|go-live|handover|collection|pickup)(?!\s+(?!to\b|at\b|in\b|of\b|and\b)[a-z])|(?:together|along)\s+with\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))\b/i;
// "before the delivery" when the message dates the delivery: that day, as "before our call on Thursday" is (§2).
const BEFORE_EVENT = /\b(?:before|ahead of|prior to|in time for)\s+(?:the|our|your)\s+(delivery|arrival|installation|dispatch|shipment|go-live|launch|visit|inspection|audit|handover|training|workshop|departure|cut-?off)\b(?!\s+(?:on|of|date|window|slot|schedule)\b)/i;
// "the morning after it lands", "the day after they are delivered": the event said by its verb.
const AFTER_IT = /\bthe\s+(day|morning|afternoon|evening)\s+after\s+(?:it|they|the\s+(?:goods|order|shipment|parcel|container|truck|stock|consignment))\s+(?:(land|arrive)s?|(?:is|are|gets?|has\s+been|have\s+been)\s+(delivered|installed))\b/i;

function offsetIn(own: string): EventOffset | null {
  const o = matchEventOffset(own);
  if (o) return o;
  const at = (m: RegExpExecArray, event: string, sameDay: boolean): EventOffset => ({ phrase: m[0], index: m.index, event, eventEnd: m.index + m[0].length, count: sameDay ? null : 1, unit: 'day', before: false, sameDay });
  const after = AFTER_IT.exec(own);
  if (after) return at(after, (after[2] ?? after[3])!, false);
  const upon = WITH_EVENT.exec(own) ?? BEFORE_EVENT.exec(own);
  return upon && at(upon, (upon[1] ?? upon[2])!, true);
}

/** The deadline of `clause` (a span of `text`) counted from an event `text` dates, or null. */
export function eventAnchoredDeadline(text: string, clause: Span, ctx: DeadlineContext, depth = 0): Deadline | null {
  const own = text.slice(clause.start, clause.end);
  const o = offsetIn(own);
  if (!o) return null;
  const sentences = splitSentences(text);
  // The event with its date after it in the same sentence: "before the fire-safety inspection on the 27th",
  // "three days after delivery to the hospital, which the forwarder has confirmed for 12 November".
  const mine = sentences.find((s) => s.start <= clause.start && clause.start < s.end);
  // Up to the next promise or verb phrase of the sentence: "… before the board meeting on the 17th, and I'll send …",
  // "… before the delivery and call you Monday".
  const rest = text.slice(clause.start + o.eventEnd, Math.min(mine?.end ?? clause.end, clause.start + o.eventEnd + 100)).split(/\b(?:I|we)(?:['’]ll|\s+will)\b|\s(?:and|&|\+)\s+(?!the\b)/i)[0]!;
  const here = findDeadline(rest, ctx, { eventIsTheAction: true });
  if (here) return applyEventOffset(o, here.due, ctx);
  // The event's day in its name: "a day before our Wednesday workshop".
  const named = findDeadline(o.event, ctx, { eventIsTheAction: true });
  if (named) return applyEventOffset(o, named.due, ctx);
  const pattern = eventPattern(o.event);
  for (const s of pattern ? sentences : []) {
    // In the clause's own sentence, only what comes before the clause.
    const sentence = text.slice(s.start, s.start <= clause.start && clause.start < s.end ? clause.start : s.end);
    const at = sentence.search(pattern!);
    if (at < 0) continue;
    // The event's date is the one said with it ("delivery booked for Wednesday the 21st"). One counted from
    // something else is followed once: "send the final invoice the day after the event, … refunded within
    // 14 days of the invoice date".
    const near = sentence.slice(at, at + 60);
    if (offsetIn(near)) {
      const chained = depth === 0 ? eventAnchoredDeadline(text, { start: s.start + at, end: s.start + at + near.length }, ctx, 1) : null;
      if (chained) return applyEventOffset(o, chained.due, ctx);
      continue;
    }
    const d = findDeadline(near, ctx, { eventIsTheAction: true }) ?? (offsetIn(sentence) ? null : findDeadline(sentence, ctx, { eventIsTheAction: true }));
    if (d) return applyEventOffset(o, d.due, ctx);
  }
  const only = pattern && !KNOWN_EVENT.test(o.event.split(/\s+/).pop()!) ? null : onlyDateBefore(text, clause.start, ctx, ARRIVES.test(o.event));
  return only ? applyEventOffset(o, only, ctx) : null;
}

/** The dates ahead that the message names before `at`, one per sentence, in order, with their sentences. */
export function datesNamedBefore(text: string, at: number, ctx: DeadlineContext): { deadline: Deadline; sentence: string }[] {
  const out: { deadline: Deadline; sentence: string }[] = [];
  for (const s of splitSentences(text.slice(0, at))) {
    const sentence = text.slice(s.start, s.end);
    const deadline = findDeadline(sentence, ctx, { eventIsTheAction: true });
    if (deadline && deadline.due > ctx.sentDate) out.push({ deadline, sentence });
  }
  return out;
}

// Shipping is not delivery: a date the goods leave on is not the day they arrive or are installed.
const ARRIVES = /^(?:delivery|arrival|installation|install|land|arrive|delivered|installed)$/i;
const LEAVES = /\b(?:dispatch|despatch|ship|sail|depart|collect|pick(?:ed)?\s+up|leave)/i;

// The one calendar date ahead that the message names before the clause: "your team's Christmas dinner on
// Tuesday 22 December. We will send the final invoice the day after the event". Two such dates leave it unknown.
function onlyDateBefore(text: string, before: number, ctx: DeadlineContext, arrives: boolean): string | null {
  const named = datesNamedBefore(text, before, ctx).filter((n) => /\d/.test(n.deadline.phrase));
  if (arrives && named.some((n) => LEAVES.test(n.sentence))) return null;
  const dates = new Set(named.map((n) => n.deadline.due));
  return dates.size === 1 ? [...dates][0]! : null;
}
