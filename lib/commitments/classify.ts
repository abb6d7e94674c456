// The spec's §1 rules: is this clause the sender's side undertaking a future
// action for the recipient? Rules are deliberately conservative: a false
// reminder costs more trust than a missed one.

export interface ClauseContext {
  /** The clause itself. */
  clause: string;
  /** Sentence text before the clause. */
  before: string;
  /** Sentence text after the clause. */
  after: string;
}

export interface Verdict {
  commitment: boolean;
  confidence: number;
  /** Offset in the clause where the promise starts (its subject). */
  at: number;
  /** Offset in the clause of the action verb. */
  verbAt: number;
  rule: string;
}

const NO: Verdict = { commitment: false, confidence: 0, at: 0, verbAt: 0, rule: 'none' };

// Lead-ins that may precede the subject of a main clause.
const LEAD =
  /^(?:and|but|so|then|also|plus|yes|yep|yeah|ok|okay|sure|great|perfect|thanks|thank you|meanwhile|in the meantime|although|though|while|however|anyway|fyi|ps|p\.s\.?|oh|absolutely|of course|no problem|sounds good|got it|understood|noted|on it|in any case|either way|as promised|as discussed|as agreed|as requested|first|next|finally|today|tomorrow|tonight|this week|on (?:monday|tuesday|wednesday|thursday|friday)|(?:hi|hello|hey|dear) [A-Z][\w.-]*|[A-Z][a-z]+)\s*[,:!.]?\s+/;

const SUBJECT_WE_OUR =
  /^(?:our|my)\s+(?:[a-z][\w-]*\s+){0,2}(?:team|teams|department|dept|group|folks|people|office|desk|side|staff|assistant|colleagues|engineers|engineering|support|finance|billing|accounting|legal|ops|operations|crew|partners? team|account team|specialists?)\b/i;

// Modal heads: everything that turns the subject into a promise of future action.
const MODAL =
  /^(?:'ll|’ll|\s+will|\s+shall|\s+am going to|'m going to|’m going to|\s+are going to|'re going to|’re going to|'m gonna|\s+can(?=\s+have\b)|\s+expect to|\s+plan to|\s+intend to|\s+aim to|\s+hope to|'m planning to|\s+am planning to|'re planning to)\b/i;

const ADVERBS =
  /^(?:also|just|then|definitely|certainly|probably|likely|still|quickly|personally|gladly|at least|first|immediately|right away|happily|of course|absolutely|actually|now|happily|again|both|all|each|surely|promptly|go ahead and|be sure to|make sure to|make a point to|try to|try and|attempt to|endeavou?r to|make every effort to|do (?:my|our) best to|need to|have to|be able to|be happy to|be glad to|in turn|personally)\s+/i;

const ACK = /^(?:(?:on it|got it|sounds good|thanks|thank you|sure|ok|okay|yes|noted|understood|perfect|great|no problem|absolutely|will do|of course)[,.!]?\s*)*$/i;
const HEDGE = /^(?:probably|likely|try to|try and|attempt to|endeavou?r to|make every effort to|do (?:my|our) best to|hope to)/i;

// Action verbs that serve the recipient (send, deliver, call, check, find out,
// confirm, fix, review, schedule, update, get back, …). A verb not here is not a
// promise: "I'll be out", "we'll see you", "I'll assume".
const ACTION = new Set(
  (
    'send resend re-send deliver call ring phone check double-check recheck re-check confirm fix review re-review schedule reschedule update ' +
    'follow follow-up circle loop reach email e-mail mail fedex courier ship post upload share forward fwd pass provide prepare draft redraft ' +
    'write put set setup arrange organize organise coordinate book reserve look investigate dig chase ping contact text ask fill let hand ' +
    'return revert respond reply answer lay turn pay process submit file sign countersign finalize finalise complete finish wrap sort ' +
    'resolve handle run rerun re-run read bring attach include add remove change revise edit amend correct adjust refund credit issue ' +
    'invoice quote price raise flag log open cancel activate install configure deploy test verify validate research compile pull gather ' +
    'collect work examine analyze analyse assess evaluate notify inform advise alert remind order renew extend upgrade approve release ' +
    'expedite escalate prioritize prioritise reach get give leave make keep spend go have be find talk speak discuss take come drop walk ' +
    'address guide help reserve touch figure track nail circulate distribute route route print scan copy cc loop ask tell ' +
    'connect arrange push nudge chase sync investigate troubleshoot restore reset unlock enable disable migrate transfer move ' +
    'grant waive apply hold try close reissue re-issue resubmit regenerate refresh rebook'
  ).split(' '),
);

