// A reply that only takes the quoted request on ("Will do.", "yep on it", "Sure, can do 👍") promises
// what was asked, by when it was asked for: a customer who wrote "can you send both by Thursday?" and
// got "on it" is owed both by Thursday, counted from when they asked. Eight blind writers of the
// issue-13 dev sets read such replies this way; docs/commitments.md records the decision.
import * as chrono from 'chrono-node';
import { TZDate } from '@date-fns/tz';
import { findDeadline, makeContext, type Deadline, type DeadlineContext } from './deadline';
import { splitSentences } from './sentences';
import { firstQuotedMessage } from './strip-quoted';

// The reply's first sentence, greeting allowed, is nothing but taking it on (and thanks, a name, a "mate", an emoji).
// "Sure, by then.": taking on the request and its date in two words.
const TAKING_ON = 'will do|on it|can do|consider it done|sure thing|you got it|wilco|by then';
const TAKING_ON_WORDS = new RegExp(TAKING_ON, 'i');
const SALUTATION_LINE =
  /^\s*(?:hi|hey|hello|hiya|hola|dear|morning|good (?:morning|afternoon|evening)|bonjour|ciao|namaste)\b[^\n.?]{0,40}\n/i;
const ACCEPTANCE = new RegExp(
  String.raw`^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:(?:hi|hey|hiya|morning|thanks|thx)\s+[A-Z][\w-]*\s*[—–,:!-]*\s*|[A-Z][a-z]+\s*[,—–-]\s*)?(?:(?:yep|yes|yeah|yup|sure|ok|okay|k|thx|thanks|cheers|absolutely|of course|no problem|np|no worries|noted|got it|understood|roger|alright|all good|sounds good)(?:\s+[A-Z][a-z]+)?[\s,.!:;–—-]+)*(${TAKING_ON})\b(?:,?\s*(?:mate|boss|bro|buddy|pal|sir|ma['’]am|madam|guys|team|chief|lah|la)\b)?(?:,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+)?[\s,.!:;–—-]*(?:(?:thanks|thank you|thx|cheers|ta|you too|same to you)\b[^.!?\n]{0,20}?)?[\s,.!:;–—-]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$`,
  'iu',
);

// A sentence that asks the writer for something ("Can you send both by Thursday?", "Finance have asked
// whether we can get the credit note before month end"), not a courtesy ("Let me know if you need anything").
const REQUEST =
  /\?|(?:^\W*(?:(?:hi|hey|hello|dear)\s+)?(?:\p{Lu}\p{Ll}+,\s+)?|[,;:]\s*)(?:please|pls|plz|kindly)\b|\b(?:can|could|would|will)\s+(?:you|u)\b|\bany chance\b|\b(?:can|could)\s+(?:we|I)\s+(?:get|have|receive|see)\b|\bwhether\s+(?:you|we)\s+(?:can|could)\b|\b(?:we|I)\s+(?:need|require)\b|\b(?:needs|requires)\s+(?:the|your|a|an|it|them|this|these)\b/iu;
const NEED =
  /^\W*(?:(?:we|I)\s+)?(?:need|needs|needed|would need|must have)\s+(?:it|them|this|these|that|those)\b/i;
const THEN = /\b(?:before|by|until|ahead of)\s+then\b/i;
const COURTESY =
  /^\W*(?:please\s+)?(?:let (?:me|us) know|feel free|have a (?:great|good|nice|lovely|happy)|enjoy|thanks|thank you|many thanks)\b/i;
// "Would that be possible?" asks again for what the sentence before asked.
const ASKING =
  /^\W*(?:(?:hi|hey)\s+\w+\W+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|(?:please|pls|kindly)\s+)/i;
const ASKS_AGAIN =
  /^\W*(?:would|is|will|could)\s+(?:that|this|it)\s+be\s+(?:possible|ok|okay|doable|feasible)\b/i;

