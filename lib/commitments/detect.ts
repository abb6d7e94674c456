// The public entry point: outgoing message in, commitments with spans and due dates out.
import { z } from 'zod';
import { TZDate } from '@date-fns/tz';
import {
  BULLET_SOURCE,
  TEAM_HEADS,
  WELL_VERBS,
  classifyClause,
  isOurListHeading,
  labelIsUs,
  type Verdict,
} from './classify';
import { findTableItems } from './action-table';
import { acceptedRequest, requestedDeadline } from './accepted-request';
import { datesNamedBefore, eventAnchoredDeadline } from './event-anchor';
import {
  findDeadline,
  matchEventOffset,
  mayCountFromAnchor,
  relativeDeadline,
  makeContext,
  toNumber,
  workingDaysBefore,
  type Deadline,
  type DeadlineContext,
} from './deadline';
import { hasAnyTag, isBaseVerb, isGerund, isNounPhraseStart, wordTags } from './pos';
import { splitClauses, splitSentences, type Span } from './sentences';
import { htmlToText, maskNonAuthored, senderNames } from './strip-quoted';
import { customerPlaceSaid, recipientZone } from './recipient-zone';
import { addDays, makeCalendar } from './working-days';

export const CommitmentSchema = z.object({
  /** UTF-16 offsets into the original input (the HTML string for HTML input). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The commitment clause. */
  text: z.string(),
  sentence: z.string(),
  /** Short imperative summary, e.g. "Send the revised quote". */
  action: z.string(),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  dueSource: z.enum(['explicit', 'none']),
  duePhrase: z.string().nullable(),
  confidence: z.number().min(0).max(1),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export interface DetectOptions {
  /** When the message is sent: a Date, or an ISO string (with offset; without one it is read in `timeZone`). */
  sentAt: Date | string;
  /** The user's IANA time zone. */
  timeZone: string;
  /** ISO weekdays 1..7 that are working days; default Monday to Friday. */
  workingDays?: number[];
  /** Non-working dates, 'YYYY-MM-DD'. */
  holidays?: string[];
  dateOrder?: 'MDY' | 'DMY';
  format?: 'text' | 'html';
  /** The customer's IANA zone when it is known; else read from the thread where it says it. */
  recipientTimeZone?: string;
}

export function toInstant(sentAt: Date | string, timeZone: string): Date {
  if (sentAt instanceof Date) return sentAt;
  if (/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(sentAt.trim())) return new Date(sentAt);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(sentAt.trim());
  if (!m) return new Date(Number.NaN);
  const [, y, mo, d, h, mi, s] = m;
  return new Date(
    new TZDate(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
      timeZone,
    ).getTime(),
  );
}

// Cheap pre-filter: a sentence without any of these cannot hold a promise.
const TRIGGER = new RegExp(
  `\\b(?:leave (?:it|this|that|them) with (?:me|us)|will|shall|wil|going to|gonna|let me|let us|lemme|expect|can have|plan(?:ning)? to|plan is (?:for us )?to|(?:target|goal|aim|objective) is to|intend to|aim(?:ing)? to|hop(?:e|ing) to|(?:job|task|thing|priority|step|plan) (?:is|will be) to|to follow|(?:allow|permit|give) (?:me|us)|on it|keep (?:you|u) (?:informed|posted|updated)|inform (?:you|u)|ill|im|ull|youll|shd|shud|(?:team|desk|department|dept|office|staff|group|engineers|support|finance|legal)\\s+should (?:have|be able to)|^\\W*should have|il|well (?:${WELL_VERBS}))\\b|['’]ll\\b`,
  'i',
);
// An owner-tagged action item ("Me: send …", "• Our support team – reset …", "Us to confirm …").
const OWNER_HINT =
  /(?:^|[\s•▪◦‣●∙·*(—–-])(?:(?:me|myself|us|we|I)(?:\s*\([^()\n]{1,30}\))?|our\s[^:\n]{1,40}?|[A-Z][\w.-]*\s*\((?:me|us)\))\s*(?::|[-–—>]{1,2}|[→⇒➔])\s*[a-z]|^\W*(?:(?:\d{1,2}|[a-h])[.)]\s*)?(?:me|us)\s+to\s|\[(?:me|us|[A-Z][^\]\n]{0,40})\]\s*[a-z]/im;
// Simple present with a future time: "I send you the proposal tomorrow."
const PROGRESSIVE_HINT = /[a-z]{3}ing\b/i;
const TEAM_PRESENT_HINT = new RegExp(
  `\\bour\\s+(?:[\\w-]+\\s+){0,2}(?:${TEAM_HEADS})\\s+[a-z]+s\\b|\\bour\\s+[\\w-]+\\s+[a-z]+s\\s+(?:you|u)\\b`,
  'i',
);
const PRESENT_HINT = /\b(?:I|we)\s+\w|\b(?:you|u)\s+(?:get|receive)\b/i;
// Our thing moving or getting ready: "the samples ship Monday", "A technician is being dispatched …".
const THING_HINT =
  /\b(?:ships?|goes out|go out|going live|leaves|comes|scheduled to|arrives?|being \w+ed|be ready|(?:is|are) (?:issued|sent|shipped|dispatched|despatched|delivered|prepared|processed|credited|refunded|transferred|released))\b/i;
const TIME_HINT =
  /\b(?:tomorrow|tmrw|tmr|2moro|ma[ñn]ana|tonight|later|(?:before|b4) (?:the )?(?:weekend|wknd|end|close|eod|cob)|this (?:afternoon|evening|arvo|avo|week|month|quarter)|couple of days|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|eod|cob|eow|within|in \d|by|today|(?:before|b4) \d{1,2}(?:[:h]\d{2}|h|\s?[ap]m)?|\d{1,2}(?::\d{2})?\s?[ap]m|(?:in|by|during|early|end of) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}[./]\d{1,2}\b|the \d{1,2}(?:st|nd|rd|th)\b|in an? (?:hour|bit|min)|(?:in|by) Q[1-4]\b)/i;

function mayHoldPromise(s: string): boolean {
  return (
    TRIGGER.test(s) ||
    OWNER_HINT.test(s) ||
    ((PRESENT_HINT.test(s) || THING_HINT.test(s) || TEAM_PRESENT_HINT.test(s)) &&
      TIME_HINT.test(s)) ||
    (PROGRESSIVE_HINT.test(s) &&
      /\b(?:(?:this|next) (?:quarter|month)|(?:in|by) Q[1-4]|shortly|soon|later|l8r|tomorrow|tmrw|2moro|2morrow|tmr|tonight|tonite|2nite|2night|today|eod|cob|(?:monday|tuesday|wednesday|thursday|friday) (?:night|morning|afternoon|evening)|(?:next|this) week|couple of days|in (?:\d+|a few|two|three) (?:days|hours|hrs))\b/i.test(
        s,
      ))
  );
}

const MAX_SENTENCE = 1500;
// "(our ops team)" tags the owner; "(our IT team is testing with your SKU master)" is a status note.
const OWNER_AFTER =
  /\((?:me|us|myself|I|we|our(?:\s+(?!(?:is|are|was|will|has|have)\b)[\w&-]+){1,4})\)|\s[-–—]\s*(?:me|us)\s*(?:[,;(]|$)/i;
// A list item: a bullet glyph, a dash, a number or a letter, or a check box.
const DONE_ITEM =
  /[✔✓✅☑]|:\s*(?:completed|done|finished|validated|delivered|sent|shipped|resolved|closed|fixed|signed(?: off)?|live)\b/i;
const LIST_ITEM = new RegExp(
  `^${BULLET_SOURCE}\\s|^(?:AI|Action(?: item)?|Owner|To-?do)\\s*:`,
  'i',
);

const OWNER_HEADING =
  /^(?:owner|who|owned by)\s*:\s*((?:me|us|you|[A-Z][\w&.'’-]*)(?:\s+(?:\([^()\n]*\)|[A-Z][\w&.'’-]*)){0,4})\s*$/i;

interface Found {
  clause: Span;
  verdict: Verdict;
  deadline: Deadline | null;
  /** Offset base of the text the deadline was searched in. */
  deadlineBase: number;
  /** What is owed when the clause itself does not say ("Will do" to a quoted request). */
  action?: string;
}