// Verbs whose object decides. Each returns true when the rest of the clause makes it a service action.
const RESTRICTED: Record<string, (rest: string, subject: string) => boolean> = {
  get: (r) =>
    /^(?:back|right back|in touch|with|on it|on that|started|(?:it|this|that|them|these|those|you|him|her|both|the|a|an|your|our|my|some|any|all|everything|something|more|an answer|answers|one|copies)\b)/i.test(r) &&
    !/^(?:to|together|through|ready|closer|much|fucked|out|up|going|there|home|off)\b/i.test(r),
  give: (r) => !/^(?:up|in|way)\b/i.test(r),
  leave: (r) => /^(?:a|you a|him a|her a|them a)\s+(?:message|voicemail|voice mail|note|vm)\b/i.test(r),
  make: (r) => /^(?:sure|certain|the|those|these|a|any|all|some|it\s+(?:explicit|clear|happen|work|right|official|available)|arrangements|changes|revisions|corrections|an? (?:intro|introduction|reservation|booking|payment))\b/i.test(r) && !/^it\s+(?:to|up|out|in|there|back)\b/i.test(r),
  keep: (r) => /^(?:you|everyone|all of you|y'all|both of you)\b/i.test(r) || /\band\s+(?:then\s+)?(?:send|call|get|email|confirm|update|follow)\b/i.test(r),
  spend: (r) => /\b(?:looking|reviewing|working|checking|on (?:it|this|that|the))\b/i.test(r),
  go: (r) => /^(?:over|through|ahead and\s+\w+)\b/i.test(r),
  have: (r) =>
    /^(?:(?:my|our)\s+[\w-]+\s+(?:call|send|email|e-mail|contact|reach|get|follow|look|check|prepare|reply|forward|ship|draft)\b|someone|somebody|one of|the team|a copy|a draft|an? (?:answer|update|proposal|quote|draft|version)|(?:it|this|that|them|these|those|the\s+[\w-]+(?:\s+[\w-]+){0,2}|everything|something|all|a (?:final|revised|new|signed|first)\s+[\w-]+)\s+(?:to you|over|ready|done|sent|back|finished|signed|fixed|attached|completed|out|for you|in your|on your|by|today|tomorrow|before|early|first|within|on\s+\w+day|later))/i.test(r),
  be: (r) =>
    /^(?:in touch|back in touch|sending|getting|setting|forwarding|following|calling|emailing|e-mailing|reaching|contacting|reviewing|shipping|delivering|preparing|scheduling|updating|circling|mailing|posting|writing|opening|putting|looping|drafting|finalizing|processing|issuing|submitting|filing|arranging|organizing|organising|coordinating|booking|pulling|running|doing|working on|looking into)\b/i.test(r),
  find: (r) => /^(?:out|a|an|the|some|it|time|someone|somebody)\b/i.test(r),
  talk: (r) => /^(?:to|with)\s+(?!you\b|u\b|y'all\b)/i.test(r),
  speak: (r) => /^(?:to|with)\s+(?!you\b|u\b)/i.test(r),
  discuss: (r, subject) => /^i\b/i.test(subject) && !/\bwith you\b(?!\s+(?:when|once|as soon as|after)\s+I\b)/i.test(r) && !/\b(?:call|meeting|lunch|dinner)\b/i.test(r.replace(/staff meeting/i, '')),
  try: (r) => /^(?:you|him|her|them)\s+again\b/i.test(r),
  take: (r) => /^(?:care|a look|a closer look|a quick look|another look|a pass|a stab|ownership|the lead)\b/i.test(r),
  come: (r) => /^back to you\b/i.test(r),
  drop: (r) => /^(?:you|it|them|the|a)\b/i.test(r) && !/^(?:you a line)\b/i.test(r),
  walk: (r) => /^(?:you|them|him|her)\s+through\b/i.test(r),
  look: (r) => /^(?:into|at|over|through|up|for|in on)\b/i.test(r),
  work: (r) => /^(?:on|through|with (?:the|our))\b/i.test(r),
  touch: (r) => /^base\b/i.test(r),
  turn: (r) => /^(?:my|our|around|it|this|that|the)\b/i.test(r),
  let: (r) => /^(?:you|y'all|everyone|all of you|both of you|the team know|them know|him know|her know)\b/i.test(r),
  close: (r) => /^(?:out|off|the|it|this|that|them|your|all|any)\b/i.test(r),
  hold: (r) => /^(?:an?\s+(?:internal|follow-up|kick-?off)|the (?:spot|slot|room|date|price|rate))\b/i.test(r),
  help: (r) => /^(?:you|with)\b/i.test(r),
  guide: (r) => /^(?:you)\b/i.test(r),
  address: (r) => /^(?:it|this|that|the|your|these|those|any|all)\b/i.test(r),
  pass: (r) => /^(?:it|this|that|them|the|along|on|your)\b/i.test(r),
  run: (r) => /^(?:it|this|that|them|the|a|some|another)\b/i.test(r),
  ask: (r) => /^[\w.-]+\s+(?:to|for|about|if|whether)\b|^(?:around|about|the team|finance|legal)\b/i.test(r),
  tell: (r) => /^(?:\w+\s+)?(?:to|about|that)\b/i.test(r),
  open: (r) => /^(?:a|the|up)\b/i.test(r),
  put: (r) => /^(?:you|it|this|that|them|the|a|together|in|through|something)\b/i.test(r),
  set: (r) => /^(?:up|you|it|this|that|them|the|a)\b/i.test(r),
  reach: (r) => /^(?:out|back)\b/i.test(r),
  circle: (r) => /^back\b/i.test(r),
  loop: (r) => /^(?:back|in|you)\b/i.test(r),
  lay: (r) => /^out\b|^(?:\w+\s+){0,3}out\b/i.test(r),
  read: (r) => /^(?:it|this|that|them|the|through|over|your)\b/i.test(r),
};

const QUESTION_START = /^(?:will|shall|can|could|would|should|do|does|did|is|are|am|may|might)\s+(?:you|we|i|it|they|he|she|this|that|there|someone)\b/i;

// A promise that waits on the recipient is an offer (spec §1, README decision).
const RECIPIENT_CONDITION =
  /\b(?:if|should|once|when|whenever|after|as soon as|in case|unless|provided|assuming)\s+(?:you|your|u|y'all|so|not|needed|necessary|useful|helpful|desired|required|interested|preferred|wanted|that|this|it|that's|there|anyone|any of you)\b/i;
const WAITS_ON_RECIPIENT = /\b(?:once|when|after|as soon as)\s+(?:we|I)\s+(?:have|receive|get|see)\s+(?:it|them|this|that|your|the signed|the PO|the form)\b/i;
const JOINT = /\b(?:on|at|during|in)\s+(?:the|our|this|tomorrow's|next week's|[A-Za-z]+day's)\s+(?:call|meeting|sync|QBR|review|session|catch-up|demo)\b|\b(?<!pull |put )together\b/i;
const SELF_CONDITION = /\b(?:if|once|when|whenever|after|as soon as|unless)\s+(?:I|we|I'm|I've|we're|we've|my|our)\b/i;
const TRAILING_RECIPIENT_CONDITION =
  /\b(?:if|once|when|after|as soon as|in case|provided|assuming|unless)\s+(?:you(?!\s*(?:'re|’re|are)\s+(?:around|available|free|in|there|about)\b)|your|u\b|(?:that(?:'s)?|it(?:'s)?|this)\s+(?:would|helps|is|works|suits|sounds)|(?:useful|helpful|needed|necessary|desired|required|interested|preferred|wanted|so|not|any)\b)/i;
const IMPERATIVE =
  /(?:^|[\s,])(?:please|let (?:me|us) know|call me|give me|ring me|email me|e-mail me|send me|tell me|drop me|ping me|reply|get back to me|advise|feel free|contact me|leave me)\b/i;
const IMPERATIVE_START = /^\s*(?:[A-Z][a-z]+,\s+)?(?:please\s+)?(?:call|give|send|let (?:me|us) know|tell|reply|email|ring|drop|ping|contact|advise|forward|sign|return|confirm|check|review|see|make|keep|leave|choose|pick|find|read|try)\b/i;
const HYPOTHETICAL_BEFORE = /\b(?:that|how|what|where|which|who|whether|if|why|than)\s*$/i;
const SUBORDINATE_LEAD = /^(?:if|when|once|unless|whether|because|since|as|until|before|after|whenever)\s/i;

function stripLead(s: string): { rest: string; skipped: number; conj: string } {
  let rest = s;
  let skipped = 0;
  let conj = '';
  for (let k = 0; k < 6; k++) {
    const m = LEAD.exec(rest);
    if (!m) break;
    // A capitalised word is a lead-in only as a vocative ("Dave, I'll…"), not a subject ("John will…").
    if (/^[A-Z][a-z]+\s+$/.test(m[0]) && !/^(?:And|But|So|Then|Also|Plus|Yes|Ok|Okay|Sure|Great|Perfect|Thanks|Meanwhile|Although|Though|However|Anyway|First|Next|Finally|Today|Tomorrow|Tonight)\s/.test(m[0])) break;
    if (k === 0) conj = m[0].trim().toLowerCase().replace(/[,:!.]$/, '');
    rest = rest.slice(m[0].length);
    skipped += m[0].length;
  }
  return { rest, skipped, conj };
}

function negated(afterModal: string): boolean {
  return /^(?:\s*not\b|n't|\s*never\b|\s*no longer\b)/i.test(afterModal);
}

interface Head {
  subject: string;
  /** Offset in `rest` just after the modal. */
  after: number;
  rule: string;
  base: number;
}

function matchHead(rest: string): Head | null {
  const lower = rest;
  // "Let me check …"
  let m = /^(?:let me|let us|lemme)\s+/i.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'let-me', base: 0.85 };
  // Subjectless reply: "Will send shortly." / "Will do."
  m = /^will\s+/i.exec(lower);
  if (m && !QUESTION_START.test(lower)) return { subject: 'I', after: m[0].length, rule: 'subjectless', base: 0.8 };
  // "Expect the deck from me on Thursday."
  if (/^expect\s+(?:a|an|the|it|my|our|this|that|them|some|an?\s+\w+)\b/i.test(lower) && /\bfrom (?:me|us|our|my)\b/i.test(lower)) {
    return { subject: 'I', after: 0, rule: 'expect-from-me', base: 0.85 };
  }
  // "You'll have the invoice by Monday." / "You will receive …"
  m = /^you(?:'ll|’ll|\s+will|\s+should)\s+(?:also\s+|then\s+)?(?:have|receive|get)\s+(?=\S)/i.exec(lower);
  if (m) return { subject: 'you', after: m[0].length, rule: 'you-will-have', base: 0.75 };
  // Subject + modal.
  m = /^(?:I|we|(?:[A-Z][a-z]+|he|she|they|[a-z]+) and I|I and [A-Z][a-z]+)(?=['’\s])/.exec(lower) ?? /^we(?=['’\s])/i.exec(lower);
  let subject = m?.[0] ?? '';
  let at = m ? m[0].length : 0;
  if (!m) {
    const team = SUBJECT_WE_OUR.exec(lower);
    if (team) {
      // Our side counts; a named person within it does not ("my colleague Dr. Lu will call").
      const tail = lower.slice(team[0].length, team[0].length + 30);
      if (/^\s*,?\s*(?:[A-Z][a-z]+\.?\s*){1,3},?\s+(?:will|shall)\b/.test(tail)) return null;
      subject = team[0];
      at = team[0].length;
    }
  }
  if (!subject) return null;
  const mm = MODAL.exec(lower.slice(at));
  if (!mm) return null;
  const modal = mm[0].trim().toLowerCase();
  if (modal === 'can' && !/^i$|^we$/i.test(subject)) return null;
  const base = modal.includes('going to') || modal.includes('gonna') ? 0.85 : modal.startsWith('hope') ? 0.7 : 0.9;
  return { subject, after: at + mm[0].length, rule: `modal:${modal}`, base };
}

function verbOk(verb: string, rest: string, subject: string): boolean {
  const v = verb.toLowerCase();
  if (!ACTION.has(v)) return false;
  const check = RESTRICTED[v];
  return check ? check(rest, subject) : true;
}

/** Decides one clause. `before`/`after` give the rest of the sentence for context. */
export function classifyClause(ctx: ClauseContext): Verdict {
  const { clause, before, after } = ctx;
  const sentence = `${before}${clause}${after}`;
  if (/\?\s*["”')]*\s*$/.test(sentence) || QUESTION_START.test(sentence.trimStart())) return NO;
  const lead = stripLead(clause);
  let rest = lead.rest;
  if (SUBORDINATE_LEAD.test(rest)) return NO;
  // Coordinated subject split off by the clause splitter: "… support that Brent | and I will provide".
  let ctxBefore = before;
  if (lead.conj === 'and' && /^I\b/.test(rest)) {
    const co = /(?:^|\s)(?:he|she|they|[A-Z][a-z]+)\s*$/.exec(before);
    if (co) ctxBefore = before.slice(0, co.index);
  }
  // Embedded clause: "how we will …", "know if we will …".
  if ((lead.skipped === 0 || ctxBefore !== before) && HYPOTHETICAL_BEFORE.test(ctxBefore.trimEnd()) && !/\b(?:assure|ensure|promise|confirm|guarantee|but)\s+(?:you\s+)?that\s*$/i.test(ctxBefore.trimEnd())) return NO;
  let head = matchHead(rest);
  if (!head && /^that\s+/i.test(rest) && /\b(?:assure|ensure|promise|confirm|guarantee)\s+(?:you\s+)?$/i.test(before)) {
    rest = rest.replace(/^that\s+/i, '');
    head = matchHead(rest);
  }
  if (!head) return NO;
  const at = clause.length - rest.length;
  let tail = rest.slice(head.after);
  if (negated(tail)) return NO;
  tail = tail.replace(/^\s+/, '');
  let hedged = false;
  let perhaps = false;
  for (let k = 0; k < 5; k++) {
    const m = ADVERBS.exec(tail);
    if (!m) break;
    const adv = m[0].trim().toLowerCase();
    if (adv === 'be happy to' || adv === 'be glad to') return NO;
    if (HEDGE.test(adv)) hedged = true;
    if (adv === 'probably' || adv === 'likely') perhaps = true;
    tail = tail.slice(m[0].length);
  }
  if (negated(tail)) return NO;
  const vm = /^([a-zA-Z][\w-]*)\s*/.exec(tail);
  let verbAt = clause.length - tail.length;
  let ok = false;
  if (head.rule === 'expect-from-me') {
    ok = true;
    verbAt = at;
  } else if (head.rule === 'you-will-have') {
    ok = !/^(?:to|a chance|the chance|the opportunity|time|fun|questions|any questions)\b/i.test(tail);
  } else if (head.rule === 'subjectless' && /^do\s*[.!]?\s*$/i.test(tail)) {
    ok = true;
  } else if (vm) {
    const verb = vm[1]!;
    const restAfterVerb = tail.slice(vm[0].length);
    ok = verbOk(verb, restAfterVerb, head.subject);
    // Coordinated action: "I'll keep thinking about it and send another draft".
    if (!ok && /^(?:be|keep|go|spend|work|get|make|look)$/i.test(verb)) {
      const coord = /\band\s+(?:then\s+)?([a-z][\w-]*)\s*(.*)$/i.exec(restAfterVerb);
      if (coord && !/^(?:be|see|meet|talk|discuss)$/i.test(coord[1]!)) ok = verbOk(coord[1]!, coord[2] ?? '', head.subject) && !RESTRICTED[coord[1]!.toLowerCase()];
    }
    if (head.rule === 'let-me' && /^(?:know|tell|say|just say|be|see|get [A-Z])\b/i.test(tail)) ok = false;
    // Subjectless "will …" only as a reply opener, never after a name: "Our CFO, Mark, | will reach out".
    if (head.rule === 'subjectless' && !/^(?:and|but|so|then)$/.test(lead.conj) && lead.skipped === 0 && !ACK.test(before.trim())) ok = false;
  }
  if (!ok) return NO;
  // Conditions on the recipient make it an offer.
  const lastBefore = before.slice(Math.max(before.lastIndexOf(';'), 0));
  if (RECIPIENT_CONDITION.test(lastBefore) && !(SELF_CONDITION.test(lastBefore) && !/\byou\b/i.test(lastBefore))) {
    const cond = RECIPIENT_CONDITION.exec(lastBefore);
    const selfIdx = lastBefore.search(SELF_CONDITION);
    if (!cond || selfIdx < 0 || cond.index > selfIdx) return NO;
  }
  if (TRAILING_RECIPIENT_CONDITION.test(`${tail} ${after}`)) return NO;
  if (WAITS_ON_RECIPIENT.test(lastBefore)) return NO;
  // Something done together in a meeting is a joint plan, not a promise.
  if (JOINT.test(tail.split(/\b(?:to see|so that|so we|when|whether|if|because)\b/i)[0] ?? tail)) return NO;
  if (/^(?:and|so|then|&|-|–|—)$/.test(lead.conj) || /(?:\band|[-–—])\s*$/.test(before)) {
    if (IMPERATIVE.test(before) || IMPERATIVE_START.test(before)) return NO;
  }
  if (/^\s*(?:please\s+)?(?:call|give|ring|email|e-mail)\s+me\b/i.test(before) || /^\s*(?:let me know|please let me know)\b/i.test(before)) return NO;
  let confidence = head.base;
  if (hedged) confidence -= 0.1;
  if (perhaps) confidence -= 0.1;
  return { commitment: true, confidence: Math.max(0.3, Math.min(0.99, confidence)), at, verbAt, rule: head.rule };
}