export interface Acceptance {
  /** The acceptance words in the reply ("yep on it"), as offsets into the text. */
  start: number;
  end: number;
  /** Whether the quoted message asks for something: a "Will do" to "Have a great Thanksgiving!" promises nothing. */
  asked: boolean;
  /** What was asked, without the asking ("send both by Thursday"), or null. */
  action: string | null;
  deadline: Deadline | null;
}

/** When the quoted message was written, from its header; the reply's own moment when the header has no date. */
function askedAt(header: string, ctx: DeadlineContext): DeadlineContext {
  const parser = ctx.dateOrder === 'DMY' ? chrono.en.GB : chrono.en.casual;
  const r = parser.parse(header, ctx.sentAt)[0];
  if (!r || !r.start.isCertain('day') || !r.start.isCertain('month')) return ctx;
  const at = new TZDate(
    r.start.get('year')!,
    r.start.get('month')! - 1,
    r.start.get('day')!,
    r.start.get('hour') ?? 12,
    r.start.get('minute') ?? 0,
    ctx.timeZone,
  );
  return at.getTime() > ctx.sentAt.getTime()
    ? ctx
    : makeContext(new Date(at.getTime()), ctx.timeZone, ctx.cal, ctx.dateOrder);
}

/** The request the reply takes on, or null when the reply is more than an acceptance or quotes nothing. */
export function acceptedRequest(
  text: string,
  authored: string,
  ctx: DeadlineContext,
): Acceptance | null {
  // Only a short first line can be a bare acceptance, after a greeting on a line of its own ("Hola Francisca,"); nothing longer is read.
  const greeting = SALUTATION_LINE.exec(authored)?.[0].length ?? 0;
  const firstLine = /^\s*[^\n]*/.exec(authored.slice(greeting, greeting + 200))![0];
  if (firstLine.length >= 200) return null;
  const sentence = splitSentences(firstLine)[0];
  // "Ok. Will do.": the line may be more than one sentence, all of it taking on.
  if (
    !sentence ||
    !(ACCEPTANCE.test(firstLine.slice(0, sentence.end)) || ACCEPTANCE.test(firstLine))
  )
    return null;
  const words = TAKING_ON_WORDS.exec(firstLine)!;
  const quoted = firstQuotedMessage(text);
  if (!quoted) return null;
  const when = askedAt(quoted.header, ctx);
  const base = { start: greeting + words.index, end: greeting + words.index + words[0].length };
  return { ...base, ...readRequest(quoted.body, when) };
}

function readRequest(
  body: string,
  when: DeadlineContext,
): { asked: boolean; action: string | null; deadline: Deadline | null } {
  let asked = false;
  let action: string | null = null;
  // The date said before the request, for its "before then": "Our audit kicks off on the 22nd. Could you get us the letter before then?"
  let earlier: Deadline | null = null;
  for (const s of splitSentences(body)) {
    const t = body.slice(s.start, s.end);
    // Right after a request, the need that dates it: "Need it by Friday for our AP run."
    const need = asked && NEED.test(t);
    if ((!REQUEST.test(t) && !need) || COURTESY.test(t)) {
      earlier = findDeadline(t, when) ?? earlier;
      continue;
    }
    if (!ASKS_AGAIN.test(t) && !need) action ??= t.replace(ASKING, '').replace(/[?\s]+$/, '');
    asked = true;
    const deadline = findDeadline(t, when) ?? (THEN.test(t) ? earlier : null);
    if (deadline) return { asked, action, deadline };
  }
  return { asked, action, deadline: null };
}

/** The deadline the quoted message asks for ("Please have your documents in by the 15th"), counted from when it was asked. */
export function requestedDeadline(text: string, ctx: DeadlineContext): Deadline | null {
  const quoted = firstQuotedMessage(text);
  return quoted ? readRequest(quoted.body, askedAt(quoted.header, ctx)).deadline : null;
}