function searchDeadline(
  masked: string,
  clauses: Span[],
  idx: number,
  from: number,
  ctx: DeadlineContext,
): { d: Deadline | null; base: number } {
  const c = clauses[idx]!;
  // A purpose with a subject of its own carries its own date: "by 9am so the kitchen can prep for Thursday".
  const ownText = masked.slice(from, c.end);
  const purpose =
    /\s(?:so that|so)\s+(?:the|your|you|they|he|she|it|everyone)\b[^.]*?\b(?:can|could|has|have|is|are)\b/i.exec(
      ownText,
    );
  const own = findDeadline(purpose ? ownText.slice(0, purpose.index) : ownText, ctx);
  // A date corrected in the next breath wins: "come back to you Tuesday — no, Wednesday".
  // The correcting word may stand apart from its date: "by the 14th — correction, the 15th", "Friday — sorry, I mean Thursday".
  const fix = clauses[idx + 1];
  const fixEnd =
    fix &&
    /^\W*(?:correction|sorry|actually|no|wait|oh wait)\W*$/i.test(masked.slice(fix.start, fix.end))
      ? (clauses[idx + 2]?.end ?? fix.end)
      : fix?.end;
  if (
    own &&
    fix &&
    (CORRECTION.test(masked.slice(fix.start, fixEnd)) ||
      FALLBACK.test(masked.slice(fix.start, fixEnd)))
  ) {
    const fixText = masked.slice(fix.start, fixEnd);
    // A bare "the 15th" is a day of the month when it corrects one.
    const day = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i.exec(fixText);
    const corrected =
      findDeadline(fixText, ctx) ?? (day ? findDeadline(`by ${day[0]}`, ctx) : null);
    if (corrected)
      return {
        d: corrected,
        base: day && corrected.phrase === `by ${day[0]}` ? Number.NEGATIVE_INFINITY : fix.start,
      };
  }
  if (own) return { d: own, base: from };
  // A trailing fragment without its own subject still belongs to this promise: "…, hopefully by Friday",
  // also past an aside in brackets: "deliver the balance (120 cartons of gloves) within 48 hours".
  const aside = clauses[idx + 1];
  const skipAside =
    aside !== undefined &&
    masked[aside.start - 1] === '(' &&
    findDeadline(masked.slice(aside.start, aside.end), ctx) === null;
  const next = clauses[idx + (skipAside ? 2 : 1)];
  const nextText = next
    ? masked.slice(next.start, next.end).replace(/^(?:\d{1,2}[.)]|[-–•▪*])\s*/, '')
    : '';
  // Not from a clause with a predicate of its own ("…, our quality team will provide a report within 10 days").
  // "in the next patch release, which is scheduled for Friday week": the vehicle's date.
  if (
    next &&
    /^which\s+(?:is|are)\s+(?:scheduled|planned|due|set|booked|slated)\s+(?:for|on)\b/i.test(
      nextText,
    )
  ) {
    const d = findDeadline(masked.slice(c.end, next.end), ctx);
    if (d) return { d, base: c.end };
  }
  // "… so they reach you Thursday morning": the purpose names when the promise lands.
  const landing =
    next !== undefined &&
    /^so\s+(?:that\s+)?(?:it|they|you|u)(?:['’]ll|\s+will)?\s+(?:reach|arrive|land|get|have|receive|are|is)\b/i.test(
      nextText,
    );
  if (landing) {
    const d = findDeadline(masked.slice(c.end, next.end), ctx);
    if (d) return { d, base: c.end };
  }
  // Not from a concession or condition of its own: "…, though I wouldn't hold your breath before Christmas".
  if (
    next &&
    !/^(?:and\s+|but\s+|so\s+)?(?:I|we|you|he|she|they|who|which|let me|will)\b|^(?:though|although|while|whereas|because|since|if|unless)\b/i.test(
      nextText,
    ) &&
    !/\b(?:will|shall|wil)\b|['’]ll\b/i.test(nextText) &&
    !startsVerbPhrase(nextText)
  ) {
    // From the end of this clause, so a bracket or dash before the date is seen: "send pricing (Fri)".
    const d = findDeadline(masked.slice(c.end, next.end), ctx);
    if (d) return { d, base: c.end };
  }
  // Time asked for before the promise: "pls gimme till tmr EOD, will sort out the SOA and send over".
  const asked = clauses[idx - 1];
  if (
    asked &&
    /\b(?:(?:give|allow|grant)\s+(?:me|us)|gimme)\s+(?:till|until|til|to|up to|by|(?:the\s+)?(?:day|weekend|morning))\b/i.test(
      masked.slice(asked.start, asked.end),
    )
  ) {
    const d = findDeadline(masked.slice(asked.start, asked.end), ctx);
    if (d) return { d, base: asked.start };
  }
  // A short leading time phrase: "On Monday, I'll …" / "Tomorrow, we will …".
  const prev = clauses[idx - 1];
  // Not a time that closed the clause before: "… within 48 hours, and our rep will call you".
  if (
    prev &&
    prev.end - prev.start <= 30 &&
    !/^(?:and|but|so|or|&)\b/i.test(masked.slice(c.start, c.end))
  ) {
    const prevText = masked.slice(prev.start, prev.end);
    const d = findDeadline(prevText, ctx);
    // Only a time phrase, not a clause of its own with a date ("We aim to fix it this week and | I'll send …").
    const rest = d
      ? (prevText.slice(0, d.index) + prevText.slice(d.index + d.phrase.length))
          .replace(/\b(?:on|by|at|in|from|the|and|then|so|also)\b|[^A-Za-z]+/gi, ' ')
          .trim()
      : '';
    if (d && rest.split(/\s+/).filter(Boolean).length <= 1) return { d, base: prev.start };
  }
  return { d: null, base: from };
}

function summarize(
  clause: string,
  verbAt: number,
  deadline: Deadline | null,
  deadlineAt: number,
  rule: string,
): string {
  let s = clause.slice(verbAt);
  if (deadline && deadlineAt >= verbAt && deadlineAt - verbAt <= s.length) {
    s = s.slice(0, deadlineAt - verbAt) + s.slice(deadlineAt - verbAt + deadline.phrase.length);
  }
  s = s
    .replace(/\s+/g, ' ')
    .replace(/\b(?:by|on|before|until|within|in|at|no later than)\s*(?:the\s*)?(?=[,.;!]|$)/gi, '')
    .replace(/\s+(?:as well|too|if possible|asap|shortly|soon)\s*$/i, '')
    .replace(/[\s,.;:!-]+$/, '')
    .trim();
  if (rule === 'you-will-have' || rule === 'expect-from-me')
    s = `Get them ${s.replace(/^expect\s+/i, '').replace(/\bfrom (?:me|us)\b\s*/i, '')}`.trim();
  if (s.length > 80) s = `${s.slice(0, 77).replace(/\s+\S*$/, '')}…`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Verb-phrase coordination inside one promise: ", send …", " and call …", ", then fix …".
// "+" joins in mobile mail: "will fix the filters tonight + send u the export by tmrw noon".
const VP_JOIN =
  /,\s*(?:and\s+|then\s+|&\s+|and then\s+)?(?:also\s+)?|\s+(?:and|&|\+)\s+(?:then\s+)?(?:also\s+)?|(?<!\b(?:by|before|b4|until|till|since|from|than|after|ahead of))\s+then\s+/g;
const PARTICLE =
  /^(?:up|out|in|on|over|back|through|thru|off|down|across|along|to|with|for|around|into)$/i;

// Keeping the recipient informed, a promise of its own beside a dated step ("let you know" reports on the step itself).
const KEEPS_POSTED = /^(?:(?:will|shall)\s+)?keep\s+(?:you|u)\s+(?:posted|informed|updated)\b/i;

/** After a base verb, an -s form is a plural noun, whatever else the lexicon calls it ("share comments"). */
function isBarePlural(word: string): boolean {
  const n = wordTags(word);
  return (
    (n.has('Plural') && !n.has('Verb')) ||
    (/[^s]s$/i.test(word) && n.has('PresentTense') && !n.has('Infinitive'))
  );
}

/** Starts a new verb phrase: a verb followed by its object, a particle or a time, not a listed noun. */
function startsVerbPhrase(rest: string): boolean {
  const m = /^([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w'’-]*))?/.exec(rest);
  if (!m) return false;
  const w = m[1]!;
  // Mid-sentence capitals are names and days ("Tue and Wed"), not verbs.
  if (/^[A-Z]/.test(w)) return false;
  // "… this week and keep u posted on the weather": keeping the recipient informed is a promise of its own.
  if (KEEPS_POSTED.test(rest)) return true;
  // "… and should have revised terms back to you by Thursday": a modal before the next verb.
  if (/^(?:should|will|shall|can|could|might|may)$/i.test(w))
    return (
      m[2] !== undefined &&
      (isBaseVerb(m[2]) || /^(?:have|be)$/i.test(m[2])) &&
      !/^(?:arrive|reach|land|take|cost)$/i.test(m[2])
    );
  const t = wordTags(w);
  if (
    hasAnyTag(t, [
      'Determiner',
      'Pronoun',
      'Possessive',
      'Preposition',
      'Conjunction',
      'Date',
      'Value',
    ])
  )
    return false;
  if (isGerund(w) || (t.has('PastTense') && !t.has('Infinitive'))) return false;
  const next = m[2] ?? '';
  // "send the AWB and invoice the same day": a noun before a time is a second object.
  if (
    (t.has('Noun') ||
      /^(?:invoice|quote|report|statement|receipt|contract|certificate|manifest|schedule)s?$/i.test(
        w,
      )) &&
    /^\s+(?:the same day|that day|today|tomorrow|tonight|later|on|by|next|this)\b/i.test(
      rest.slice(w.length),
    )
  )
    return false;
  // A word the lexicon knows only as a noun is still a verb when an object follows it directly
  // ("whitelist your IPs"): a listed noun is not followed by a determiner.
  // A subordinator opens a condition or a time clause, not a verb phrase ("…, once the freeze lifts").
  if (
    /^(?:once|when|whenever|while|after|before|until|unless|if|as|since|because|though|although|whether)$/i.test(
      w,
    )
  )
    return false;
  // Wanting and thinking are no action for the recipient: "…, need our MD to sign and hes away til thurs".
  if (/^(?:need|needs|want|wants|wish|hope|think|guess|reckon|believe|feel)$/i.test(w))
    return false;
  // "… and complete by Weds 13 Jan": a verb the lexicon reads as an adjective, with a time after it.
  if (!isBaseVerb(w) && !t.has('Verb'))
    return (
      /^(?:the|your|our|my|a|an|this|that|these|those|all|any|some)$/i.test(next) ||
      (/^(?:complete|close|clear)$/i.test(w) &&
        /^(?:by|before|on|within|tomorrow|today|tonight)$/i.test(next))
    );
  // A bare plural object ("and share comments by tomorrow") opens a verb phrase too.
  // "and send release notes by EOD tomorrow": a bare compound ending in a plural (not "print run is booked …").
  const third = /^\S+\s+\S+\s+([a-z]+)\b/.exec(rest)?.[1];
  // "arrange loading on Friday": a gerund object.
  return (
    next === '' ||
    isNounPhraseStart(next) ||
    PARTICLE.test(next) ||
    TIME_HINT.test(next) ||
    isBarePlural(next) ||
    isGerund(next) ||
    (/^[a-z]+$/.test(next) &&
      third !== undefined &&
      isBarePlural(third) &&
      !/^(?:is|was|has|does|goes|ships|comes|leaves|arrives|follows|lands|starts|needs|says)$/i.test(
        third,
      ))
  );
}

/** ", and the implementation plan before our call on Thursday": a second object of the same verb, with its own date. */
// A verb of its own makes a clause, not a second object: "…, the operator's back tomorrow".
// A capitalised word's 's is a possessive ("before Thursday's demo").
// "it's", "the operator's back" are a verb; "the landlord's signed NOC" is a possessive.
const OWN_VERB =
  /\b(?:[Ww]ill|[Ss]hall|[Ww]il|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave)\b|['’](?:ll|re)\b|\b(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Hh]e|[Ss]he|[Tt]his|[Ww]hich|[Ee]verything|[Nn]othing)['’]s\b|\b[a-z]+['’]s\s+(?:back|out|off|away|done|ready|here|there|not|going|been|got|now|also|just|still|finished|gone|slow|late|delayed|busy|swamped|closed|down|behind)\b|\b[a-z]+n['’]t\b/;

const THIRD_PARTY =
  /^(?:courier|carrier|forwarder|haulier|hauler|driver|airline|port|customs|bank|supplier|manufacturer|vendor|customer|client|insurer|broker|agent|landlord)s?$/i;

/** The thing and its date, without a reason or condition after them: "… in 2 business days given Monday is a holiday", "… once the data is in". */
function thingPart(s: string): string {
  return s.split(/[,;]|\s(?=(?:given|since|because|as|once|when|after|so)\s)/)[0]!;
}

const THING_MOVES =
  /^(?:(?:and|&)\s+)?(?:the|my|our|your|a|an|this|these|those)\s+(?:[\w-]+\s+){0,3}?(?:goes|ships|comes|leaves|arrives|follows|lands)\b/i;

function gappedObject(clause: string, ctx: DeadlineContext): boolean {
  // Also after a comma: "we'll deliver the first three sets on Tuesday, the remaining six the following Friday".
  const m =
    /^(?:(and|&)\s+(?:then\s+)?)?(?:the|my|our|your|a|an|this|these|those)\s+([\w-]+)/i.exec(
      clause,
    ) ?? bareGapped(clause, ctx);
  // "; the beta build goes out next week": a clause of its own.
  if (!m || OWN_VERB.test(thingPart(clause)) || THING_MOVES.test(clause)) return false;
  // Another party's clause, not an object: "…, and the courier guarantees delivery on Monday".
  if (THIRD_PARTY.test(m[2]!) && hasOwnVerb(clause.replace(/^(?:and|&)\s+(?:then\s+)?/i, '')))
    return false;
  const d = findDeadline(clause, ctx);
  // After a bare comma, a list of things with dates still to come: "…, the supplier confirmations by Wednesday"
  // (not "…, the vinyl reach this morning").
  if (!m[1])
    return (
      (d !== null && d.due > ctx.sentDate) || relativeDeadline(clause, ctx.sentDate, ctx) !== null
    );
  return d !== null || relativeDeadline(clause, ctx.sentDate, ctx) !== null;
}

/** "…, and final print files by next Friday": a thing with no determiner after "and", with a date and no verb of its own. */
function bareGapped(clause: string, ctx: DeadlineContext): RegExpExecArray | null {
  const m = /^(and|&)\s+(?:then\s+)?([A-Za-z][\w-]*)\s/i.exec(clause);
  // Not a subject typed without its apostrophe: "… and ill ring u tmrw arvo".
  if (
    !m ||
    /^(?:ill|il|im|ive|id|ull|youll|well|wil|will|u|ur)$/i.test(m[2]!) ||
    !mayNameThing(m[2]!)
  )
    return null;
  const rest = clause.slice(m[0].length - m[2]!.length - 1).trim();
  const d = findDeadline(rest, ctx);
  return d && d.index > 0 && thingBeforeDate(m[2]!, rest.slice(m[2]!.length, d.index)) ? m : null;
}

function continuesVerbPhrase(clause: string, consulting: boolean): boolean {
  // After a step of asking around, a subjectless "and will …" is its report back: "I will coordinate with our tech team and will update you".
  if (consulting && /^(?:and|&|then|and then)\s+(?:will|wil)\s+/i.test(clause)) return true;
  const m = /^(?:and|&|then|and then|plus)\s+(?:also\s+)?/i.exec(clause);
  return m !== null && startsVerbPhrase(clause.slice(m[0].length));
}

// Asking around before answering: checking with the team, chasing a supplier, ringing the warehouse.
const CONSULT =
  /^(?:check|double-check|ask|chase|coordinate|liaise|consult|talk|speak|ring|call|phone|contact|reach|sync|touch|find|look|dig|investigate|verify|confirm|run|follow)\b(?!\s+(?:you|u)\b)/i;
// Reporting back to the recipient.
const REPORT_BACK =
  /^(?:(?:get|come|circle|report|loop|head)\s+back|revert|follow\s+up|let\s+(?:you|u)\s+know|update\s+(?:you|u)\b|keep\s+(?:you|u)\b|be\s+in\s+touch|get\s+in\s+touch|reply|respond|confirm(?!\s+(?:the|a|an|our|your|all|both|these|those)\s)\b|come\s+to\s+you|share\s+(?:the\s+)?(?:results|findings|outcome|answer)|send\s+(?:you\s+)?(?:an\s+)?update)/i;

const HANDS_OVER =
  /^(?:send|share|email|e-mail|forward|deliver|submit|provide|get)\s+(?:(?:you|u)\s+)?(?:(?:over|across|through)\s+)?(?:the|a|an|our|my|your)\s+(?:[\w-]+\s+){0,2}?(?:new|fresh|updated|revised|corrected|final|amended|fixed|clean)\b|^(?:ship|dispatch|despatch|deliver)\s+(?:the\s+)?(?:goods|order|consignment|shipment|units|machines?|containers?)\b/i;
const bareVerbPhrase = (s: string): string =>
  s
    .replace(/^(?:and|&|then|plus|also|,|\s)+/i, '')
    .replace(/^(?:I|we)['’]ll\s+|^(?:will|wil)\s+/i, '');

/**
 * The second verb phrase continues the first one's deliverable: the first only asks around, the
 * second reports back, or the second acts on what the first made ("send the deck and walk you through it").
 */
function sameDeliverable(a: string, b: string): boolean {
  const first = bareVerbPhrase(a);
  const second = bareVerbPhrase(b);
  // "do the needful and share …": a placeholder verb is not a deliverable of its own.
  return (
    CONSULT.test(first) ||
    REPORT_BACK.test(second) ||
    /^do\b/i.test(first) ||
    /^[a-z][\w-]*\s+(?:(?:you|u)\s+)?(?:(?:through|over|up|out|off|on|about|back)\s+)?(?:it|them|this|that|those|these)\b/i.test(
      second,
    )
  );
}

/**
 * Two coordinated verb phrases are two promises when each has its own object, unless the
 * second continues the first one's deliverable (sameDeliverable: "check with the team and circle back",
 * the spec's "let me … and report back"): "escalate the request today and draft the SLA language".
 */
function twoDeliverables(a: string, b: string): boolean {
  const first = bareVerbPhrase(a);
  const second = bareVerbPhrase(b);
  if (sameDeliverable(a, b)) return false;
  const hasObject = (s: string): boolean => {
    const m =
      /^[a-z][\w-]*\s+(?:(?:up|out|over|back|across|through|off|down|in)\s+)?([A-Za-z][\w'’-]*)/i.exec(
        s,
      );
    return (
      m !== null &&
      (isNounPhraseStart(m[1]!) ||
        (wordTags(m[1]!).has('Noun') && !wordTags(m[1]!).has('Preposition'))) &&
      !/^(?:to|with|on|for|at|in|it|them|this|that)$/i.test(m[1]!)
    );
  };
  return hasObject(first) && hasObject(second);
}

/** Spans of the coordinated verb phrases in [from, to) of `text`. */
function splitVerbPhrases(text: string, from: number, to: number): Span[] {
  const s = text.slice(from, to);
  const out: Span[] = [];
  let last = 0;
  VP_JOIN.lastIndex = 0;
  for (let m = VP_JOIN.exec(s); m !== null; m = VP_JOIN.exec(s)) {
    if (m[0].length === 0) {
      VP_JOIN.lastIndex++;
      continue;
    }
    const next = m.index + m[0].length;
    if (!startsVerbPhrase(s.slice(next))) continue;
    out.push({ start: from + last, end: from + m.index });
    last = next;
  }
  out.push({ start: from + last, end: to });
  return out;
}

/**
 * One verb shared by two objects with their own dates ("send the final invoice on Jan 4 and the
 * usage breakdown by the 5th") is two promises: the phrase is cut before the second object.
 */
// A bare thing named after a comma or "and", with its own date: "will refund the $480 today, new inv tmrw",
// "the revised PI by 18/8 and LC draft copy by 20/8". Not a date of the same thing ("today, latest Friday").
const NOT_A_THING =
  /^(?:latest|worst|otherwise|or|then|also|maybe|hopefully|probably|possibly|at|around|approx|before|after|until|till|by|on|in|within|early|late|end|mid|next|this|same|again|still|ideally|if|when|once|as|so|ahead|prior|due|because|since|public|clocks?|what|given|thanks|especially|esp|even|which|not|hes|shes|theyre|thats|theres|youre|im|ive)$/i;

function splitGapped(text: string, segments: Span[], ctx: DeadlineContext): Span[] {
  const split = (sg: Span, depth: number): Span[] => {
    const s = text.slice(sg.start, sg.end);
    const det =
      /(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?=(?:the|my|our|your|a|an|this|these|those)\s)/i.exec(s);
    const bare = bareThingAfter(s, ctx);
    const m = det && (!bare || det.index < bare.index) ? det : bare;
    const first = m ? findDeadline(s.slice(0, m.index), ctx) : null;
    const second = m ? s.slice(m.index + m[0].length) : '';
    // A third thing in the list is checked for a verb of its own ("…, the container arrives on the 6th").
    // A trailing condition keeps its own verb: "… and the tender response next Friday, once our committee has signed it off".
    const thing = thingPart(second);
    if (
      !m ||
      !first ||
      OWN_VERB.test(thing) ||
      (depth > 0 && hasOwnVerb(thing)) ||
      !(findDeadline(second, ctx) ?? relativeDeadline(second, first.due, ctx))
    )
      return [sg];
    return [
      { start: sg.start, end: sg.start + m.index },
      ...split({ start: sg.start + m.index + m[0].length, end: sg.end }, depth + 1),
    ];
  };
  return segments.flatMap((sg) => split(sg, 0));
}

// "the container arrives to Le Havre the 6th": a clause of its own, not a thing with its date.
function hasOwnVerb(s: string): boolean {
  const m =
    /^(?:(?:the|my|our|your|a|an|this|these|those)\s+)?(?:[\w'’-]+\s+){0,2}?([a-z]+s)\b/.exec(s);
  if (!m) return false;
  const t = wordTags(m[1]!);
  return t.has('PresentTense') && !t.has('Plural');
}

/** Whether a word may start the name of a thing ("revised pricing", "COI"), not a verb, pronoun or particle. */
function mayNameThing(word: string): boolean {
  if (/^[A-Z][A-Z0-9/-]+$/.test(word)) return true;
  if (NOT_A_THING.test(word)) return false;
  const t = wordTags(word);
  // "revised pricing", "updated forecast": a participle naming the thing is fine.
  return !(
    (t.has('Verb') && !t.has('PastTense')) ||
    hasAnyTag(t, ['Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Date', 'Value'])
  );
}

/** Whether the words between a thing's first word and its date have no verb of their own ("clocks go forward"). */
function thingBeforeDate(word: string, between: string): boolean {
  const words =
    between
      .replace(/\b(?:by|b4|before|until|till|on|in|within|at|for|no later than)\s*$/i, '')
      .match(/[A-Za-z]+/g) ?? [];
  // The lexicon tags a base form ("draft", "copy") as present tense too; a finite verb here is "-s", "-ing", "is", "will".
  // The last of several words is the thing's head noun, whatever the lexicon says ("final print files by next Friday").
  const finite = (w: string, i: number): boolean => {
    const wt = wordTags(w);
    return (
      ['Gerund', 'Copula', 'Modal'].some((tag) => wt.has(tag)) ||
      (wt.has('PresentTense') &&
        /s$/.test(w) &&
        !wt.has('Noun') &&
        !(i > 0 && i === words.length - 1))
    );
  };
  const pluralThenVerb =
    wordTags(word).has('Plural') &&
    words[0] !== undefined &&
    wordTags(words[0]).has('Verb') &&
    !wordTags(words[0]).has('Noun');
  return !pluralThenVerb && !words.some(finite);
}

function bareThingAfter(s: string, ctx: DeadlineContext): RegExpExecArray | null {
  const re = /(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?=([A-Za-z][\w'’/-]*)\s)/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const word = m[1]!;
    if (!mayNameThing(word)) continue;
    const rest = s.slice(m.index + m[0].length).split(/,|;|\s(?:and|&)\s/)[0]!;
    // The thing comes before its date, in a few words with no verb of their own: "COI by fri", not a clause
    // ("clocks go forward tonight").
    const d = findDeadline(rest, ctx);
    if (
      !d ||
      d.index === 0 ||
      rest.split(/\s+/).length > 8 ||
      rest
        .slice(d.index + d.phrase.length)
        .trim()
        .split(/\s+/).length > 3 ||
      !findDeadline(s.slice(0, m.index), ctx)
    )
      continue;
    if (thingBeforeDate(word, rest.slice(word.length, d.index))) return m;
  }
  return null;
}

/** Adjacent verb phrases that continue one deliverable, and do not each name a date, stay one promise. */
function mergeSameDeliverable(text: string, segments: Span[], ctx: DeadlineContext): Span[] {
  if (segments.length < 3) return segments;
  const out: Span[] = [segments[0]!];
  for (const sg of segments.slice(1)) {
    const prev = out[out.length - 1]!;
    const a = text.slice(prev.start, prev.end);
    const b = text.slice(sg.start, sg.end);
    const da = findDeadline(a, ctx);
    const db = findDeadline(b, ctx) ?? (da && relativeDeadline(b, da.due, ctx));
    // "…, send you the tracking numbers once the pallets leave": a step that waits on something else is its own.
    if (sameDeliverable(a, b) && !(da && db) && !WAITS_ON_EVENT.test(b))
      out[out.length - 1] = { start: prev.start, end: sg.end };
    else out.push(sg);
  }
  return out;
}

// Arranging something that happens at a time of its own: "book the site visit for the week of 1 Feb", "book the engineer
// w/c 1 March", "I'll schedule the admin training for next Tuesday", "set up a call with our DPO for next week". The time
// is the event's; the booking has no date of its own (spec §2: "an invite for the Thursday review"), so it gets the
// default follow-up delay, which falls before the meeting rather than on it. Decided in the tenth session: blind writers
// undate a booked meeting 19 to 9 (it was 9 to 17 for all bookings when "for next week" was kept).
const BOOKING =
  /^(?:schedule|reschedule|book|rebook|arrange|organi[sz]e|set up|line up|reserve|pencil in|slot in)\b/i;
const WEEK_OF =
  /^(?:(?:the\s+)?(?:\w+\s+)?(?:week|wk)\s+(?:of|commencing|beginning|starting|after)|the following week|w\/c)\b/i;
// A meeting booked for a time: "… the admin training for next Tuesday", "… a call with our DPO for early next week".
// Work booked for a day is that work's promise and keeps it ("book the installers for Friday week", "rebook the LTL
// shipment for Wednesday at the latest").
const MEETING_FOR_A_TIME =
  /\b(?:call|calls|meeting|catch-?up|check-?in|session|sessions|training|trainings|demo|workshop|walkthrough|walk|debrief|review|kick-?off|interviews?|intro|introduction|QBR|health check|sync|briefing|onsite|webinar|presentation|tour|follow-up|touchpoint)\b[^.;]{0,60}?\bfor\s+(?:(?:the|sometime|some time|around|about|early|late|mid)\s+(?:in\s+)?)?$/i;

function datesTheBooking(text: string, f: Found): boolean {
  const verbAt = f.clause.start + f.verdict.verbAt;
  if (!BOOKING.test(text.slice(verbAt, f.clause.end))) return false;
  if (WEEK_OF.test(f.deadline!.phrase)) return true;
  const at = f.deadlineBase + f.deadline!.index;
  return at > verbAt && at <= f.clause.end && MEETING_FOR_A_TIME.test(text.slice(verbAt, at));
}

const TOPIC_OWNER = /^\W*[^:\n]{2,60}?:\s*(?:me|us|myself)\s*(?:[,;(–—-]|$)/i;

// Taking a request on, then only when: "yep, on it - tmrw", "np, l8r today".
const TAKE_ON =
  /^\W*(?:(?:yep|yes|yeah|ya|yah|yup|ok|okay|k|kk|np|no worries|alright)[\s,.!:;–—-]+)*(?:on it|will do|wilco|np|no probs?|no problem|no worries|ca?n do|consider it done|(sure))[\s,.!:;–—-]+/i;

function replyWithTime(sentence: string, ctx: DeadlineContext): Deadline | null {
  const m = TAKE_ON.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length);
  const d = findDeadline(rest, ctx);
  // Nothing but the time after the acknowledgement.
  // "fri latest", "eta 2moro am", "EOD tmrw ok?": words that only place the time or ask whether it suits.
  const words = rest
    .replace(d?.phrase ?? '', '')
    .replace(/\b(?:eta|latest|am|pm|eod|cob|ok|okay)\b/gi, ' ')
    .replace(/[^A-Za-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // "No worries, chat Monday": talking together is a joint plan.
  // "sure, tmrw" takes it on; "Sure, Monday works" agrees to a time.
  // "on it 2day", "on it b4 5": taking it on today, or by an hour still ahead, is still to come.
  if (
    !d ||
    !(isFuture(d, ctx) || /^(?:today|2day|tdy)$|\d/i.test(d.phrase)) ||
    words.length > (m[1] ? 0 : 1) ||
    /^(?:chat|talk|speak|meet|catch|see|cya|ttyl)$/i.test(words[0] ?? '')
  )
    return null;
  return { ...d, index: d.index + m[0].length };
}

// A verbless line naming a deliverable of ours and its time: "Root cause write-up within 48 hrs, as per the SLA",
// "Signed MSA back to you Monday week", "- Full incident report end of next week (needs sign-off first)",
// "patch by tmrw". Writers of four blind sets count them as promises; a bare calendar date ("Invoice 3 May")
// or anything of the recipient's ("your PO by Friday", "Payment due Friday") is not one.
const DELIVERABLE_HEAD =
  'doc|report|write-?up|rca|quote|quotation|invoice|credit note|cn|patch|fix|hotfix|build|proposal|draft|deck|drawings?|plan|summary|minutes|numbers|figures|results|pricing|rate card|contract|msa|sow|nda|dpa|samples?|dispatch|tracking|docs|documents|paperwork|certificates?|coi|boq|specs?|manuals|labels|artwork|proofs?|pod|bol|statement|refund|replacement|spares|timeline|schedule|recap|notes|slides|estimate|breakdown|analysis|redlines?|cutdown|mock-?ups?|designs?|forecast|final';
// The thing's words, then where it goes, then its time. Lazy: the shortest thing ("Fix" in "Fix by tmrw"); greedy: the
// longest ("draft SOW" in "draft SOW Thurs AM", where "draft" is a thing too).
const fragmentPattern = (lazy: boolean): RegExp =>
  new RegExp(
    `^((?:[\\w&/'’.-]+\\s+){0,5}${lazy ? '?' : ''}(?:${DELIVERABLE_HEAD})s?)\\s+(?:(?:back|over|across|out|through)\\s+)?(?:(?:to|with)\\s+(?:you|u)\\s+)?(?:from\\s+our\\s+(?:[\\w-]+\\s+){0,3}?(?:warehouse|plant|factory|site|team|side|end)\\s+)?(?:[→:–—-]\\s*)?(.+?)[.!]?$`,
    'i',
  );
const FRAGMENT = fragmentPattern(true);
const FRAGMENT_LONGEST = fragmentPattern(false);

/** A verbless promise: where it lies in its sentence, and its deadline. */
interface Fragment {
  deadline: Deadline;
  start: number;
  end: number;
}

/** The deadline when it is all that `when` says, bar "by"/"EOD" before it and "morning"/"latest" after it. */
function onlyTime(when: string, ctx: DeadlineContext): Deadline | null {
  const d = findDeadline(when, ctx);
  if (
    !d ||
    !/^(?:(?:by|on|latest|before|within|until|till|no later than|around)\s+)?(?:(?:eod|cob)\s+)?$/i.test(
      when.slice(0, d.index),
    ) ||
    !/^(?:\s*(?:morning|afternoon|arvo|avo|evening|am|pm|eod|cob|at the latest|latest))*[\s.!]*$/i.test(
      when.slice(d.index + d.phrase.length),
    ) ||
    !isFuture(d, ctx)
  )
    return null;
  return d;
}

const BULLET_LEAD = new RegExp(`^${BULLET_SOURCE}\\s*`);

function verblessDelivery(sentence: string, ctx: DeadlineContext): Fragment | null {
  const bullet = BULLET_LEAD.exec(sentence)?.[0].length ?? 0;
  // The aside after the time is not part of it: "— our legal team is short-staffed", "(needs sign-off first)".
  const core = sentence
    .slice(bullet)
    .split(/\s+[—–(]|,\s*(?:as|per|which|so|since|because|then|and)\b|;/)[0]!;
  if (
    /\b(?:your|ur|yr|please|pls|kindly|due|dated|attached|enclosed|sent|received)\b|\?/i.test(core)
  )
    return null;
  // The shortest thing first ("Fix by tmrw"), then the longest ("draft SOW Thurs AM", where "draft" is a thing too).
  const d =
    fragmentTime(FRAGMENT.exec(core), ctx) ?? fragmentTime(FRAGMENT_LONGEST.exec(core), ctx);
  return d && { deadline: d, start: bullet, end: bullet + core.length };
}

function fragmentTime(m: RegExpExecArray | null, ctx: DeadlineContext): Deadline | null {
  if (!m) return null;
  // A noun phrase only: no subject or verb of its own ("Plan is to ship Friday", "we need the report").
  if (
    /\b(?:I|me|we|us|you|u|they|he|she|it|is|are|was|were|will|can|could|would|should|has|have|had|need|needs|to)\b|^(?:re|fw|fwd|subject)\b/i.test(
      m[1]!,
    )
  )
    return null;
  // Nor a verb in the past before its object: "Legal approved the redlines on Friday".
  if (/\b[a-z]{3,}ed\s+(?:the|a|an|our|your|this|these|those|all)\b/i.test(m[1]!)) return null;
  // The time is all that follows, and it is one a promise names, not a bare calendar date.
  const d = onlyTime(m[2]!, ctx);
  return d && !/^\d|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(d.phrase)
    ? d
    : null;
}

// Under our own heading, "1. Corrected W-9: EOD tmrw": a thing, a colon and nothing but its time.
function listedThingByTime(sentence: string, ctx: DeadlineContext): Fragment | null {
  const m = /^(\W*(?:(?:\d{1,2}|[a-h])[.)]\s*)?)([^:\n]{2,80}?):\s*([^:\n]{2,30})$/.exec(sentence);
  if (!m) return null;
  const d = onlyTime(m[3]!, ctx);
  if (!d) return null;
  return { deadline: d, start: m[1]!.length, end: sentence.replace(/[\s.!]+$/, '').length };
}

const SEE_YOU_ON = /\bsee (?:you|u|ya)\b[^.;!?]{1,40}$/i;
// "here's the plan: draft SOW Thurs AM, final COB Fri": each item of the plan is a verbless delivery of its own.
const PLAN_LIST =
  /\b(?:(?:here['’]?s|here is)\s+(?:the|my|our)\s+plan|the plan|timeline|plan)\s*:\s*/i;

function plannedFragments(sentence: string, ctx: DeadlineContext): Fragment[] {
  const m = PLAN_LIST.exec(sentence);
  if (!m) return [];
  const out: Fragment[] = [];
  let at = m.index + m[0].length;
  for (const piece of sentence.slice(at).split(/(,\s*|;\s*)/)) {
    const f = /^[,;]\s*$/.test(piece) ? null : verblessDelivery(piece, ctx);
    if (f) out.push({ ...f, start: at + f.start, end: at + f.end });
    at += piece.length;
  }
  return out;
}

const BY_THAT_EVENT =
  /\b(?:before|ahead of|prior to|in time for|by)\s+(?:that|the|this|our)\s+(call|meeting|review|demo|session|visit|workshop|QBR|presentation|catch-up|sync)\b/i;

/**
 * "How about a call on Friday to align? … I'll share a draft timeline before that call": the
 * event was dated earlier in the message, and the promise must be kept by it (spec §2).
 * "I won't be able to make Tuesday's call, but I'll send my notes beforehand": the event is
 * whatever this sentence named before the promise.
 */
function eventNamedBefore(
  text: string,
  clause: Span,
  sentenceStart: number,
  ctx: DeadlineContext,
): Deadline | null {
  const said = text.slice(clause.start, clause.end);
  if (/\bbeforehand\b/i.test(said)) {
    const named = findDeadline(text.slice(sentenceStart, clause.start), ctx, {
      eventIsTheAction: true,
    });
    if (named) return named;
  }
  const m = BY_THAT_EVENT.exec(said);
  if (!m) return null;
  // Earlier in the message or in this sentence: "I'll call you at 10am tomorrow, and I'll send the report before that
  // call"; the day may come before the event's name ("our Monday call is at 9").
  const earlier = text.slice(Math.max(0, sentenceStart - 2000), clause.start);
  const mentions = [...earlier.matchAll(new RegExp(`\\b${m[1]}\\b`, 'gi'))];
  const last = mentions[mentions.length - 1];
  if (!last) return null;
  const before = earlier
    .slice(Math.max(0, last.index - 20), last.index)
    .split(/[.?!\n]/)
    .pop()!;
  const after = earlier
    .slice(last.index, last.index + last[0].length + 40)
    .split(/[.?!\n]|,\s*(?:and|but)\b/)[0]!;
  return findDeadline(before + after, ctx, { eventIsTheAction: true });
}

// "by then", "by your deadline", "two days before that": the date said just before, in this message or in the
// request it answers.
// Urgency with no date (§2: "ASAP", "soon", "shortly" → null).
const UNDATED_URGENCY =
  /\b(?:asap|a\.s\.a\.p\.?|as soon as (?:possible|poss|I can|we can)|right away|straight away|immediately|shortly|soon)\b/i;
const THEN =
  /\b(?:(?:by|before|b4|until|till|no later than|ahead of|within)\s+(?:then|that date|that day|your deadline|the deadline|the (?:requested|agreed) (?:date|deadline|timeline)|the (?:date|deadline|timeline|time ?frame)\s+(?:you (?:asked|requested|gave|mentioned|proposed|set|need(?:ed)?)|(?:in|from) your (?:original |last |earlier |previous )?(?:email|e-mail|mail|message|note|request)|requested|mentioned))\b|\bon\s+the\s+(?:date|day)\s+you\s+(?:suggested|proposed|asked for|requested|picked|chose|wanted|gave)\b|\b(?:ready|done|finished|sorted|to (?:you|u)|with (?:you|u)|over)\s+(?:for (?:you|u)\s+)?then\b(?!\s+[a-z])|\b(\d{1,2}|one|two|three|four|five|a)\s+(?:(working|business)\s+)?days?\s+(?:before|prior to)\s+(?:that|then)\b)(?!\s+(?:for|of)\b)/i;

function thenDeadline(
  clause: string,
  anchor: () => Deadline | null,
  ctx: DeadlineContext,
): Deadline | null {
  const m = THEN.exec(clause);
  if (m && /^(?:until|till)\b/i.test(m[0]) && UPDATES_UNTIL_THEN.test(clause)) return null;
  const at = m && anchor();
  if (!m || !at) return null;
  const n = m[1] ? toNumber(m[1]) : 0;
  const due = n === 0 ? at.due : m[2] ? workingDaysBefore(at.due, n, ctx) : addDays(at.due, -n);
  return { due: due < ctx.sentDate ? ctx.sentDate : due, phrase: m[0], index: m.index };
}

/** The last date the message names before `at` ("the container is due in Tauranga on the 12th"). */
function lastDateBefore(text: string, at: number, ctx: DeadlineContext): Deadline | null {
  return datesNamedBefore(text, at, ctx).at(-1)?.deadline ?? null;
}

// Only asking around, with nothing to hand over yet.
const ASK_AROUND =
  /^(?:check|double-check|ask|chase|coordinate|liaise|consult|talk|speak|sync|loop in|dig|look into|investigate|find out|have a look|take a look)\b/i;

/**
 * "Let me check whether … and I'll get back to you tomorrow": asking around, then reporting
 * back with a subject of its own, is still one promise (spec §1, "let me … and report back").
 */
function joinReportBack(text: string, found: Found[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k]!;
    const b = found[k + 1]!;
    // "Let me run the numbers again and I'll send the revised schedule": the let-me step prepares the delivery.
    const prep = a.verdict.rule === 'let-me' && a.deadline === null;
    const asks =
      prep || ASK_AROUND.test(text.slice(a.clause.start + a.verdict.verbAt, a.clause.end));
    // The report back may be in the simple present: "… with our revenue manager and I come back to you tomorrow".
    const back =
      /^(?:and|&|then|and then)\s+(?:(?:I|we)(?:['’]ll|\s+will)|will|(?:I|we)(?=\s+(?:come|get|revert|circle|report)\s))\s+(?:then\s+)?/i.exec(
        text.slice(b.clause.start, b.clause.end),
      );
    if (
      !asks ||
      !back ||
      (!prep && !REPORT_BACK.test(text.slice(b.clause.start + back[0].length, b.clause.end)))
    )
      continue;
    // Each with a date of its own: two steps the recipient can hold us to.
    if (a.deadline && b.deadline && a.deadline.due !== b.deadline.due) continue;
    const dated = b.deadline ? b : a;
    found.splice(k, 2, {
      ...a,
      clause: { start: a.clause.start, end: b.clause.end },
      deadline: dated.deadline,
      deadlineBase: dated.deadlineBase,
    });
  }
}

// An absence notice: the writer is away now ("I am out of the office until the 16th", "I'm on
// annual leave with limited access to email") rather than planning to be.
const ABSENCE =
  /\b(?:I am|I'm|I’m|Im|(I will be|I'll be|I’ll be))\s+(?:currently\s+|now\s+)?(?:out of (?:the )?office|OOO|OOTO|away(?: from (?:the|my) (?:office|desk))?|on (?:[a-z]+\s+){0,2}leave|on (?:vacation|holiday|holidays|PTO)|off (?:work|sick)|absent(?: from (?:the|my) (?:office|desk))?|out|off)\b[^\n.]{0,120}?\b(?:until|till|til|(?:through|thru)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|end)[a-z]*|the\s+\d+\w*|\d+\w*)|returning|return|back|from|limited access|on my return)\b|\b(?:automatic reply|auto-?reply|autoreply|out-of-office|out of office reply|this is an automated|automated (?:confirmation|response|reply|message|acknowledge?ment)|auto-generated (?:reply|response|message))\b|自動返信|\b(?:offices? (?:will be|are|is) closed|(?:company|office|offices|team) (?:will be|is|are) (?:on|closed for) [^\n.]{0,40}?\b(?:holidays?|break|leave|closure|vacation))\b[^]{0,200}?\b(?:respond|reply|answer|get back|pick up|deal with|attend to)\b[^\n]{0,60}\b(?:re-?open|resume|return|back|then|after\s+(?:the\s+(?:holidays?|break|closure)|we\b|I\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|then)|^\s*(?:out of (?:the )?office|OOO|OOTO)(?:\s*:|\s+(?:til|till|until|through|thru)\b)|\blimited (?:access to )?(?:e-?mail|my (?:e-?mail|inbox)|connectivity|internet|wi-?fi)\b/i;
// A promise to answer mail, or one that waits for the writer's return.
const REPLY_PROMISE =
  /\bpick up (?:your|the|my) (?:message|e-?mail|mail)s?\b|\b(?:reply|replying|respond|responding|revert|answer|check (?:your |my )?e-?mails?|after (?:coming|I come|I get|I am|I'm) back|get back|be in touch|return your|contact you|reach out|follow up|attend to|action|deal with|read|look at|go through|catch up)\b|\b(?:on|upon|after|at) my return\b|\bwhen I(?:'m| am|’m) back\b|\bonce I(?:'m| am|’m) back\b|\bwhen I return\b|\bas soon as (?:possible|I can|I(?:'m| am) back|I return)\b/i;

// Handing something over needs no time or "to you" to be a promise: "the credit note will be issued".
const DELIVERED =
  /\bbe\s+(?:sent|issued|shared|e-?mailed|forwarded|shipped|dispatched|delivered|refunded|credited|couriered|posted|waived)\b/i;
// The promise is to hold the event itself, so the event's date is its deadline.
const HOLDS_EVENT =
  /^(?:conduct|run|hold|host|deliver|give|do|perform|carry out|visit|attend to|lead|facilitate|present)\b/i;
// A date taken back in the next breath: "Tuesday — no, Wednesday".
const CORRECTION =
  /^\W*(?:no|nope|sorry|actually|oh wait|wait|make (?:that|it)|I mean|scratch that|correction|rather)\b/i;
// A later date to fall back on is the last day the promise is kept: "over the weekend, otherwise Monday at the latest".
const FALLBACK = /^\W*(?:otherwise|or else|failing that|worst case|if not(?:,)?)\b/i;
// Telling by phone is a report back too: "… and ring you once I've got an ETA".
const RINGS_BACK = /^(?:ring|call|phone|give\s+(?:you|u)\s+a\s+(?:bell|ring|call|shout))\b/i;
// A step that waits on another event: "once TNT confirms", "as soon as I receive the approval", "once I've got it".
const WAITS_ON_EVENT = /\b(?:once|as soon as|whenever)\s+(?!(?:that|this|done)\b)[a-z]/i;
// What marks a message as sent by a machine on the writer's behalf: named as a reply, or also by an absence notice's words.
const AUTO_REPLY_WORDS = 'automatic reply|auto-?reply|autoreply';
const SAYS_AUTOREPLY = new RegExp(`\\b(?:${AUTO_REPLY_WORDS})\\b`, 'i');
const MACHINE_SENT = new RegExp(
  `\\b(?:${AUTO_REPLY_WORDS}|out-of-office|out of office reply|automated)\\b`,
  'i',
);
// Handing over a named thing, not an answer to mail.
const HANDS_THING =
  /^(?:send|share|email|e-mail|forward|deliver|ship|get|go through|review|look at|check)\s+(?:(?:you|u)\s+)?(?:the|your|a|an|our)\s+(?!(?:reply|replies|response|answer|messages?|e-?mails?|mails?|requests?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|notes?)\b)\w/i;
const BARE_YES = /^(?:will do|on it|can do|sure|ok|okay|yes|yep|np|no problem)\s*[.!]?\s*$/i;
const JOINT_PLAN = /^\W*(?:let['’]?s|let us|shall we)\b/i;
// A deadline that names only an hour: "before 12:00", "by 3pm", "at 9".
const TIME_ONLY =
  /^(?:(?:by|before|b4|until|till|at|no later than)\s+)?\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?$/i;
// "I'll keep you posted daily until then": updates up to that day, not a deadline.
const UPDATES_UNTIL_THEN =
  /\b(?:keep (?:you|u) (?:posted|updated|informed)|update (?:you|u))\b[^.;]*\b(?:until|till)\s+then\b/i;
// Done together with the promise before it: "along with the same", "right after", "… then". ("The same day",
// "that morning" are read by relativeDeadline.)
const SAME_DAY =
  /\b(?:along with (?:the same|it|them|that|this|those)|(?:right|straight|immediately|directly) after(?:wards)?|at the same time)\b|^\W*(?:and\s+)?then\b|\bthen\s*[.!]?\s*$/i;
// Waiting for the writer's return.
const RETURN =
  /\b(?:on|upon|after) (?:my|our) return\b|\b(?:when|once|after) (?:I|we)(?:['’]m| am|['’]re| are)? (?:back|return)\b|\bcoming back\b/i;
// "…, and you'll have my comments when you're in": the report of the promise before it, not a second deliverable.
const REPORT_DELIVERY =
  /^(?:and\s+)?(?:you['’]ll|you will)\s+(?:have|get|receive|hear)\s+(?:my|our)\s+(?:comments|feedback|thoughts|notes|answer|update|findings|results|response|reply|views|input)\b/i;

// "I'll send you the signed SLA tonight, so you'll have it for your board pack on Friday": what the promise before brings.
const CONSEQUENCE =
  /^\W*so\s+(?:that\s+)?(?:you|u)(?:['’]ll|\s+will)\s+have\s+(?:it|them|this|that|everything|an?\s+(?:clean|clear|full|complete|updated|fresh|proper)\b)/i;

// "I confirm you the reservation for 40 pax on 12th March", "We confirm the shipment on 11/12": saying it
// is doing it, and the date is the thing's. "the exact date I confirm you latest 20.11." is still to come.
const PERFORMATIVE =
  /^(?:confirm|inform|write|acknowledge|accept|agree|note|notify|certify|declare)\b/i;
const MARKED_DEADLINE =
  /(?:\b(?:by|latest|until|till|til|before|within|no later than)\s+(?:the\s+)?)$|^(?:by|latest|until|within|before)\b/i;

function performedNow(masked: string, f: Found): boolean {
  // Only a calendar date can be the thing's: "I confirm you tomorrow the final number" is still to come.
  if (
    !PERFORMATIVE.test(masked.slice(f.clause.start + f.verdict.verbAt, f.clause.end)) ||
    !f.deadline ||
    !/\d/.test(f.deadline.phrase)
  )
    return false;
  const at = f.deadlineBase + f.deadline.index;
  return (
    !MARKED_DEADLINE.test(masked.slice(Math.max(0, at - 20), at)) &&
    !MARKED_DEADLINE.test(f.deadline.phrase)
  );
}

function isFuture(d: Deadline, ctx: DeadlineContext): boolean {
  // A clock time dated today is still ahead: one already past would have been dated tomorrow.
  return (
    d.due > ctx.sentDate ||
    /\b(?:later|l8r|tonight|this (?:afternoon|evening|arvo|avo)|eod|cob|end of (?:the )?day|close of business|in an? hour|within|noon|midday)\b|\b\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)/i.test(
      d.phrase,
    )
  );
}

/** "We (Lindner Chemie) will send …": an aside naming the subject is blanked (offsets kept), so the subject meets its verb. */
function blankSubjectAsides(masked: string): string {
  return blankObjectAsides(blankAsidesBeforeWill(masked));
}

// "the revised room block contract (42 rooms, 14–17 May) over to you on Monday", "the SOB (shipped on board)
// confirmation the next day", "the new site schedule (with the 3rd floor changes built in) next month": an aside
// inside the clause, with the clause going on after it, is not part of the promise (its dates are the thing's).
// Not one that says when ("(by Friday at the latest)", "your time (PST)") or whose ("(me)").
const OBJECT_ASIDE =
  /(?<=[A-Za-z0-9])(\s*\((?!\s*(?:me|us|our side|mine|ours|[A-Z]{2,5})\s*\))(?![^()\n]*\b(?:by|before|until|till|latest|no later|EOD|COB|tomorrow|tmrw|today|tonight|next|this)\b)[^()\n]{1,60}\))(?=\s+(?:to|over|by|on|in|within|before|the|confirmation|copy|copies|report|contract|guide|guides|sheet|pack|letter|next|this|tomorrow|tmrw|today|tonight|early|later)\b)/gi;

function blankObjectAsides(masked: string): string {
  // Skipped without a closing bracket followed by a word (the scan costs on a 1 MB input).
  if (!/\)\s+[a-z]/i.test(masked)) return masked;
  return masked.replace(OBJECT_ASIDE, (aside: string) => ' '.repeat(aside.length));
}

function blankAsidesBeforeWill(masked: string): string {
  // Most messages have no aside before a "will": skip the two scans then (they cost on a 1 MB input).
  if (!/\)\s+(?:will|shall|are|am|can)\b/i.test(masked)) return masked;
  return (
    masked
      .replace(
        /\b((?:We|we|I|Our team|our team)\s+)(\([^()\n]{1,40}\))(?=\s+(?:will|shall|are|am|can)\b)/g,
        (_m, subject: string, aside: string) => subject + ' '.repeat(aside.length),
      )
      // "The replacement endcap fixtures (12 x 48" gondola ends, SKU GE-4812) will ship …", "Phase 2 (vendor portal) will be
      // rolled out …": the aside names the thing. Not "(me)" or "(us)", which say whose it is.
      .replace(
        /(?<=\w)(\s*\((?!\s*(?:me|us|our side|mine|ours)\s*\))[^()\n]{1,80}\))(?=\s+(?:will|shall)\b)/gi,
        (aside: string) => ' '.repeat(aside.length),
      )
  );
}

export function detectCommitments(input: string, options: DetectOptions): Commitment[] {
  const instant = toInstant(options.sentAt, options.timeZone);
  if (Number.isNaN(instant.getTime())) throw new Error(`Invalid sentAt: ${String(options.sentAt)}`);
  const ctx = makeContext(
    instant,
    options.timeZone,
    makeCalendar(options.workingDays, options.holidays),
    options.dateOrder ?? 'MDY',
  );
  const html = options.format === 'html' ? htmlToText(input) : null;
  const text = html ? html.text : input;
  // "get y'all the proposal": the recipient as any other "you" (same length, so offsets hold).
  const masked = blankSubjectAsides(maskNonAuthored(text)).replace(/\by['’]all\b/gi, (w) =>
    'you'.padEnd(w.length),
  );
  let theirZone: { zone: string | undefined } | undefined;
  ctx.recipientZone = () =>
    (theirZone ??= {
      zone: options.recipientTimeZone ?? recipientZone(text) ?? customerPlaceSaid(masked),
    }).zone;
  const toOrig = (i: number): number => (html ? (html.map[i] ?? input.length) : i);
  const toOrigEnd = (i: number): number =>
    html ? (i > 0 ? (html.map[i - 1] ?? input.length - 1) + 1 : 0) : i;

  const out: Commitment[] = [];
  const rules: string[] = [];
  const absence = ABSENCE.exec(masked);
  const absent = absence !== null;
  // "I'll be away …", "I'm on leave from next Wednesday": an absence still to come, before which promises stand.
  const startsLater =
    absence !== null &&
    /^I/.test(absence[0]) &&
    /\bfrom$/i.test(absence[0]) &&
    /^\s+(?:next|tomorrow|tmrw)\b/i.test(
      masked.slice(absence.index + absence[0].length, absence.index + absence[0].length + 12),
    );
  const absentLater = (absence?.[1] !== undefined || startsLater) && !SAYS_AUTOREPLY.test(masked);
  const ourNames = senderNames(text);
  const tableItems = findTableItems(masked, ourNames, ctx);
  const accepted = acceptedRequest(text, masked, ctx);
  let previous = '';
  // The last deadline of a promise kept so far, for one dated by it in a later sentence.
  let lastDeadline: { deadline: Deadline; text: string } | null = null;
  // Whether the list being read sits under a heading that names our side ("Next steps on our side:").
  let ourHeading = false;
  const emit = (f: Found, sentence: Span): void => {
    const start = f.clause.start + f.verdict.at;
    if (f.deadline)
      lastDeadline = { deadline: f.deadline, text: masked.slice(f.clause.start, f.clause.end) };
    let end = f.clause.end;
    // "Will do — pricing for the Learning bundle in your inbox Monday": a bare yes takes in the words that say what and when.
    const dueAfter =
      f.deadline && f.deadlineBase >= 0
        ? f.deadlineBase + f.deadline.index + f.deadline.phrase.length
        : -1;
    if (
      dueAfter > end &&
      dueAfter <= sentence.end &&
      BARE_YES.test(masked.slice(start, end)) &&
      !TRIGGER.test(masked.slice(end, dueAfter))
    )
      end = dueAfter;
    while (end > start && /[\s.!,;:]/.test(masked[end - 1]!)) end--;
    const clauseText = text.slice(start, end);
    const deadlineAt = f.deadline ? f.deadlineBase + f.deadline.index - start : -1;
    rules.push(f.verdict.rule);
    out.push({
      start: toOrig(start),
      end: toOrigEnd(end),
      text: clauseText,
      sentence: text.slice(sentence.start, sentence.end),
      action:
        f.action ??
        summarize(
          clauseText,
          f.clause.start + f.verdict.verbAt - start,
          f.deadline,
          deadlineAt,
          f.verdict.rule,
        ),
      due: f.deadline ? f.deadline.due : null,
      dueSource: f.deadline ? 'explicit' : 'none',
      duePhrase: f.deadline ? f.deadline.phrase : null,
      confidence: Math.round(f.verdict.confidence * 100) / 100,
    });
  };
  for (const sentence of splitSentences(masked)) {
    const stext = masked.slice(sentence.start, sentence.end);
    // A reply that only takes the quoted request on promises what was asked, when it was asked for.
    if (accepted && sentence.start <= accepted.start && accepted.start < sentence.end) {
      const { action: asked, deadline } = accepted;
      const action =
        asked === null
          ? undefined
          : summarize(asked, 0, deadline, deadline ? asked.indexOf(deadline.phrase) : -1, 'accept');
      if (accepted.asked)
        emit(
          {
            clause: accepted,
            verdict: { commitment: true, confidence: 0.6, at: 0, verbAt: 0, rule: 'accept' },
            deadline,
            deadlineBase: -1,
            action,
          },
          sentence,
        );
      continue;
    }
    const prior = previous;
    previous = stext.length > MAX_SENTENCE ? '' : stext;
    // A row of an action table: ours when its owner cell names our side.
    const tableRow = tableItems.find(
      (t) => t.row.start <= sentence.start && sentence.start < t.row.end,
    );
    if (tableRow) {
      if (tableRow.ours) {
        const d = tableRow.deadline;
        emit(
          {
            clause: tableRow.action,
            verdict: { commitment: true, confidence: 0.8, at: 0, verbAt: 0, rule: 'owner' },
            deadline: d,
            deadlineBase: tableRow.dueAt,
          },
          sentence,
        );
      }
      continue;
    }
    // "Owner: Us (Pembroke Interiors)" alone on its line heads the items below it; it is no item itself.
    const ownerLine = OWNER_HEADING.exec(stext);
    if (ownerLine) {
      ourHeading = labelIsUs(ownerLine[1]!, ourNames);
      continue;
    }
    const isItem = LIST_ITEM.test(stext);
    // An item tagged with its owner after it: "1. Send updated rate card (me) – Fri".
    // Not one ticked off: "- Parallel run #2: completed, variance under $10 ✔ (us)".
    const ownerAfter = isItem && OWNER_AFTER.test(stext) && !DONE_ITEM.test(stext);
    const ourList = isItem && (ourHeading || ownerAfter);
    // An item whose owner is named by a label ("1. Vantage (Ankit) – share …", "Kora to refund …") is classified
    // whatever its words: the label decides.
    // "Let's both review the test results before Friday": a plan made together is no reply or fragment of ours.
    const together = JOINT_PLAN.test(stext);
    const reply = stext.length <= 60 && !together ? replyWithTime(stext, ctx) : null;
    const planned = !reply && !together && stext.length <= 200 ? plannedFragments(stext, ctx) : [];
    const fragment =
      !reply && !together && stext.length <= 140 && planned.length === 0
        ? (verblessDelivery(stext, ctx) ?? (ourList ? listedThingByTime(stext, ctx) : null))
        : null;
    // "- pricing sheet: me, by Tue": the topic first, then its owner.
    const topicMine = isItem && TOPIC_OWNER.test(stext);
    const labelled =
      isItem && ourNames.size > 0 && /(?::|\s[-–—>/]{1,2}\s|\sto\s+[a-z])/.test(stext.slice(0, 90));
    // A heading of its own ("Next steps on our side:"), or our owner label on a line above its items ("Summit Health Supply (us)").
    if (!isItem)
      ourHeading =
        (/:\s*$/.test(stext) && stext.length <= 120 && isOurListHeading(stext)) ||
        (stext.length <= 60 &&
          (/\((?:me|us)\):?$/i.test(stext) ||
            (!/[.!?,:]$/.test(stext) && !/^(?:our|my)\s/i.test(stext))) &&
          labelIsUs(stext.replace(/[:\s]+$/, ''), ourNames));
    if (
      stext.length > MAX_SENTENCE ||
      (!ourList &&
        !labelled &&
        !mayHoldPromise(stext) &&
        !reply &&
        !topicMine &&
        !fragment &&
        planned.length === 0)
    )
      continue;
    const found: Found[] = [];
    if (reply)
      found.push({
        clause: sentence,
        verdict: { commitment: true, confidence: 0.6, at: 0, verbAt: 0, rule: 'ack-time' },
        deadline: reply,
        deadlineBase: sentence.start,
      });
    for (const { deadline, start, end } of fragment ? [fragment] : planned) {
      const item = stext.slice(start, end);
      const clause = { start: sentence.start + start, end: sentence.start + end };
      found.push({
        clause,
        verdict: { commitment: true, confidence: 0.55, at: 0, verbAt: 0, rule: 'fragment' },
        deadline,
        deadlineBase: -1,
        action: summarize(item, 0, deadline, item.indexOf(deadline.phrase), 'fragment'),
      });
    }
    if (topicMine) {
      const at = stext.search(/[A-Za-z]/);
      found.push({
        clause: sentence,
        verdict: { commitment: true, confidence: 0.7, at, verbAt: at, rule: 'owner' },
        deadline: findDeadline(stext, ctx),
        deadlineBase: sentence.start,
      });
    }
    const clauses = reply || topicMine ? [] : splitClauses(masked, sentence);
    for (let idx = 0; idx < clauses.length; idx++) {
      const clause = clauses[idx]!;
      const verdict = classifyClause({
        clause: masked.slice(clause.start, clause.end),
        before: masked.slice(sentence.start, clause.start),
        after: masked.slice(clause.end, sentence.end),
        previous: prior,
        // Only the item's first clause (after its marker) takes the heading's owner.
        ourList: ourList && /^[^A-Za-z]*$/.test(masked.slice(sentence.start, clause.start)),
        ourNames,
        item: isItem,
      });
      if (!verdict.commitment) continue;
      // Verb phrases that share this subject but were cut off at ", and …" belong to it.
      let end = clause.end;
      const consulting = CONSULT.test(masked.slice(clause.start + verdict.verbAt, clause.end));
      while (
        idx + 1 < clauses.length &&
        (continuesVerbPhrase(
          masked.slice(clauses[idx + 1]!.start, clauses[idx + 1]!.end),
          consulting,
        ) ||
          gappedObject(masked.slice(clauses[idx + 1]!.start, clauses[idx + 1]!.end), ctx))
      ) {
        idx++;
        end = clauses[idx]!.end;
      }
      const whole = { start: clause.start, end };
      const segments = mergeSameDeliverable(
        masked,
        splitGapped(masked, splitVerbPhrases(masked, whole.start + verdict.verbAt, whole.end), ctx),
        ctx,
      );
      const texts = segments.map((sg) => masked.slice(sg.start, sg.end));
      // "I'll review it Thursday and send it over the following day": a date counted from the phrase before.
      const own: (Deadline | null)[] = [];
      // "… and will keep you posted if anything changes before then": the date is the change's, not the updates'.
      const onCondition = texts.map((t) => {
        const ifAt = KEEPS_POSTED.test(t) ? t.search(/\b(?:if|should|in case|whenever)\b/i) : -1;
        if (ifAt < 0) return false;
        const said = findDeadline(t, ctx);
        return !said || said.index > ifAt;
      });
      texts.forEach((t, k) => {
        if (onCondition[k]) {
          own.push(null);
          return;
        }
        // "Tomorrow morning I'll ping our product team and forward whatever they say": a leading time is the first step's.
        let said = findDeadline(t, ctx);
        if (!said && k === 0 && segments[0]!.start > whole.start) {
          const lead = findDeadline(masked.slice(whole.start, segments[0]!.start), ctx);
          said = lead && { ...lead, index: lead.index - (segments[0]!.start - whole.start) };
        }
        // "two days before the board meeting on the 17th": a date after the offset is the event's.
        const fromEvent = eventAnchoredDeadline(masked, segments[k]!, ctx);
        const before = k > 0 ? own[k - 1] : null;
        // "I check the stock on Monday and send you the new delivery date before 12:00": an hour alone is on the day before it.
        // Not after another hour alone: "I'll confirm the pickup slot by 10am and send the customs docs by 6pm".
        const onThatDay =
          said &&
          before &&
          TIME_ONLY.test(said.phrase) &&
          !TIME_ONLY.test(before.phrase) &&
          before.due > said.due
            ? { ...said, due: before.due }
            : said;
        own.push(
          (fromEvent && (!said || said.index >= fromEvent.index) ? fromEvent : onThatDay) ??
            (before ? relativeDeadline(t, before.due, ctx) : null),
        );
      });
      // "Let me dig into the numbers over the weekend and circle back Monday": the spec's let-me form, one
      // promise dated by its report back.
      const letMeReport =
        verdict.rule === 'let-me' && segments.length === 2 && sameDeliverable(texts[0]!, texts[1]!);
      // "fix the 7 P1 issues and share a fresh build in 2 weeks": an undated step, then handing over what it makes.
      const handsOver =
        segments.length === 2 && own[0] === null && HANDS_OVER.test(bareVerbPhrase(texts[1]!));
      // "will sort the rebook by Tues and send thru the new con note once TNT confirms": a step that waits on
      // something else is a promise of its own with no date, not the other step's.
      // Not a report back ("… and ring you once I've got an ETA"): that is the step before's promise, told.
      const waits = texts.map(
        (t, k) =>
          own[k] === null &&
          WAITS_ON_EVENT.test(t) &&
          !REPORT_BACK.test(bareVerbPhrase(t)) &&
          !RINGS_BACK.test(bareVerbPhrase(t)),
      );
      // "Ill get a tech booked on the boat this week and keep u posted on the weather": a dated step, then updates.
      const thenUpdates =
        segments.length === 2 && own[0] !== null && own[1] === null && KEEPS_POSTED.test(texts[1]!);
      if (
        !letMeReport &&
        (thenUpdates ||
          segments.length >= 3 ||
          own.filter(Boolean).length >= 2 ||
          (segments.length === 2 &&
            ((twoDeliverables(texts[0]!, texts[1]!) && !handsOver) ||
              (own.some(Boolean) && waits.some(Boolean)))))
      ) {
        // One promise, one detection: each verb phrase with its own deadline, or the next one's
        // when it names none ("fix the link and resend it by Friday").
        segments.forEach((sg, k) => {
          // "fix the CSV export ASAP and roll out the permissions model this quarter": "ASAP" is its own answer to when.
          let j =
            waits[k] || onCondition[k] || (own[k] === null && UNDATED_URGENCY.test(texts[k]!))
              ? -1
              : own.findIndex((d, i) => i >= k && d !== null);
          // "… on Wednesday and send you the serial numbers the same day".
          if (j < 0 && !onCondition[k] && SAME_DAY.test(texts[k]!))
            j = own.findLastIndex((d, i) => i < k && d !== null);
          // "I'll call you tomorrow and share the workbook before then".
          const then =
            j < 0 && k > 0 && !onCondition[k]
              ? thenDeadline(
                  texts[k]!,
                  () => own.findLast((d, i) => i < k && d !== null) ?? null,
                  ctx,
                )
              : null;
          const first = k === 0;
          found.push({
            clause: { start: first ? whole.start : sg.start, end: sg.end },
            verdict: first ? verdict : { ...verdict, at: 0, verbAt: 0 },
            deadline: then ?? (j >= 0 ? own[j]! : null),
            deadlineBase: j >= 0 && !then ? segments[j]!.start : sg.start,
          });
        });
        continue;
      }
      // From the clause start: a leading time belongs to the promise ("Tomorrow I'll walk you through …").
      let { d, base } =
        letMeReport && own[1]
          ? { d: own[1], base: segments[1]!.start }
          : searchDeadline(masked, clauses, idx, whole.start, ctx);
      // Dated from the promise or event before it, in this sentence or an earlier one: "… shipped on Monday,
      // and I'll email you the tracking numbers the same day", "the policy wording a couple of days after that".
      const clauseText = masked.slice(whole.start, whole.end);
      const sameDay = SAME_DAY.test(clauseText) && !UPDATES_UNTIL_THEN.test(clauseText);
      let anchored: { deadline: Deadline; text: string } | null = null;
      // Looked up only when the clause may count from another date: the search is the costly part.
      if (sameDay || mayCountFromAnchor(clauseText)) {
        const dated = found.findLast((f) => f.deadline !== null);
        const leading = masked.slice(sentence.start, whole.start);
        const leadingDate = dated ? null : findDeadline(leading, ctx);
        // Without a dated promise before it, the last date the message names: "let's move the call to Tuesday 21st.
        // I'll send the deck the day before".
        // Not "within 3 working days after demobilisation": an event of its own, undated.
        const named =
          dated || leadingDate || lastDeadline || matchEventOffset(clauseText)
            ? null
            : lastDateBefore(masked, whole.start, ctx);
        anchored = dated
          ? { deadline: dated.deadline!, text: masked.slice(dated.clause.start, dated.clause.end) }
          : leadingDate
            ? { deadline: leadingDate, text: leading }
            : (lastDeadline ?? (named ? { deadline: named, text: '' } : null));
      }
      const anchor = anchored?.deadline ?? null;
      const rel =
        anchored && relativeDeadline(clauseText, anchored.deadline.due, ctx, anchored.text);
      // A relative phrase outranks the plain reading of its own words ("the Monday after", "the next working day").
      if (
        rel &&
        (!d ||
          (base === whole.start && d.index >= rel.index && d.index < rel.index + rel.phrase.length))
      ) {
        d = rel;
        base = whole.start;
      }
      // A date counted from an event the message dates ("fit them two days after delivery") outranks both.
      const fromEvent = eventAnchoredDeadline(masked, whole, ctx);
      // Not over a date said before it ("by 19 March, two weeks before go-live on 5 April") or one said to be the
      // latest ("within 3 working days after the recount, latest by Fri 14 Aug").
      const dAt = d ? base + d.index : 0;
      if (
        fromEvent &&
        (!d ||
          (dAt >= whole.start + fromEvent.index &&
            !/^(?:by|latest|no later)/i.test(d.phrase) &&
            !/\b(?:latest|by|no later than)\s*$/i.test(masked.slice(Math.max(0, dAt - 15), dAt))))
      ) {
        d = fromEvent;
        base = whole.start;
      } else if (!d && anchor && sameDay) {
        // Nothing to cut from this clause's summary.
        d = anchor;
        base = Number.NEGATIVE_INFINITY;
      }
      // An owner-tagged item's date may come after the tag: "(me) – Fri".
      if (!d && ownerAfter) {
        d = findDeadline(masked.slice(whole.end, sentence.end), ctx);
        base = whole.end;
      }
      if (!d) {
        d =
          eventNamedBefore(masked, whole, sentence.start, ctx) ??
          thenDeadline(
            clauseText,
            () =>
              found.findLast((f) => f.deadline !== null)?.deadline ??
              lastDateBefore(masked, whole.start, ctx) ??
              requestedDeadline(text, ctx),
            ctx,
          );
        if (d) base = Number.NEGATIVE_INFINITY;
      }
      // "See you on the 27th — I'll bring the adoption numbers": what is brought is due at that meeting.
      if (!d && /^bring\b/i.test(masked.slice(whole.start + verdict.verbAt, whole.end))) {
        const meeting = SEE_YOU_ON.exec(masked.slice(sentence.start, whole.start));
        d = meeting && findDeadline(meeting[0], ctx);
        if (d) base = Number.NEGATIVE_INFINITY;
      }
      // The promise is to hold the event itself: "will conduct the admin training on 12 Nov", "will visit your plant on 8th".
      if (!d && HOLDS_EVENT.test(masked.slice(whole.start + verdict.verbAt, whole.end))) {
        d = findDeadline(masked.slice(whole.start, whole.end), ctx, { eventIsTheAction: true });
        base = whole.start;
      }
      found.push({ clause: whole, verdict, deadline: d, deadlineBase: base });
    }
    // A line the grammar reads as a promise is that promise, not also a verbless one.
    const read = found.filter((f) => f.verdict.rule !== 'fragment');
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k]!;
      if (
        f.verdict.rule === 'fragment' &&
        read.some((o) => o.clause.start < f.clause.end && f.clause.start < o.clause.end)
      )
        found.splice(k, 1);
    }
    joinReportBack(masked, found);
    for (const f of found) if (f.deadline && datesTheBooking(masked, f)) f.deadline = null;
    const merged = found.filter(
      (f) =>
        // Simple present counts only with a future time ("I send you the proposal tomorrow").
        // "We send the missing parts today": a first-person action today is still to come.
        (!['present', 'plan', 'state', 'you-get'].includes(f.verdict.rule) ||
          (f.deadline !== null &&
            (isFuture(f.deadline, ctx) ||
              (f.verdict.rule === 'present' && /^today$/i.test(f.deadline.phrase)) ||
              // "will be restored in your dashboard by 5pm today": a clock time still ahead today.
              (f.verdict.rule === 'state' &&
                /^today$/i.test(f.deadline.phrase) &&
                /\bby\s+(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|eod|cob|noon|midday|end of (?:the )?(?:business )?day|close of business)\b/i.test(
                  masked.slice(f.clause.start, f.clause.end),
                ))))) &&
        !(f.verdict.rule === 'present' && performedNow(masked, f)) &&
        // A passive is a promise when it names when, or that it comes to the recipient ("… will be sent to you").
        (f.verdict.rule !== 'passive' ||
          f.deadline !== null ||
          DELIVERED.test(masked.slice(f.clause.start, f.clause.end)) ||
          /\b(?:to|for|with)\s+(?:you|u)\b|\byour way\b|\b(?:to|on|in|into|against)\s+your\s+(?:[\w-]+\s+){0,2}?(?:account|invoice|bill|statement|card|inbox|order|site|store|office|portal)\b/i.test(
            masked.slice(f.clause.start, f.clause.end),
          )) &&
        // The reply promised in an absence notice is status (spec §1).
        // An absence still ahead ("I'll be on leave from the 21st") leaves a dated reply promise standing.
        // A named thing on a named day is no reply to mail, though: "I'm off for the rest of the week, but I'll send the
        // revised invoice Monday morning when I'm back".
        !(
          absent &&
          REPLY_PROMISE.test(masked.slice(f.clause.start, f.clause.end)) &&
          (!absentLater ||
            f.deadline === null ||
            RETURN.test(masked.slice(f.clause.start, f.clause.end))) &&
          !(
            f.deadline !== null &&
            !MACHINE_SENT.test(masked) &&
            HANDS_THING.test(masked.slice(f.clause.start + f.verdict.verbAt, f.clause.end))
          )
        ),
    );
    // A "you'll have …" after a promise is that promise's report or consequence, not a second one.
    const follows = (f: Found): boolean =>
      REPORT_DELIVERY.test(masked.slice(f.clause.start + f.verdict.at, f.clause.end)) ||
      CONSEQUENCE.test(masked.slice(f.clause.start, f.clause.end));
    // "I'll set up a handover call with her — expect an invite from me early next week": the invite is that set-up, dated.
    for (let k = merged.length - 1; k > 0; k--) {
      const [p, f] = [merged[k - 1]!, merged[k]!];
      if (
        f.verdict.rule === 'expect-from-me' &&
        p.deadline === null &&
        BOOKING.test(masked.slice(p.clause.start + p.verdict.verbAt, p.clause.end))
      )
        merged.splice(k - 1, 2, {
          ...p,
          clause: { start: p.clause.start, end: f.clause.end },
          deadline: f.deadline,
          deadlineBase: f.deadlineBase,
        });
    }
    for (const f of merged.filter(
      (f, i) => i === 0 || f.verdict.rule !== 'you-will-have' || !follows(f),
    ))
      emit(f, sentence);
  }
  // "Leave it with me" and a bare "Will do." stand for the promise only when no concrete one
  // follows them ("Leave it with me, I'll chase them this afternoon …" is that promise; so is
  // "Will do. I'll keep you posted."): one reminder, not two.
  // A "Will do" that borrowed another date from the quoted request is a promise of its own.
  const placeholder = (c: Commitment, i: number): boolean =>
    rules[i] === 'leave-with-me' || rules[i] === 'accept' || /^will do$/i.test(c.text.trim());
  const kept = out.filter(
    (c, i) =>
      !placeholder(c, i) ||
      !out.some(
        (o, j) =>
          j > i &&
          o.start - c.end < 250 &&
          (rules[i] === 'accept' || c.due === null || o.due === c.due),
      ),
  );
  // "Will do — sending the signed SOW tonight": a bare yes that took in the promise after it is that promise.
  return kept.filter(
    (c, i) =>
      !kept.some(
        (o, j) =>
          j !== i && o.start <= c.start && c.end <= o.end && (o.start < c.start || c.end < o.end),
      ),
  );
}
