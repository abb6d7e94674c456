// The spec's §1 rules: is this clause the sender's side undertaking a future
// action for the recipient? Rules are deliberately conservative: a false
// reminder costs more trust than a missed one.

import {
  hasAnyTag,
  infinitive,
  isAdverb,
  isBaseVerb,
  isGerund,
  isNounPhraseStart,
  isParticiple,
  isVerb,
  tagPhrase,
  wordTags,
} from './pos';

export interface ClauseContext {
  /** The clause itself. */
  clause: string;
  /** Sentence text before the clause. */
  before: string;
  /** Sentence text after the clause. */
  after: string;
  /** The sentence before this one, for a "they" that names our team there. */
  previous?: string;
  /** The clause is an item of a list whose heading names our side as its owner ("Next steps on our side:"). */
  ourList?: boolean;
  /** The clause is in a list item or an action-item line. */
  item?: boolean;
  /** Words naming the sender and their company, from the signature (see senderNames). */
  ourNames?: ReadonlySet<string>;
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
  /^(?:and|but|so|hence|therefore|thus|then|also|plus|po|opo|lah|yes|yep|yup|yeah|ya|ok|okay|k|kk|sure thing|sure|cool|great|perfect|thanks|thank you|thx|ty|cheers|np|nw|no worries|no bother|no stress|no sweat|no prob|no probs|no dramas|no drama|meanwhile|in the meantime|otherwise|alternatively|instead|although|though|while|however|anyway|anyways|fyi|btw|ps|p\.s\.?|oh|ah|absolutely|of course|no problem|sounds good|sounds great|got it|gotcha|understood|noted|roger|ack|done|on it|hopefully|(?:sorry|sry|soz|apologies|apols)(?:\s+(?:for|abt|about)\s+(?:the\s+)?(?:delay|late reply|slow reply|slow response|late response|wait))?|in any case|either way|confirm(?=\s+(?:I|we)\s)|as promised|as discussed|as agreed|as requested|as mentioned|first|firstly|next|finally|today|tomorrow|tonight|this week|on (?:monday|tuesday|wednesday|thursday|friday)|(?:hi|hello|hey|hiya|dear|morning|good morning|afternoon|g'day|howdy) [A-Z][\w.à-ÿ-]*|hi|hey|hello|hiya|morning|sir|madam|ma'am|maam|mate|boss|inshallah|insha['’]?allah|God willing|[A-Z][a-zà-ÿ]+)\s*(?:[,:!.]|\s[-–—]{1,2})?\s+/;

// List markers before an item: bullets, dashes, numbers, letters, check boxes.
// Shared with the list-item test in detect.ts: glyphs, numbers, letters, roman numerals ("iii."), check boxes.
export const BULLET_SOURCE = String.raw`(?:[-–—•▪◦‣●∙·*>+☐→➝➜➤►▸▶◆◇■□○✓✔✅]+|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x|I{2,3}|IV|VI{0,3}|IX)[.)]|\[[ xX]?\])`;
const BULLET = new RegExp(`^${BULLET_SOURCE}\\s*`);

// Our side as subject: "our/my" + a noun phrase whose head names people or a unit of them
// ("our support team", "my colleagues", "our engineers"). A thing ("our prices") is not a doer.
const SUBJECT_WE_OUR =
  /^(?:our|my)\s+(?:[a-z][\w&-]*\s+|[A-Z][\w&-]*(?:\/[A-Z][\w&-]*)+\s+){0,3}?(?:team|teams|department|dept|group|folks|people|guys|office|desk|side|staff|assistant|colleagues?|techs?|reps?|engineering|support|finance|billing|accounting|legal|ops|operations|crew|devs|IT|HR|procurement|partners? team|account team|company|firm|org|organisation|organization|squad|helpdesk|service desk)\b(?=\s+(?:will|wil|shall|can|are|is|am|should)\b|['’](?:ll|re|s)\b)/i;
// A department named bare is ours in mail we send: "Engineering will be pushing a fix Thursday".
const SUBJECT_DEPARTMENT =
  /^(?:[Tt]he (?:lab|warehouse|workshop|QA team|quality team)|QA(?: team)?|(?!(?:Your|Their|His|Her|Its)\s)[A-Z][A-Za-z]+ team|[Ee]ngineering|[Ff]inance|[Ll]egal|[Ss]upport|[Bb]illing|[Aa]ccounting|[Aa]ccounts|[Pp]rocurement|[Oo]ps|[Oo]perations|IT|HR|[Dd]ispatch|[Ll]ogistics|[Tt]he team|[Tt]he support team|[Tt]he (?:[a-z][\w-]*\s+){1,2}(?:team|crew))(?=\s+(?:will|shall|is|are)\b|['’]ll\b)/;
// Heads of "our …" that act in the simple present ("Our legal team reviews …", "our service engineer visits …").
export const TEAM_HEADS =
  'team|department|dept|desk|office|engineers|staff|manager|engineer|technician|tech|rep|driver|installer|planner|coordinator|mechanic|serviceman|fitter|surveyor|inspector|truck|van|lorry';
const TEAM_PRESENT = new RegExp(
  `^(?:our|my)\\s+(?:[a-z][\\w&-]*\\s+){0,2}?(?:${TEAM_HEADS})\\s+([a-z]{3,}s)\\b(?=\\s+(?:the|your|a|an|our|it|them|all|this|these|those|you|u)\\b|\\s+(?:to|at)\\s+(?:the|your)\\b)`,
  'i',
);
// Someone of ours, unnamed: "Someone from our team will call you today", "One of our engineers will visit".
const SUBJECT_ONE_OF_US =
  /^(?:someone|somebody|a member|one|a colleague|an engineer|a technician|a rep(?:resentative)?|an agent|a specialist)\s+(?:from|of|on|in)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:will|shall)\b|['’]ll\b)/i;
// Our people sent out, unnamed, in mail we send: "The technician will be at your Ikoyi outlet on Tuesday",
// "A senior engineer will call you within 24 hours" (not "a technician from the manufacturer"; "a technician will be
// assigned" is a passive, read as one).
const SUBJECT_OUR_ROLE =
  /^(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:tech|technician|engineer|fitter|installer|installation crew|service crew|field crew|crew)(?=\s+(?:will|shall)\b|['’]ll\b)(?!\s+(?:will|shall)\s+be\s+[a-z]+(?:ed|en|wn)\b)/i;
const SUBJECT_OUR_ANY =
  /^(?:our|my)\s+(?:[\w&-]+\s+){0,2}?[\w&-]+(?=\s+(?:will|shall|(?:is|are)\s+(?:also\s+)?going to)\b|['’]ll\b)/i;
const SUBJECT_OUR_AGENT =
  /^(?:our|my)\s+((?:[a-z][\w&-]*\s+){0,2}[a-z][\w-]*(?:ers|ors|ists|ians|ants|ents|er|or|ist|ian|ant))(?=\s+(?:will|shall|can|are|is)\b|['’]ll\b)/i;

// Modal heads: everything that turns the subject into a promise of future action.
const MODAL =
  /^(?:'ll|’ll|\s+will|\s+wil|\s+shall|\s+am going to|'m going to|’m going to|\s+(?:are|is)\s+(?:also\s+|then\s+|now\s+)?going to|'re going to|’re going to|'s going to|’s going to|'m gonna|’m gonna|\s+am gonna|\s+are gonna|'re gonna|’re gonna|\s+gonna|\s+can(?=\s+have\b)|\s+should(?=\s+(?:be able to|have)\b)|\s+expect to|\s+plan to|\s+intend to|\s+aim to|\s+hope to|'m (?:planning|hoping|aiming) to|’m (?:planning|hoping|aiming) to|\s+am (?:planning|hoping|aiming) to|'re (?:planning|hoping|aiming) to|’re (?:planning|hoping|aiming) to|\s+are (?:planning|hoping|aiming) to|\s+is (?:planning|hoping|aiming) to|['’]m (?:trying|doing my best)(?: my best| hard)? to|['’]re (?:trying|doing our best)(?: our best| hard)? to|\s+am (?:trying|doing my best)(?: my best| hard)? to|\s+are (?:trying|doing our best)(?: our best| hard)? to)\b/i;

const ADVERBS =
  /^(?:also|just|then|in the meantime|meanwhile|in parallel|definitely|def|defo|certainly|probably|prob|prolly|likely|still|quickly|personally|gladly|at least|first|immediately|right away|happily|of course|absolutely|actually|now|again|both|all|each|surely|promptly|soon|asap|go ahead and|be sure to|make sure to|make a point to|try to|try and|try(?=\s+(?:get|send|have|sort|fix|call|ring|email)\b)|attempt to|endeavou?r to|make every effort to|do (?:my|our) best to|try (?:my|our) best to|have to|be able to|be happy to|be glad to|in turn|aim to|look to|hope to|get around to)\s+/i;

const ACK =
  /^(?:(?:on it|got it|sounds good|thanks|thank you|sure|ok|okay|yes|noted|understood|perfect|great|no problem|absolutely|will do|of course)[,.!]?\s*)*$/i;
const HEDGE =
  /^(?:probably|prob|prolly|likely|try to|try and|attempt to|endeavou?r to|make every effort to|do (?:my|our) best to|try (?:my|our) best to|hope to|aim to|look to)/i;

// Verbs that, after a promise head, still do not make an action for the recipient:
// states, perception, thought, one's own movements and joint social acts ("I'll be out",
// "we'll see", "I'll assume", "we'll meet"). Any other verb in the verb slot counts, so a
// verb nobody listed ("we'll whitelist your IPs") is a promise.
const NON_ACTION = new Set(
  (
    'be see meet need want like love hate hope think assume suppose guess wait know remember forget miss enjoy join attend stay ' +
    'remain lose owe win suggest recommend consider wonder appreciate agree believe feel hear listen learn understand wish prefer ' +
    'mind doubt worry sleep rest relax travel fly arrive head celebrate eat drink visit chat catch sync hang struggle fail die ' +
    'survive cry laugh smile thank say bet happen use expect require depend rely hear wake live sit stand fall become seem ' +
    'await ignore defer treat stick trust bear reconsider rethink ponder note look-forward regret apologise apologize admit pretend hesitate allow let-it realise realize ' +
    'reopen resume receive regroup reconvene'
  ).split(' '),
);

// The recipient's places our people go to: "at your Gurgaon site", "your Lahore mill", "the Al Wakrah villa".
const PLACE =
  'site|office|offices|plant|premises|warehouse|store|branch|facility|factory|depot|clinic|hotel|venue|location|DC|mill|villa|home|house|residence|property|building|shop|restaurant|farm|mine|yard|school|hospital|kitchen|lab|outlet|showroom|station|centre|center|campus|dock';
const YOUR_PLACE = new RegExp(`^your\\s+(?:[\\w-]+\\s+){0,2}?(?:${PLACE})\\b`, 'i');
const OUR_PEOPLE_VISIT = new RegExp(
  `^(?:your|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:${PLACE})\\b|^your\\b`,
  'i',
);

// Verbs whose object decides. Each returns true when the rest of the clause makes it a service action.
const RESTRICTED: Record<string, (rest: string, subject: string) => boolean> = {
  get: (r) => {
    // "I'll get Mark / our billing team to send …": we make someone do it.
    if (
      /^(?:[A-Z][a-z]+|someone|somebody|(?:my|our|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+to\s+[a-z]/.test(
        r,
      )
    )
      return true;
    // "I'll get someone from support to call you": any doer but the recipient, then a base verb, or a word
    // taking an object that is a verb whatever the lexicon says ("get legal to redline the MSA").
    const doer = /^(?!you\b|u\b|used\b)(?:[\w'-]+\s+){1,6}?to\s+([a-z]+)/i.exec(r);
    if (
      doer &&
      (isBaseVerb(doer[1]!) ||
        /^(?:[\w'-]+\s+){1,6}?to\s+[a-z]+\s+(?:the|your|our|a|an|it|them)\b/i.test(r))
    )
      return true;
    return (
      /^(?:back|right back|in touch|with|on it|right on it|onto it|on that|started|[\w-]+['’]s\s+[a-z]|(?:it|this|that|them|these|those|you|u|ya|him|her|his|their|both|the|a|an|your|our|my|some|any|all|everything|something|more|an answer|answers|one|copies)\b)/i.test(
        r,
      ) &&
      !/^(?:to|together|through|ready|closer|much|fucked|out|up|going|there|home|off)\b/i.test(r) &&
      // "I'll get you to sign …" asks the recipient.
      !/^(?:you|u)\s+to\s+[a-z]/i.test(r)
    );
  },
  give: (r) => !/^(?:up|in|way)\b/i.test(r),
  // "… are packed and will leave our warehouse in Bremen on Monday": a shipment on its way (not "leave the office").
  leave: (r) =>
    /^(?:a|you a|him a|her a|them a)\s+(?:message|voicemail|voice mail|note|vm)\b|^our\s+(?:[\w-]+\s+){0,2}?(?:warehouse|factory|plant|depot|facility|DC|port|yard|dock|mill)\b/i.test(
      r,
    ),
  make: (r) =>
    /^(?:sure|certain|the|those|these|a|any|all|some|it\s+(?:explicit|clear|happen|work|right|official|available)|arrangements|changes|revisions|corrections|an? (?:intro|introduction|reservation|booking|payment))\b/i.test(
      r,
    ) && !/^it\s+(?:to|up|out|in|there|back)\b/i.test(r),
  keep: (r) =>
    (/^(?:you|u|everyone|all of you|y'all|both of you)\b/i.test(r) &&
      !/^(?:you|u)\s+in\s+mind\b/i.test(r)) ||
    /\band\s+(?:then\s+)?(?:send|call|get|email|confirm|update|follow|let (?:you|u) know|report back|circle back|come back)\b/i.test(
      r,
    ),
  spend: (r) => /\b(?:looking|reviewing|working|checking|on (?:it|this|that|the))\b/i.test(r),
  // "We'll go through the dashboard then" is done together; "I'll go through the contract" is a promise.
  // "Our technician will go to your plant on Tuesday" is a call-out (mine would be a meeting).
  go: (r, subject) =>
    (!/^(?:I|we)$/i.test(subject) && /^(?:to|out to)\s+your\b/i.test(r)) ||
    (/^(?:over|through|ahead and\s+\w+)\b/i.test(r) &&
      !(
        /^we$/i.test(subject) &&
        /^(?:over|through)\b/i.test(r) &&
        !/\b(?:for you|and (?:send|share|get back|revert|let you know))\b/i.test(r)
      )),
  have: (r) => haveComplement(r),
  // "move your numbers across", "move the stock to bay 4" (not moving a meeting, or moving house).
  move: (r) =>
    /^(?:the|your|our|my|all|both|it|them|these|those|\d)/i.test(r) &&
    !/^(?:[\w-]+\s+){0,3}?(?:call|meeting|demo|session|catch-?up|sync|review|appointment|workshop|lunch|dinner|chat|date|deadline|kick-?off)\b/i.test(
      r,
    ),
  be: (r, subject) =>
    /^(?:in touch|back in touch|back to you|back with)\b/i.test(r) ||
    beGerund(r) ||
    beThereTo(r, subject),
  find: (r) => /^(?:out|a|an|the|some|it|time|someone|somebody)\b/i.test(r),
  talk: (r) => /^(?:to|with)\s+(?!you\b|u\b|y'all\b)/i.test(r),
  speak: (r) => /^(?:to|with)\s+(?!you\b|u\b)/i.test(r),
  discuss: (r, subject) =>
    /^i\b/i.test(subject) &&
    !/\bwith you\b(?!\s+(?:when|once|as soon as|after)\s+I\b)/i.test(r) &&
    !/\b(?:call|meeting|lunch|dinner)\b/i.test(r.replace(/staff meeting/i, '')),
  try: (r) => /^(?:you|him|her|them)\s+again\b/i.test(r),
  take: (r) =>
    /^(?:care|a look|a closer look|a quick look|another look|a pass|a stab|ownership|the lead|(?:it|this|that) (?:from here|forward|over)|over|charge)\b/i.test(
      r,
    ),
  // "we plan the QBR in April": planning a meeting together, not a deliverable.
  plan: (r) =>
    !/^(?:the|a|an|our|your|this|that)\s+(?:\w+\s+)?(?:QBR|call|meeting|review|session|visit|catch-up|workshop|kick-?off)\b/i.test(
      r,
    ),
  // "I'm going to have to push our call": moving a meeting, not an action for the recipient.
  push: (r) =>
    !/^(?:(?:our|the|this|that|tomorrow's|today's)\s+)?(?:call|meeting|catch-up|sync|demo|session|appointment|slot)\b|^(?:it|this|that)\s+back\b/i.test(
      r,
    ),
  // "I'll do my best." promises effort, not an action.
  // "I will propose you 2 dates": an offer of slots to choose from; "we propose upgrading" is a suggestion.
  propose: (r) =>
    /^(?:you|u)\b(?!\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:call|meeting|catch-?up|session|visit|chat))|^(?:\w+\s+){0,2}(?:dates?|times?|slots?|options?)\b/i.test(
      r,
    ),
  do: (r) => !/^(?:(?:my|our) best|what (?:I|we) can)\b\s*(?:[.!,;]|$)/i.test(r),
  cover: (r) =>
    /\b(?:cost|costs|fee|fees|shipping|charge|charges|bill|difference|expenses?|postage)\b/i.test(
      r,
    ),
  // "sign off the calcs" approves them; "I'll sign off now" leaves.
  sign: (r) =>
    !/^(?:off|out|in|up for)\b/i.test(r) ||
    /^off\s+(?:on\s+)?(?:the|your|our|it|this|that|these|those)\b/i.test(r),
  dial: (r) => !/^(?:in|into)\b/i.test(r),
  stop: (r) => !/^(?:by|in|over|around|off)\b/i.test(r),
  // "Our service technician will come on 7.4. for the installation": a call-out by our people, to do the work.
  come: (r, subject) =>
    /^back to (?:you|u)\b|^back with\b/i.test(r) ||
    (!/^(?:I|we)$/i.test(subject) &&
      (/^(?:to|out to)\s+your\b/i.test(r) ||
        new RegExp(`^(?:to|out to)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:${PLACE})\\b`, 'i').test(r) ||
        /^(?:on|by|tomorrow|tmrw|next|this|(?:mon|tue|wed|thu|fri|sat)[a-z]*)\b[^,;]{0,24}?\b(?:for (?:the|a|an)|to|and)\s+(?:install|repair|fix|servic|inspect|calibrat|commission|replac|swap|measur|survey|set ?up|train|do the|carry out|check|take the|collect|pick up|fit|mount|deliver)/i.test(
          r,
        ))),
  // "I will return to you until tomorrow": getting back to the recipient.
  return: (r) =>
    (isNounPhraseStart(firstWord(r)) && !/^(?:to|home|from)\b/i.test(r)) ||
    /^to\s+(?:you|u)\b/i.test(r),
  // "the installation team will start on Monday 27" begins the work for the recipient; "I'll start on Monday" is my own.
  start: (r, subject) =>
    !/^(?:on (?:monday|tuesday|wednesday|thursday|friday)|work|my|next|in|at|over|again|afresh|from scratch)\b/i.test(
      r,
    ) ||
    (!/^(?:I|we)$/i.test(subject) && /^on\s/i.test(r)),
  work: (r) => /^(?:on|through|with (?:the|our))\b/i.test(r),
  // "drop you a line", "drop the samples off"; a visit: "I'll drop down to you Friday", "drop by your office".
  drop: (r) =>
    /^(?:you|it|them|the|a)\b|^(?:in|off|round)\s+(?:the|your|some|a|an)\s+(?!(?:morning|afternoon|evening|week)\b)/i.test(
      r,
    ) ||
    /^(?:down|over|round|around|by|in|up)\s+(?:to\s+(?:you|u|your)|by\s+your|your|at your)\b/i.test(
      r,
    ),
  walk: (r) =>
    /^(?:you|u|them|him|her|(?:your|the|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+through\b/i.test(r),
  // "will look tmrw": looking into it, at a time.
  look: (r) =>
    /^(?:into|at|over|through|up|for|in on|after)\b/i.test(r) ||
    /^(?:tmrw|tomorrow|today|tonight|later|first thing|asap|this (?:afternoon|evening|arvo)|(?:on\s+)?(?:mon|tues?|wed|thu(?:rs)?|fri)[a-z]*)\b/i.test(
      r,
    ),
  // "I'll see to it that …", "I'll see that the refund goes through": making sure, not perceiving.
  // A visit to the recipient's site is a service call; "visit with you" is a meeting.
  // Our people sent out with a time are a service call too: "Our service engineer will visit within 48 hrs".
  visit: (r, subject) =>
    OUR_PEOPLE_VISIT.test(r) ||
    (!/^(?:I|we)$/i.test(subject) &&
      /^(?:site|on[- ]?site|within|tomorrow|tmrw|today|on (?:mon|tue|wed|thu|fri|the)|next|this)\b/i.test(
        r,
      )),
  // "I'll see what I can do by Friday": an effort on the recipient's request.
  see: (r) =>
    /^(?:to it that|that (?:the|your|it|this|you|everything|all)|what (?:I|we) can do)\b/i.test(r),
  // "We'll touch base" is a joint plan; "I'll touch base with you" is a promise to call.
  touch: (r, subject) => /^base\b/i.test(r) && /^i$/i.test(subject),
  turn: (r) => /^(?:my|our|around|it|this|that|the)\b/i.test(r),
  let: (r) =>
    /^(?:you|u|y'all|everyone|all of you|both of you|the team know|them know|him know|her know)\b/i.test(
      r,
    ),
  // "close ticket #48213", "close the loop"; not "close of business".
  close: (r) =>
    /^(?:out|off|the|it|this|that|them|your|our|all|any|tickets?|cases?|incidents?|issues?|bugs?|PRs?)\b/i.test(
      r,
    ),
  // Keeping something for the recipient: "hold the 40 rooms until Jan 15", "hold the current rate".
  hold: (r) =>
    /^(?:an?\s+(?:internal|follow-up|kick-?off)|(?:the|your|our|these|those|all)\s+(?:[\w-]+\s+){0,2}?(?:spots?|slots?|rooms?|dates?|prices?|rates?|pricing|stock|units|pallets|booking|reservation|allocation|inventory|order|tables?|seats?|space))\b/i.test(
      r,
    ),
  help: (r) => /^(?:you|with)\b/i.test(r),
  guide: (r) => /^(?:you)\b/i.test(r),
  address: (r) => /^(?:it|this|that|the|your|these|those|any|all)\b/i.test(r),
  // "… will pass by your office": a call-out.
  // Spanish and Italian "te paso …": "I pass you the tracking the same day" hands it over.
  // Not declining: "we'll pass on the gold sponsorship this year", "pass on this one".
  pass: (r) =>
    (/^(?:it|this|that|them|the|along|on|your)\b/i.test(r) &&
      !/^on\s+(?:this|that|it)(?:\s+one)?\b/i.test(r) &&
      !/^on\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,3}?(?:sponsorship|offer|opportunity|invitation|invite|proposal|deal|option|upgrade|event|booth|package|renewal|extension)\b/i.test(
        r,
      )) ||
    /^(?:by|round)\s+your\b/i.test(r) ||
    /^(?:you|u)\s+(?:the|a|an|our|my|all|both|\w+\s+(?:copy|copies|details|list|report|invoice|contract|tracking|BL|documents?))\b/i.test(
      r,
    ),
  run: (r) => /^(?:it|this|that|them|the|a|some|another|your|two|three|four|a few|\d+)\b/i.test(r),
  ask: (r) =>
    /^(?:[\w.-]+\s+){1,4}(?:to|for|about|if|whether)\b|^(?:around|about|the team|finance|legal)\b/i.test(
      r,
    ),
  tell: (r) => /^(?:\w+\s+)?(?:to|about|that)\b/i.test(r),
  open: (r) => /^(?:a|the|up)\b/i.test(r),
  put: (r) =>
    /^(?:you|it|this|that|them|the|a|your|our|both|all|these|those|everything|together|in|through|something)\b/i.test(
      r,
    ),
  set: (r) => /^(?:up|you|it|this|that|them|the|a)\b/i.test(r),
  // "will back on Monday": "be back", a return, not an action ("back up the files" is one).
  back: (r) => /^up\b/i.test(r),
  // "Our technician will reach your Lahore mill on the 4th": arriving at the recipient's place.
  reach: (r) => /^(?:out|back)\b/i.test(r) || YOUR_PLACE.test(r),
  circle: (r) => /^back\b/i.test(r),
  loop: (r) => /^(?:back|in|you)\b/i.test(r),
  lay: (r) => /^out\b|^(?:\w+\s+){0,3}out\b/i.test(r),
  read: (r) => /^(?:it|this|that|them|the|through|over|your)\b/i.test(r),
};

// A supplier's or carrier's own undertaking, reported: "the manufacturer has confirmed they will ship on Monday".
const REPORTED_THIRD_PARTY =
  /\b(?:manufacturer|supplier|vendor|carrier|courier|factory|mill|forwarder|airline|bank|distributor|shipping line|landlord|insurer|broker)s?\b[^.;]{0,40}?\b(?:has|have|had)\s+(?:confirmed|said|advised|told us|informed us|assured us|promised|committed)\s+(?:(?:to us\s+)?that\s+)?(?:they|it|he|she)(?:['’]ll|\s+will|\s+would|\s+shall)\b/i;

const QUESTION_START =
  /^(?:will|shall|can|could|would|should|do|does|did|is|are|am|may|might)\s+(?:you|we|i|it|they|he|she|this|that|there|someone)\b/i;

// A promise that waits on the recipient is an offer (spec §1, README decision).
// "As soon as the LC amendment is received", "Upon receipt of your signed PO": waiting on the buyer's papers or money.
// "If the staff need a refresher, just say and I'll book a session": the recipient's word first.
const RECIPIENT_CONDITION =
  /(?:^|[,.;!–—-]\s*)(?:just\s+)?(?:say|shout|ask|holler|say the word|give (?:me|us) a (?:shout|call|ring|bell)|ping (?:me|us)|drop (?:me|us) a line)\s*,?\s*(?:and\s*)?$|\b(?:once|when|after|as soon as|upon)\s+(?:the\s+|your\s+)?(?:LC|L\/C|PO|payment|deposit|advance|(?:LC\s+)?amendment|approval|artwork)\b[^,;]{0,30}?\b(?:is|are|has been|have been)\s+(?:received|signed|approved|confirmed|paid|amended|issued|cleared)\b|\b(?:upon|on|after)\s+(?:receipt|receiving)\s+of\s+(?:your|the\s+(?:signed|PO|LC|payment|deposit|advance))\b|\b(?:if|should|once|when|whenever|after|as soon as|in case|unless|provided|assuming)\s+(?:you|your|u|y'all|so|not|received|signed|approved|confirmed|paid|needed|necessary|useful|helpful|desired|required|interested|preferred|wanted|that|this|it|that's|there|anyone|any of you)\b|\bif\s+[^,;]{0,40}\b(?:on|at|from)\s+your\s+(?:side|end)\b/i;
const WAITS_ON_RECIPIENT =
  /\bif\s+(?:the|a|an|any|this|that|these|those)\s+[^,;]{1,60}?\b(?:is|are|was|were|has|have|does|do|fails?|breaks?|arrives?|happens?|changes?|goes|gets?|comes?|lands?|clears?)\b[^,;]{0,80},\s*$|\b(?:once|when|after|as soon as|if)\s+(?:we|I)(?:['’]ve|\s+have)?\s+(?:have|receive|received|get|got|see)\s+(?:it|them|this|that|your|the (?!\w+\s+from\s+(?:our|the supplier|the factory))\w+)\b|\bif\s+[^,;]{0,60}?\b(?:for|to|with)\s+(?:you|your)\b[^,;]{0,20},/i;
const JOINT_EVENT =
  /\b(?:on|at|during|in)\s+(?:the|our|this|tomorrow's|next week's|(?:next |this |our )?[A-Za-z]+day's)\s+(?:call|meeting|sync|QBR|review|session|catch-up|demo)\b|\bat\s+(?:the|our|next week's|(?:next |this |our )?[A-Za-z]+day's)\s+(?:steering group|steerco|steering committee|board meeting|stand-?up|huddle)\b/i;
// "together with the final quotation" bundles two things, it is not a joint plan.
const JOINT_TOGETHER =
  /\btogether\b(?!\s+(?:with\s+(?:the|a|an|our|my|all|its|their)\b|a|an|the|some|our|your|my|all|those|these|everything|something)\b)/i;
const SELF_CONDITION =
  /\b(?:if|once|when|whenever|after|as soon as|unless)\s+(?:I|we|I'm|I've|we're|we've|my|our)\b/i;
const TRAILING_RECIPIENT_CONDITION =
  /\b(?:once|when|after(?!\s+(?:the\s+)?(?:long\s+)?(?:weekend|holidays?|break)\b)|as soon as)\b[^.;]{0,60}\b(?:on|from|at) your (?:side|end)\b|\b(?:once|when|after|as soon as)\s+(?:I|we)\s+hear (?:back )?from (?:you|u)\b|\b(?:of|after|upon|on)\s+(?:receiving|receipt of|getting)\s+(?:your|the signed|the PO|it|them|the (?:returned\s+)?(?:goods|items?|units?|parts?|samples?))\b|\bof\s+(?:the\s+)?(?:PO|order|payment)\s+receipt\b|\bsubject to (?:the\s+)?(?:receipt of\s+)?(?:your\s+|the\s+)?(?:advance\s+|balance\s+|down\s+)?(?:payment|PO|LC|approval|sign-?off|confirmation)\b|^(?!(?:let|update|keep|tell|confirm|notify|inform)\b)[^.;]*?\b(?:once|when|after|as soon as)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|has been|have been)\s+(?:confirmed|signed|received|agreed|paid|accepted|settled|cleared)\b|\b(?:once|when|after|as soon as)\s+(?:we|I)\s+(?:receive|get|have)\s+(?:the|your)\s+(?:deposit|payment|PO|advance|balance|signed)\b|\b(?:once|when|after|as soon as|upon)\s+(?:received|receipt|signed|approved|confirmed)\b|\bin case of (?:any )?(?:questions|issues|problems|queries|concerns)\b|\b(?:if|once|when|after|as soon as|in case|provided|assuming|unless)\s+(?:you(?!\s*(?:'re|’re|are)\s+(?:around|available|free|in|there|about)\b)|your|u\b|(?:that|it|this)\s+(?:would|helps|works|suits|sounds)|(?:that|it|this)(?:'s|’s|\s+is)\s+(?:useful|helpful|easier|ok|okay|fine|convenient|needed|required|of (?:use|interest)|what you)|(?:useful|helpful|needed|necessary|desired|required|interested|preferred|wanted|so|not|any)\b)/i;
const IMPERATIVE =
  /(?:^|[\s,])(?:please|let (?:me|us) know|call me|give me(?!\s+(?:an?|one|two|\d+|a few|a couple of)\s+(?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days|moment|bit)\b)|ring me|email me|e-mail me|send me|tell me|drop me|ping me|reply to (?:me|this|us)|get back to me|feel free|contact me|leave me)\b/i;
const IMPERATIVE_START =
  /^\s*(?:[A-Z][a-z]+,\s+)?(?:please\s+)?(?:call|give(?!\s+me\s+(?:an?|one|two|\d+|a few|a couple of)\s+(?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days|moment|bit)\b)|send|let (?:me|us) know|tell|reply|email|ring|drop|ping|contact|advise|forward|sign|return|confirm|check|review|see(?!\s+(?:you|u|ya)\b)|make|keep|leave|choose|pick|find|read|try)\b/i;
const HYPOTHETICAL_BEFORE = /\b(?:that|how|what|where|which|who|whether|if|why|than)\s*$/i;
const SUBORDINATE_LEAD =
  /^(?:if|when|once|unless|whether|because|since|as|until|before|after|whenever)\s/i;

// A list heading that makes our side the owner of the items below it: "Next steps on our side:",
// "From our end:", "Action items for me:", "Our to-dos:", "What I'll do:", "We will:", "Us:".
const OURS_HEADING =
  /^\W*(?:me|us|myself|our side|my side)\W*$|\b(?:on|from|for)\s+(?:our|my)\s+(?:side|end|part)\b|\bfor\s+(?:me|us|myself)\b|\((?:me|us|mine|ours)\)|^\W*(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:side|end|part|steps|items|actions|to-?dos?|tasks|follow-?ups|deliverables|commitments)\b|\b(?:I|we)(?:['’]ll|\s+will|\s+shall|['’]re going to|['’]m going to|\s+are going to|\s+am going to|\s+plan to|['’](?:re|m) planning to)(?:\s+(?:also|then|now))?(?:\s+do)?(?:\s+next)?\s*$/i;

/** Does this list heading (a line ending in ":") make the items below it ours? */
export function isOurListHeading(heading: string): boolean {
  const h = heading.replace(/[:\s]+$/, '');
  // "Everything on our side … is now done:": a list of what is done, not of what is owed.
  if (
    /\b(?:you|your|u|y'all|they|their)\b|\?|\b(?:done|completed|finished|closed|delivered|shipped|sorted)\s*$/i.test(
      h,
    )
  )
    return false;
  return OURS_HEADING.test(h);
}

// Items after "we will:" / "I'll:" are each a promise of ours: "From our side we will: 1) send the quote 2) book training".
const PROMISE_LIST_BEFORE =
  /\b(?:I|we)(?:['’]ll|\s+will|\s+shall|['’]re going to|['’]m going to|\s+are going to|\s+am going to)\s*:\s*(?:[^:]*[\s(])?(?:\d{1,2}[.)]|[-–•▪*])?\s*$/i;

const OUR_TEAM_MENTION =
  /\b(?:our|my)\s+(?:[\w&-]+\s+){0,3}?(?:team|department|colleagues|engineers|folks|people|staff|support|finance|billing|legal|ops|devs|specialists)\b/i;

const REPORTING_FRAME =
  /^(?:(?:please|pls|kindly|just)\s+)?(?:note|be advised|be informed|rest assured|I can (?:confirm|assure you|promise(?: you)?)|I (?:confirm|assure you|promise(?: you)?|guarantee)|I (?:wish|would like|want|am writing|['’]m writing) to (?:confirm|inform you|advise(?: you)?|assure you|let you know)|(?:this is|we are writing|we wish|we would like) to (?:inform|advise|notify|confirm to|assure) you|I (?:think|believe|reckon|expect|suspect)|(?:just\s+)?confirming|(?:this is|writing|happy|pleased|glad|I(?:['’]m| am) (?:happy|pleased|glad)) to confirm|(?:just\s+)?(?:a\s+)?(?:quick\s+)?heads[- ]up|I(?:'m|’m| am) (?:sure|confident|certain)|we can (?:confirm|assure you|promise(?: you)?))\s*,?\s+(?:that\s+)?(?=(?:I|we|our|my|the|your|it|this|these|a|an|you|u)\b)/i;

/** An interjection the lexicon knows ("lol", "omg", "haha", "wow") before the clause. */
function interjection(s: string): RegExpExecArray | null {
  const m = /^([A-Za-z]+)(?:[,!.]+|\s[-–—]{1,2})?\s+/.exec(s);
  // "well have it installed": "we'll" without its apostrophe, not the interjection.
  if (m && /^well\s+$/.test(m[0]) && isBaseVerb(firstWord(s.slice(m[0].length)))) return null;
  // "no further invoices will be issued": "no" before a noun is its determiner, and the clause is negated.
  if (m && /^no\s+$/i.test(m[0])) return null;
  return m && wordTags(m[1]!).has('Expression') ? m : null;
}

// Words of a time adverbial ("by Friday", "later today", "first thing Monday morning").
const TIME_LEAD_WORD =
  /^(?:by|on|before|until|till|at|in|within|over|during|no|later|than|first|thing|early|earlier|late|sometime|the|this|next|coming|following|end|start|beginning|middle|mid|of|morning|afternoon|evening|night|tonight|today|tomorrow|tmrw|weekend|week|month|quarter|year|eod|cob|eow|noon|lunch|lunchtime|latest|\d{1,2}(?:[:.]\d{2})?(?:am|pm)?|am|pm)$/i;
const TIME_WORD =
  /^(?:tonight|today|tomorrow|tmrw|morning|afternoon|evening|weekend|week|month|quarter|eod|cob|eow|noon|lunch|lunchtime|\d{1,2}(?:[:.]\d{2})?(?:am|pm)?)$/i;

/** A time adverbial without a comma before the subject: "By Friday we'll …", "Later today I will …". */
function timeLead(s: string): RegExpExecArray | null {
  // "Ahead of Friday's QBR I'll pull together …": kept by an event.
  const event =
    /^(?:ahead of|before|in time for|prior to)\s+(?:[\w'’-]+\s+){1,4}?(?=(?:I|we)['’\s])|^after\s+(?:the\s+)?(?:holiday|holidays|break|weekend|lunch|new year|our call|the call|the meeting)\s+(?=(?:I|we)['’\s])/i.exec(
      s,
    );
  if (event) return event;
  const m = /^((?:[\w:.]+\s+){1,6}?)(?=(?:I|we|our|my)(?:['’\s]))/.exec(s);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  const timeish = (w: string): boolean => TIME_WORD.test(w) || wordTags(w).has('Date');
  return words.every((w) => TIME_LEAD_WORD.test(w) || timeish(w)) && words.some(timeish) ? m : null;
}

/** A sentence adverb before the subject: "Additionally I check …", "Personally, I'll …". */
function adverbLead(s: string): RegExpExecArray | null {
  const m = /^([A-Za-z]+),?\s+(?=(?:I|we|you|our)(?:['’\s]))/.exec(s);
  return m &&
    isAdverb(m[1]!) &&
    !isVerb(m[1]!) &&
    !/^(?:never|not|hardly|rarely|seldom|maybe|perhaps|possibly)$/i.test(m[1]!)
    ? m
    : null;
}

/**
 * A leading prepositional phrase closed by a comma: "Further to our conversation this morning, please
 * be advised that we will …". Not a condition: nothing with "you" as a subject or with a verb of its own.
 */
function prepositionalLead(s: string): RegExpExecArray | null {
  const m = /^([A-Za-z]+)\s[^,;:.!?]{1,80},\s+/.exec(s);
  if (
    !m ||
    !(
      wordTags(m[1]!).has('Preposition') ||
      /^(?:further|prior|according|pursuant|following|regarding|re)$/i.test(m[1]!)
    ) ||
    /^(?:if|when|once|unless|after|before|until|as|since|because|whether|while)$/i.test(m[1]!)
  )
    return null;
  return /\b(?:you|u|is|are|was|were|has|have|had|will|would|can|could|should|do|does|did)\b|['’](?:s|re|ve|ll|d)\b/i.test(
    m[0],
  )
    ? null
    : m;
}

// A reason, then the promise: "… and it's why I'll get the revised schedule over to you by Tuesday".
const REASON_LEAD =
  /^(?:that|this|it|which)(?:['’]s|\s+is)\s+(?:exactly\s+|also\s+|partly\s+|precisely\s+)?why\s+(?=(?:I|we)\b)/i;
// Telling the recipient, then the promise: "Just wanted to confirm that I'll send the contract in 2 business days".
const TELLING_LEAD =
  /^(?:(?:I|we)\s+)?(?:just\s+)?(?:wanted|want|would like|['’]d like|wish)\s+to\s+(?:confirm|let\s+(?:you|u)\s+know|assure\s+(?:you|u)|reassure\s+(?:you|u)|say|mention)\s+(?:that\s+)?(?=(?:I|we)\b)/i;

// A capitalised word and its comma or dash, checked before the long lead-in pattern is tried as written.
const VOCATIVE_START = /^[A-Z][a-zà-ÿ]+\s*[,!:–—-]/;

function stripLead(s: string): { rest: string; skipped: number; conj: string } {
  let rest = s;
  let skipped = 0;
  let conj = '';
  const bullet = BULLET.exec(rest);
  if (bullet && bullet[0].length > 0) {
    rest = rest.slice(bullet[0].length);
    skipped += bullet[0].length;
  }
  for (let k = 0; k < 6; k++) {
    // Listed lead-ins are matched whatever their case at the start of a sentence ("In the meantime I'll …").
    if (rest === '') break;
    // … and in capitals: "OK will update u tmrw", "NP, on it".
    let m =
      LEAD.exec(rest[0]!.toLowerCase() + rest.slice(1)) ??
      (/^[A-Z]{2,4}\b/.test(rest)
        ? LEAD.exec(rest.replace(/^[A-Z]{2,4}\b/, (w) => w.toLowerCase()))
        : null);
    if (m && !/^[a-z]/.test(m[0])) m = LEAD.exec(rest);
    // A vocative is matched as written, with its comma: "Tom, u'll have it by Mon" (not "Mr. Rao will …").
    if (!m && VOCATIVE_START.test(rest)) {
      const vocative = LEAD.exec(rest);
      if (
        vocative &&
        /[,!:–—-]\s*$/.test(vocative[0]) &&
        !/^(?:Mr|Mrs|Ms|Dr|Prof)\b/.test(vocative[0])
      )
        m = vocative;
    }
    // A capitalised word is a lead-in only as a vocative ("Dave, I'll…"), not a subject ("John will…").
    if (
      m &&
      /^[A-Z][a-z]+\s+$/.test(m[0]) &&
      !/^(?:And|But|So|Then|Also|Plus|Yes|Yep|Yup|Ok|Okay|Sure|Great|Perfect|Thanks|Cheers|Meanwhile|Although|Though|However|Anyway|First|Next|Finally|Today|Tomorrow|Tonight|Hopefully|Hi|Hey|Hello|Hiya|Morning|Np|Cool)\s/.test(
        m[0],
      )
    )
      m = null;
    // Emoji between an acknowledgement and the promise: "Got it 👍 I'll rebook …".
    m ??=
      /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*/u.exec(rest) ??
      REASON_LEAD.exec(rest) ??
      TELLING_LEAD.exec(rest) ??
      interjection(rest) ??
      timeLead(rest) ??
      adverbLead(rest) ??
      prepositionalLead(rest);
    if (!m) break;
    if (k === 0)
      conj = m[0]
        .trim()
        .toLowerCase()
        .replace(/[,:!.\s–—-]+$/, '');
    rest = rest.slice(m[0].length);
    skipped += m[0].length;
  }
  return { rest, skipped, conj };
}

function negated(afterModal: string): boolean {
  return /^(?:\s*not\b|n't|\s*never\b|\s*no longer\b)/i.test(afterModal);
}

const firstWord = (s: string): string => /^[A-Za-z][\w'’-]*/.exec(s)?.[0] ?? '';

// After "have" + object: a participle ("installed"), a direction or place ("to you", "over",
// "in your inbox"), a state ("ready"), a time ("by Friday"), or a verb ("have our engineers look at it").
const HAVE_COMPLEMENT =
  /^(?:to (?:you|u|your|y'all|the team|everyone|both)|over|back|across|out|through|up|ready|sorted|live|available|finished|complete|done|in (?:your|the|place|hand|by|on|tomorrow|today|this|next|staging|production|prod|uat|sandbox|beta|test|testing)|on (?:your|the)|with (?:you|u|your)|for (?:you|u|your)|by|before|on|today|tomorrow|tmrw|tonight|early|first|within|next|this|later|eod|cob|asap|in \d|in (?:a|an|two|three) )\b/i;
const HAVE_NOT =
  /^(?:to|got|been|had|no|any|fun|time|questions?|a (?:chance|think|great|good|nice|lovely|call|meeting|chat|word|break|day|holiday)|the (?:day|week) off|lunch|dinner|more time|trouble|issues?|problems?)\b/i;
const EVENT_NOUN =
  /^(?:call|meeting|chat|lunch|dinner|break|holiday|vacation|day|time|fun|questions?|trouble|issues?|problems?|word|think|conversation|discussion|session|baby)$/i;

/** The words from index `k` on, as text. */
const wordsFrom = (ws: readonly { text: string }[], k: number): string =>
  ws
    .slice(k)
    .map((x) => x.text)
    .join(' ');

function haveComplement(r: string): boolean {
  if (HAVE_NOT.test(r)) return false;
  if (
    /^(?:a|another)\s+(?:quick\s+|closer\s+|proper\s+|good\s+)?look\b|^someone\b|^somebody\b|^one of\b/i.test(
      r,
    )
  )
    return true;
  // The object noun phrase, tagged in context, then what follows it.
  const ws = tagPhrase(`I will have ${r}`).slice(3);
  let i = 0;
  let head = '';
  while (i < ws.length && i < 10) {
    const w = ws[i]!;
    const t = w.tags;
    if (i > 0 && HAVE_COMPLEMENT.test(wordsFrom(ws, i))) break;
    const prev = ws[i - 1];
    const after = ws[i + 1];
    // "have our engineers look at it": a base verb after a plural or a person is the object's action.
    if (
      prev &&
      isBaseVerb(w.text) &&
      (prev.tags.has('Plural') ||
        prev.tags.has('Pronoun') ||
        prev.tags.has('ProperNoun') ||
        prev.tags.has('Actor')) &&
      (!after ||
        after.text === 'to' ||
        after.tags.has('Preposition') ||
        after.tags.has('Determiner') ||
        after.tags.has('Pronoun') ||
        after.tags.has('Possessive'))
    )
      break;
    // "have a tech call you": one of ours, then what they do to the recipient.
    if (
      i >= 2 &&
      isBaseVerb(w.text) &&
      prev?.tags.has('Singular') &&
      /^(?:you|u|us)$/i.test(after?.text ?? '')
    )
      break;
    // An irregular participle the tagger read as a noun ends the object: "the roofing iron cut to length".
    if (
      i > 1 &&
      /^(?:cut|set|put|shut|split|spread|upset)$/i.test(w.text) &&
      (!after ||
        after.tags.has('Preposition') ||
        after.tags.has('Conjunction') ||
        after.text === 'to')
    )
      break;
    // A prepositional modifier stays inside the object: "invoices for both entities reissued".
    // So does "the deck with usage analytics", "a status from engineering".
    // And "our responses to the redlines back to you", with the complement still to come.
    const toModifier =
      w.text === 'to' &&
      /^\S+\s+\S+.*\b(?:back|over|across)\s+to\s+(?:you|u)\b/i.test(wordsFrom(ws, i + 1));
    if (
      i > 0 &&
      (/^(?:of|for|from|across|on|in|at|under|with)$/i.test(w.text) || toModifier) &&
      after &&
      (after.tags.has('Determiner') ||
        after.tags.has('Possessive') ||
        after.tags.has('Adjective') ||
        after.tags.has('Value') ||
        (after.tags.has('Noun') && !after.tags.has('Pronoun')) ||
        (w.text === 'from' && after.tags.has('Gerund')))
    ) {
      i++;
      continue;
    }
    // Coordinated objects stay one phrase: "the paperwork and the two signed order forms".
    if (
      i > 0 &&
      /^(?:and|&|,)$/.test(w.text) &&
      after &&
      (after.tags.has('Determiner') ||
        after.tags.has('Possessive') ||
        after.tags.has('Adjective') ||
        after.tags.has('Value') ||
        after.tags.has('Noun'))
    ) {
      i++;
      continue;
    }
    // "the draft menu costing to you": a gerund ending the object before its complement.
    const gerundHead = t.has('Gerund') && i > 0 && HAVE_COMPLEMENT.test(wordsFrom(ws, i + 1));
    // "have corrected labels emailed": a participle before its noun is an adjective.
    const participleAdj =
      i === 0 &&
      t.has('PastTense') &&
      ws[i + 1]?.tags.has('Noun') === true &&
      !ws[i + 1]!.tags.has('Pronoun');
    // "have pricing for the extra seats": a noun in -ing before its modifier.
    const ingNoun =
      i === 0 &&
      /ing$/i.test(w.text) &&
      ws[i + 1]?.tags.has('Preposition') === true &&
      ws[i + 1]!.text !== 'to';
    // "the 3 milking robots": a gerund before its noun modifies it.
    const gerundAdj =
      t.has('Gerund') &&
      i > 0 &&
      ws[i + 1]?.tags.has('Noun') === true &&
      !ws[i + 1]!.tags.has('Pronoun');
    const np =
      gerundHead ||
      participleAdj ||
      ingNoun ||
      gerundAdj ||
      (t.has('Date') &&
        i > 0 &&
        (ws[i + 1]?.tags.has('Noun') === true || ws[i + 1]?.tags.has('Gerund') === true)) ||
      t.has('Determiner') ||
      t.has('Possessive') ||
      t.has('Adjective') ||
      t.has('Value') ||
      (t.has('Noun') && !t.has('Pronoun')) ||
      (i === 0 &&
        (t.has('Pronoun') ||
          /^(?:it|this|that|them|these|those|everything|something|all|both)$/i.test(w.text)));
    if (!np) break;
    head = w.text;
    i++;
  }
  if (i === 0 || i >= ws.length) return false;
  if (EVENT_NOUN.test(head)) return false;
  // "have the SSO connector generally available": an adverb before the complement.
  if (
    /ly$/i.test(ws[i]!.text) &&
    ws[i]!.tags.has('Adverb') &&
    HAVE_COMPLEMENT.test(wordsFrom(ws, i + 1))
  )
    return true;
  const next = ws[i]!;
  if (HAVE_COMPLEMENT.test(wordsFrom(ws, i))) return true;
  // "have <someone> <verb>": the object does the action for us; or a participle: "have it installed".
  const word = next.text.toLowerCase().replace(/[^a-z'-]/g, '');
  // "have the rebate paid out": money paid out or back comes to the recipient.
  if (next.tags.has('PastTense') || next.tags.has('Participle') || isParticiple(word))
    return (
      !STATIVE_PARTICIPLE.test(word) ||
      (word === 'paid' && /^(?:out|back)$/i.test(ws[i + 1]?.text ?? ''))
    );
  return (
    (next.tags.has('Verb') || isBaseVerb(word)) && !next.tags.has('Gerund') && !NON_ACTION.has(word)
  );
}

// "Our engineers will be on site to fix the router": the purpose's verb decides.
const AT_YOUR_PLACE = new RegExp(
  `^(?:on[- ]?site|onsite|there|here|(?:out|in)(?=\\s+(?:to\\s+(?:you|your)\\b|on\\s|tomorrow|today|next|this|(?:mon|tue|wed|thu|fri)))|(?:at|in|on)\\s+your\\s+(?:[\\w-]+\\s+){0,2}?(?:${PLACE})|over)\\b`,
  'i',
);
const VISIT_TIME =
  /\b(?:tomorrow|today|tmrw|tonight|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|\d{1,2}(?:st|nd|rd|th)?|next week|this week|next month|this month|(?:days?|weeks?)\s+(?:after|before|of))\b/i;

/** A visit to the recipient: "I'll be onsite tomorrow to swap the unit", "our technician will be at your site on 5 January". */
// "Our field engineer will be at the branch tomorrow to swap the units": one of ours sent to a place named plainly.
const AT_THE_PLACE = new RegExp(`^(?:at|in)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:${PLACE})\\b`, 'i');

function beThereTo(r: string, subject: string): boolean {
  const place =
    AT_YOUR_PLACE.exec(r) ?? (/^(?:I|i|we|We)$/.test(subject) ? null : AT_THE_PLACE.exec(r));
  // "I'll be out Monday" is my absence; "Our tech will be out Monday week" is a call-out.
  if (!place || (/^(?:out|in)\b/i.test(place[0]) && /^(?:I|i|we|We)$/.test(subject))) return false;
  const after = r.slice(place[0].length);
  const m = /^([^,;]{0,40}?)\s+to\s+([a-z]+)\s*(.*)$/i.exec(after);
  // "to swap the unit": the word after "to" with an object is a verb, whatever the lexicon says.
  if (m && (isBaseVerb(m[2]!) || isNounPhraseStart(firstWord(m[3] ?? ''))))
    return verbOk(m[2]!, m[3] ?? '', 'we');
  // "… next month for the operator training": there to do the work.
  if (
    /^[^,;]{0,40}?\bfor\s+(?:the|a|an|your)\s+(?:[\w-]+\s+){0,2}?(?:training|installation|install|repair|service|servicing|inspection|commissioning|calibration|handover|survey|fitting|maintenance|go-live|cutover)\b/i.test(
      after,
    )
  )
    return true;
  // Without a purpose, only our people sent out on a day ("our engineer will be at your plant on Tues 8th") are a
  // promise; "I'll be at your office on Tuesday" is a meeting.
  const when = after.split(/[,;]|\s(?:and|but|so)\s/)[0]!;
  return (
    !/^(?:I|i|we|We)$/.test(subject) &&
    VISIT_TIME.test(when) &&
    when.trim().split(/\s+/).length <= 8
  );
}

// "I'll be sending …": the gerund's verb decides.
function beGerund(r: string): boolean {
  const g = firstWord(r);
  // "Our team will be reviewing applications through March": an activity over a period, status.
  if (
    /\b(?:through(?:out)?|all (?:day|week|month)|for the (?:rest of|whole)|intermittently|periodically)\b/i.test(
      r.split(/[.;]/)[0] ?? '',
    )
  )
    return false;
  if (!/ing$/i.test(g) || g.length < 5) return false;
  const base = infinitive(g, 'Gerund');
  const rest = r.slice(g.length).trimStart();
  // "I'll be explaining this to my children": a progressive aimed at someone else describes, it does not promise.
  if (
    /\bto\s+(?:my|his|her|their|over|[A-Z][a-z]+)\b/.test(rest.split(/[,;]/)[0] ?? '') &&
    !/\b(?:you|your|u)\b/i.test(rest)
  )
    return false;
  return verbOk(base, rest, 'I');
}

// Participles that describe a state or an event, not our side doing something for the recipient.
const STATIVE_PARTICIPLE =
  /^(?:closed|held|needed|required|based|located|affected|impacted|involved|expected|gone|allowed|permitted|prohibited|charged|billed|delayed|postponed|cancell?ed|discontinued|deprecated|suspended|locked|terminated|married|hosted|attended|joined|led|chaired|limited|reduced|increased|raised|published|released|retired|paid|owed|due|done by|asked|told|invited|introduced|recorded|reflected|delighted|pleased|thrilled|excited|happy|interested|surprised|disappointed|concerned|worried|convinced|tied|stuck|busy|booked|out|away|off|used|considered|treated|seen|known|given a|made available to you by)$/i;

// A subject that is a person (you, we, a first and last name), not a thing of ours on its way.
// Two capitalised words name a person ("Sarah Kim"), unless the first is a determiner ("The February invoice").
const PEOPLE_SUBJECT =
  /\b(?:you|we|I|he|she|him|her|(?!(?:The|A|An|This|That|These|Those|Our|Your|My|Their|Its|Any|All|Each|Both)\s)[A-Z][a-z]+\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+)\b/;
// "The rebate statement you asked about": a relative clause names the thing, its "you" is not the subject.
const RELATIVE_ABOUT =
  /\s+(?:that\s+|which\s+)?(?:you|we|I)\s+(?:asked|requested|mentioned|wanted|needed|ordered|discussed|flagged|raised|queried|chased)(?:\s+(?:about|for|on|after))?\b/gi;
const peopleSubject = (subject: string): boolean =>
  PEOPLE_SUBJECT.test(subject.replace(RELATIVE_ABOUT, ''));
const namesPerson = (word: string): boolean =>
  wordTags(word).has('Person') || wordTags(word).has('ProperNoun');

const ACRONYM_THING =
  /^(?:[A-Za-z][a-z]+\s+[A-Z]{2,}s?|[A-Z]{2,}s?\s+(?:copy|copies|file|draft|report|form|details|number|docs?))(?=\s+(?:will|shall)\s)/;
const DELIVERY =
  /^((?:the|your|a|an|this|these|those|our|my)\b[^,;:]{0,60}?|it|they|[A-Z][a-z]+(?:\s+(?:for|of)\s+(?:the\s+|your\s+|our\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)?|[A-Z][a-z]+(?:\s+[a-z][\w-]*){1,2}(?=\s+will\s+(?:be with|get to|reach)\s+(?:you|u|your)\b))(?:\s+will|\s+shall|\s+should|['’]ll)\s+(?:also\s+|then\s+)?(?:follow|arrive|reach (?:you|u|your)\b|be on the water\b|send out\b|be with (?:you|u|your)\b|be in your (?:inbox|hands)|land in your|get to (?:you|u|your)\b|be there\b|reflect (?:on|in) your\b|leave (?:our|the) (?:[\w-]+\s+){0,3}?(?:warehouse|factory|plant|depot|facility|DC|port|yard|dock|packing house)\b|come back to (?:you|u)\b|be back (?:to|with) (?:you|u)\b|come (?:from|via) (?:me|us)\b|come to (?:you|u)\b|come\s+(?:early|later|next|this|tomorrow|tmrw|on|by|within|in the next|in the course of|during|sometime)\b|come through(?: to you|\s+(?:on|by|tomorrow|today|tmrw|(?:mon|tue|wed|thu|fri)[a-z]*|this|next)\b)|be on (?:the|tomorrow's|today's|(?:mon|tues|wednes|thurs|fri)day's) (?:\w+\s+)?(?:truck|van|pallet|boat|vessel|flight|run)\b|go (?:with|on) the (?:\w+\s+)?(?:pickup|collection|run|truck|van)\b|go out\b|ship\b|send(?=\s+(?:to (?:you|u)|shortly|soon|today|tomorrow|tmrw|after|on|by|within|next|this)\b)|be (?:on (?:its|their) way|in the post|dispatched|shipped))/i;
// Money of ours reaching the recipient's books: "The credit for the damaged pallets will go through COB today".
// Not any deal or order "going through" (that is a forecast, whoever acts).
const MONEY_GOES_THROUGH =
  /^(?:the|your|our|a|an)\b[^,;:]{0,40}?\b(?:credit|refund|rebate|reimbursement|credit note|payout|adjustment)s?\b[^,;:]{0,40}?\s+(?:will|shall|should)\s+go\s+through\s+(?:on|by|tomorrow|today|tmrw|tonight|cob|eod|this|next|within|in|(?:mon|tue|wed|thu|fri)[a-z]*)\b/i;
// Our thing in a state the recipient is waiting for, by a time: "The UAT environment will be ready by Friday".
const READY =
  /^((?:the|your|a|an|this|these|those|our|my)\b[^,;:]{0,60}?|it|they)(?:\s+(?:also|then|all)\b)?(?:\s+will|\s+shall|['’]ll)\s+(?:also\s+|then\s+|all\s+)?be\s+(?:ready|available|live|up and running|in place|done|complete|completed|finished|sorted|resolved|back up|fixed|installed|restored)\b/i;
// Our thing in the simple present with a time, as non-native and terse writers put it: "the samples ship Monday",
// "The replacement goes out on Friday with express".
const THING_PRESENT =
  /^((?:the|your|a|an|this|these|those|our|my)\b[^,;:]{0,60}?|it|they|(?!(?:we|i|you|he|she)\b)[a-z]+(?:\s+(?!(?:could|would|might|may|can|should)\b)[a-z]+){0,2}|[A-Z][a-z]+\s+(?:note|notes|report|pack|packs|guide|update|fix|patch|build|release|quote|invoice|order|shipment|samples?|parts?)(?:\s+(?:on|for|of)\s+[^,;:]{1,40}?)?)\s+(?:ships?|goes out|go out|(?<!^my\b.*)comes|(?:is|are)\s+(?:scheduled|set|planned)\s+to\s+(?:leave|ship|go out|be (?:shipped|dispatched|sent|delivered))|(?<!\b(?:on|annual|sick|maternity|paternity|medical|parental|study|unpaid)\s)leaves?|is dispatched|are dispatched|(?:is|are)\s+going\s+live)\b/i;
// An event of ours set for a time: "delivery will be next Friday", "QC inspection will be tomorrow", "the pilot will
// start on 3/12". The caller keeps these only with a future time.
const SCHEDULED =
  /^((?:(?:the|your|our)\s+)?(?:[\w-]+\s+){0,2}(?:delivery|dispatch|shipment|installation|install|inspection|collection|pickup|handover|visit|go-live|rollout|roll-out|cut-?over|pilot|migration|training|commissioning|mobili[sz]ation|deployment|replacement|maintenance|servicing|calibration)(?:\s+of\s+(?:[\w.-]+\s+){1,7}?[\w-]+)?)\s+(?:will|shall)\s+(?:be\s+(?:done|completed|made|carried out)(?=\s+(?:on|by|next|this|tomorrow|tmrw|today|within|in|early|end|mon|tue|wed|thu|fri|sat|sun|\d))|be(?=\s+(?:on|by|next|this|tomorrow|tmrw|today|within|in|early|end|mon|tue|wed|thu|fri|sat|sun|\d))|start|begin|commence|kick off|happen|take place|go ahead)\b/i;
// A present-progressive passive of ours: "A technician is being dispatched to the Leeds site on Monday morning".
// Not a product's end of life or a matter under thought: "it is being retired in December".
const BEING =
  /^((?:the|your|a|an|this|these|those|our|my)\b[^,;:]{0,60}?|it|they)\s+(?:is|are)\s+being\s+(?!(?:retired|discontinued|deprecated|decommissioned|phased|sunsetted|withdrawn|terminated|considered|discussed|evaluated)\b)([a-z]+ed|sent|sent out)\b/i;
// A future marker for a progressive reply: a time word, or "shortly/soon/later".
// Not a day's event: "Following up on tonight's outage".
const PROGRESSIVE_FUTURE =
  /\b(?:(?:this|next) (?:quarter|month)|(?:in|by) Q[1-4]|shortly|soon|later|l8r|in a (?:bit|sec|min|minute|moment|few)|tomorrow(?!['’]s)|tmrw|2moro|2morrow|tmr|tonight(?!['’]s)|tonite|2nite|2night|this (?:afternoon|evening|arvo)|(?<!last )(?:on )?(?:monday|tuesday|wednesday|thursday|friday)(?= (?:night|morning|afternoon|evening)| on\b|\s*[,.;]|$)|on (?:monday|tuesday|wednesday|thursday|friday)|by (?:eod|cob|monday|tuesday|wednesday|thursday|friday|tomorrow|today|the end|\d{1,2}(?::\d{2})?\s*(?:am|pm))|eod|cob|next week|this week|within|first thing|in (?:a couple of|a few|\d+|two|three) (?:days|hours|hrs))\b/i;

// Our side acting in the passive: "Your login details will be sent to you tomorrow."
const PASSIVE =
  /^((?:the|your|a|an|this|these|those|it|they|all|both|each|any|our|my|yr)\b(?:[^,;:]|,(?=\d))*?|it|they|[A-Z][a-z]+(?:\s+[a-z0-9][\w-]*){0,6}?)(?:\s+(?:also|then))?(?:\s+will|\s+shall|['’]ll|\s+(?:is|are)\s+going\s+to)\s+(?:also\s+|then\s+|now\s+|all\s+|both\s+|definitely\s+|probably\s+|hopefully\s+)?be\s+(?:[a-z]+ly\s+)?((?:re-|pre-)?[a-z]+)\b/i;
const MONTH_OR_DAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|eod|cob|noon|end|close|next|this|the|tomorrow|today|tonight)$/i;

// Papers that follow a promise: "Invoice will follow."
const DOCUMENT =
  /^(?:invoice|quote|quotation|contract|confirmation|paperwork|report|statement|receipt|agreement|proposal|estimate|schedule|certificate|POD|BOL)$/i;

// Read as "our tech …" when nothing else reads the clause: the role is ours, and its verbs are our people's.
function roleHead(rest: string): Head | null {
  const role = SUBJECT_OUR_ROLE.exec(rest);
  if (!role) return null;
  const h = matchHead(`our tech${rest.slice(role[0].length)}`);
  return h && h.subject !== 'it'
    ? { ...h, subject: role[0], after: h.after + role[0].length - 'our tech'.length }
    : null;
}

/** Verbs after which "well" is "we'll" typed without its apostrophe ("well have the new pump installed in 5 days"). */
export const WELL_VERBS =
  'have|get|send|ship|call|ring|sort|fix|email|deliver|arrange|book|confirm|update|chase|check|organise|organize|courier|dispatch|issue|refund|credit|install|replace|swap|be';
const WELL_HEAD = new RegExp(`^well\\s+(?=(?:${WELL_VERBS})\\s)`);

// Our handing over told in the simple present, as many write English: "Your credit note is issued within next 3 working
// days", "The export documents are prepared by our team within 2 working days". A thing of the recipient's or a named
// one (not a class: "Orders are processed …"); kept with a future time. Not a state that may be done already ("is
// repaired", "is paid"), nor "is planned for" (writers split on it).
const PRESENT_PASSIVE =
  /^((?:the|your|our)\s+(?:[\w&/.,-]+\s+){0,6}?|[A-Z][a-z]+\s+of\s+(?:the|your|our)\s+(?:[\w&/.,-]+\s+){0,5}?)(?:is|are)\s+(?:issued|sent|shipped|dispatched|despatched|delivered|prepared|processed|credited|refunded|transferred|released)\b(?!\s+(?:every|each|automatically|usually|normally|always))/i;

function passiveHead(rest: string): Head | null {
  // A thing of ours on its way: "the hotel vouchers will follow soon", "they should be with you within a fortnight".
  // "corrected CSV will be in your inbox", "LR copy will follow": a bare thing named by its acronym (case matters here).
  const acronym = ACRONYM_THING.exec(rest);
  const probe = acronym ? `the ${rest.slice(acronym[0].length)}` : rest;
  const d = DELIVERY.exec(probe);
  // A bare capitalised subject is a thing ("Shipment will go out …"), never a name ("John will follow up").
  const bare = d !== null && /^[A-Z][a-z]+$/.test(d[1]!) && !/^(?:It|They)$/.test(d[1]!);
  // A paper that "will follow once available" waits on something else (writers e and n).
  const thing =
    bare &&
    (/(?:go out|ship)$/i.test(d[0]) ||
      (DOCUMENT.test(d[1]!) &&
        !/\b(?:once|when|as soon as|if)\b/i.test(probe.slice(d[0].length)))) &&
    !namesPerson(d[1]!);
  // "they should arrive today" is a carrier's estimate, not our undertaking.
  const estimate = d !== null && /\bshould\s+(?:also\s+|then\s+)?(?:arrive|reach)\b/i.test(d[0]);
  // "The bin trailers for Te Puke": a place after a preposition, not a person.
  const endsInName =
    d !== null &&
    /^\S+\s.*\b[A-Z][a-z]+$/.test(d[1]!) &&
    !MONTH_OR_DAY.test(/([A-Z][a-z]+)$/.exec(d[1]!)![1]!) &&
    !/\b(?:for|to|at|in|from)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+$/.test(d[1]!);
  if (
    (d && !estimate && (!bare || thing) && !peopleSubject(d[1]!) && !endsInName) ||
    MONEY_GOES_THROUGH.test(rest)
  )
    return { subject: 'it', after: 0, rule: 'delivery', base: 0.7 };
  // The caller keeps these only with a future time.
  const scheduled = SCHEDULED.exec(rest);
  // "at the earliest" is a lower bound, not an undertaking: "the inspection will happen on Tuesday at the earliest".
  const state =
    READY.exec(rest) ??
    THING_PRESENT.exec(rest) ??
    BEING.exec(rest) ??
    PRESENT_PASSIVE.exec(rest) ??
    (scheduled && !/\bat the earliest\b/i.test(rest) ? scheduled : null);
  // Someone's estimate is not our undertaking: "The carrier estimates the screens ship Thursday".
  // A vehicle leaving is the carrier's timetable, not our action: "The truck leaves Valencia the 09/11".
  const vehicle =
    state !== null &&
    state[0] !== state[1] &&
    /\b(?:truck|lorry|van|vessel|ship|boat|container|flight|plane|train|feeder)s?$/i.test(
      state[1]!,
    ) &&
    /\bleaves?$/i.test(state[0]);
  if (
    state &&
    !vehicle &&
    !/\b(?:won['’]t|will not|cannot|can['’]t|not)\b/i.test(state[0]) &&
    !peopleSubject(state[1]!) &&
    !/\b(?:estimates?|says?|expects?|thinks?|believes?|reckons?|advises?|told|said)\b/.test(
      state[1]!,
    )
  )
    return { subject: 'it', after: 0, rule: 'state', base: 0.65 };
  const m = PASSIVE.exec(rest);
  if (!m) return null;
  const subject = m[1]!;
  // "re-dispatched" is read as "dispatched".
  // "will be send from our factory": the writer's participle.
  const part = m[2]!.replace(/^(?:re|pre)-/i, '').replace(/^send$/i, 'sent');
  // A bare subject is a thing ("Revised quotation will be shared by EOD"), not a person ("Priya will be sent …").
  const bareHead = /^[A-Z][a-z]+/.exec(subject)?.[0];
  if (
    bareHead &&
    !/^(?:The|Your|A|An|This|These|Those|It|They|All|Both|Each|Any|Our|My|Yr)$/.test(bareHead)
  ) {
    const t = wordTags(bareHead);
    if (
      namesPerson(bareHead) ||
      hasAnyTag(t, ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord'])
    )
      return null;
  }
  // A class of things is policy: "Orders placed after 18 December will be dispatched in the new year".
  if (
    /^(?:[A-Z][a-z]+s|Anything|Everything|Any\s+[a-z]+s?)\s+(?:[a-z]+ed|made|sent|paid|received|placed|submitted|booked)\b|^All\s+(?:[a-z]+\s+){0,3}?(?:orders|inquiries|enquiries|requests|tickets|claims|queries|shipments)\b/.test(
      subject,
    )
  )
    return null;
  // People are not shipped: a subject naming a person, "you" or "we" is not our side acting on a thing.
  if (peopleSubject(subject) && !/^(?:your|our|my)\b/i.test(subject)) return null;
  if (
    /^(?:our|my)\b/i.test(subject) &&
    (SUBJECT_WE_OUR.test(subject) || SUBJECT_OUR_AGENT.test(`${subject} will`))
  )
    return null;
  // "Invoice for milestone 2 will be raised by month end", "the limit on your key will be raised": raising a paper or
  // an allowance is doing it ("prices will be raised" is not).
  const raisedPaper =
    /^raised$/i.test(part) &&
    /\b(?:invoice|credit note|PO|purchase order|ticket|claim|RMA|debit note|limit|quota|cap|allowance)\b/i.test(
      subject,
    );
  // "the July rebate will be paid by the end of the month": money paid to the recipient.
  const paidOut =
    /^paid$/i.test(part) &&
    /\b(?:rebate|refund|credit|commission|bonus|payout|compensation|reimbursement)s?\b/i.test(
      subject,
    );
  if (!isParticiple(part) || (STATIVE_PARTICIPLE.test(part) && !raisedPaper && !paidOut))
    return null;
  const base = infinitive(part, 'PastTense');
  if (NON_ACTION.has(base)) return null;
  // A named agent is a third party ("will be sent by John"), the recipient's side is not ours
  // ("by your team", "by both parties"), and a habit or an automatism is policy, not a promise.
  const after = rest.slice(m[0].length);
  const agent = /^\s*(?:[a-z]+\s+){0,4}?by\s+([A-Z][a-z]+)\b/.exec(after);
  if (agent && !MONTH_OR_DAY.test(agent[1]!)) return null;
  if (/\bby\s+(?:you|your|both|each|the customer|the client|all)\b/i.test(after)) return null;
  // An institution acts, not us: "will be issued by the chamber of commerce", "released by customs".
  if (
    /\bby\s+(?:the\s+)?(?:chamber|bank|carrier|courier|customs|authorit(?:y|ies)|ministry|government|manufacturer|supplier|insurer|underwriters?|port|airline|shipping line|council|embassy|consulate|registrar|regulator)\b/i.test(
      after,
    )
  )
    return null;
  if (
    /\b(?:every|each|automatically|monthly|weekly|daily|annually|yearly|quarterly|regularly|usually)\b/i.test(
      after,
    )
  )
    return null;
  return { subject: 'it', after: m[0].length - m[2]!.length, rule: 'passive', base: 0.75 };
}

// An object put first, as German, Slavic and Scandinavian writers do: "The corrected invoice I send you
// still today", "The spare parts for the CNC machine we ship on 7.1.", "The layout drawings you get from our
// engineering until Friday". The caller keeps the simple present only with a future time.
// The thing first, then its doer: "The final rooming list I send you the 12th", "the menu proposal our chef sends you
// tomorrow", "The December campaign report I am sending on the 5th of January".
const FRONTED =
  /^((?:the|your|this|these|those|all)\s+)?([A-Za-z][\w-]*(?:\s+[\w.#/-]+){0,9}?)\s+(I|we|you|u|our\s+[a-z]+)(?:\s+(will|shall)\s+(?=[A-Za-z])|['’]ll\s+(?=[A-Za-z])|(?:\s+(?:am|are)|['’](?:m|re))\s+(?=([a-z]+ing)\b)|\s+(?=[a-z]))/;
const FRONTED_INSIDE = /^(?:for|of|from|on|with|in|and|&|to)$/i;

const DAY_WORD =
  /^(?:today|tomorrow|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening)$/i;

function frontedObject(rest: string): Head | null {
  const m = FRONTED.exec(rest);
  if (!m || /^(?:I|we|you|u)$/.test(m[2]!)) return null;
  // "our chef" is our side; a progressive needs a time still to come, as a progressive reply does.
  const ours = /^our\s/.test(m[3]!);
  // Not a named colleague ("Joy from our warehouse will call you") nor our office's state ("our office remains closed").
  if (
    ours &&
    (/\b(?:from|in|on|at|of|with|for|by|to|note|that)$/i.test(m[2]!) ||
      (!m[4] &&
        !m[5] &&
        !/^(?!(?:remains|stays|is|has|needs|looks|seems|means|works|takes|costs)\b)[a-z]+s\b/.test(
          rest.slice(m[0].length),
        )))
  )
    return null;
  if (m[5] && !PROGRESSIVE_FUTURE.test(rest.slice(m[0].length))) return null;
  // Tagged with the subject after it, so a bare "Invoice" is read as the noun it is there.
  const words = tagPhrase(`${m[1] ?? ''}${m[2]!} ${m[3]!}`).slice(0, ours ? -2 : -1);
  // Only a noun phrase comes first: not "When I send …", "Today we ship …", "Thanks, I'll …", "Shall we …".
  const nounish = (t: ReadonlySet<string>): boolean =>
    t.has('Determiner') ||
    t.has('Adjective') ||
    t.has('Value') ||
    t.has('Possessive') ||
    t.has('Acronym') ||
    (t.has('Noun') && !t.has('Pronoun') && !t.has('Date'));
  // A bare first word is read as the noun it can be: "Invoice you will receive …" (the tagger reads an imperative).
  // So is the phrase's last word, which the tagger may read as the verb of "you" ("The corrected invoice you receive …").
  const noun = (w: { text: string; tags: ReadonlySet<string> }, i: number): boolean =>
    nounish(w.tags) ||
    (i === 0 && /^[A-Z][a-z]+$/.test(w.text) && wordTags(w.text.toLowerCase()).has('Noun')) ||
    (i > 0 &&
      i === words.length - 1 &&
      /^(?:you|u)$/.test(m[3]!) &&
      (wordTags(w.text.toLowerCase()).has('Noun') || w.tags.has('Infinitive'))) ||
    // A word the tagger reads as a date inside the thing's name ("The Q3 price list", "the winter season rate sheet").
    (i > 0 && i < words.length - 1 && w.tags.has('Date') && !DAY_WORD.test(w.text)) ||
    // A plural before "I"/"we" that the tagger reads as their verb: "the 3 batches I send you tomorrow",
    // "The production keys you will receive from us by COB Fri".
    (i > 0 &&
      i === words.length - 1 &&
      /^(?:I|we|you|u)$/.test(m[3]!) &&
      /[a-z]s$/.test(w.text) &&
      (wordTags(w.text.toLowerCase().replace(/e?s$/, '')).has('Noun') ||
        nounish(words[i - 1]!.tags))) ||
    // A noun before the head noun, whatever else the lexicon calls it: "The December campaign report".
    (i > 0 &&
      i < words.length - 1 &&
      words[i + 1]!.tags.has('Noun') &&
      !words[i + 1]!.tags.has('Pronoun') &&
      nounish(words[i - 1]!.tags));
  // A participle before its noun is an adjective ("The corrected invoice"); any other verb ends the phrase.
  const ok = words.every(
    (w, i) =>
      (i > 0 && FRONTED_INSIDE.test(w.text)) ||
      noun(w, i) ||
      (w.tags.has('PastTense') && i < words.length - 1),
  );
  const subject = m[3]!;
  // "Invoice you will receive till Friday": one word before "you … receive" is the thing, whatever the tagger says.
  const bareThing =
    words.length === 1 && /^[A-Z][a-z]+$/.test(words[0]!.text) && /^(?:you|u)$/.test(subject);
  if (
    !bareThing &&
    (!ok ||
      !words.some(
        (w, i) =>
          w.tags.has('Noun') ||
          (i > 0 &&
            i === words.length - 1 &&
            /^(?:you|u)$/.test(m[3]!) &&
            w.tags.has('Infinitive')),
      ))
  )
    return null;
  // The phrase is the subject of a verb later on: "The reason we ship tomorrow is the holiday".
  // Only in this clause: not "…, because Friday is a holiday here".
  if (
    /\s(?:is|are|was|were|has|have|will be|would be)\s/i.test(
      rest.slice(m[0].length).split(/[,;]|\s(?:because|since|but|as)\s/)[0]!,
    )
  )
    return null;
  if (/^(?:you|u)$/.test(subject)) {
    const v = /^(?:get|receive|have)\s+/i.exec(rest.slice(m[0].length));
    if (!v) return null;
    return {
      subject: 'you',
      after: m[0].length + v[0].length,
      rule: m[4] || /['’]ll/.test(m[0]) ? 'you-will-have' : 'you-get',
      base: 0.65,
    };
  }
  return {
    subject: ours ? 'we' : subject,
    after: m[0].length,
    rule: m[4] || /['’]ll/.test(m[0]) ? 'modal:will' : m[5] ? 'progressive' : 'present',
    base: 0.65,
  };
}

interface Head {
  subject: string;
  /** Offset in `rest` just after the modal. */
  after: number;
  rule: string;
  base: number;
}

const GERUND_SUBJECT =
  /^\s+(?:starts?|begins?|is|was|will|has|takes?|goes|went|should|finishes|ends|resumes|kicks off)\b/i;

function matchHead(rest: string): Head | null {
  const lower = rest;
  // "Let me check …"
  let m = /^(?:let me|let us|lemme)\s+/i.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'let-me', base: 0.85 };
  // "Allow us 2 days to revert", "Allow me to come back to you by Friday": asking for time to do it.
  m =
    /^(?:(?:please|kindly|pls)\s+)?(?:allow|permit|give)\s+(?:me|us)\s+(?:(?:\d+|a|an|one|two|three|a couple of|a few|some|until|till)\s+(?:more\s+)?(?:[\w-]+\s+)?(?:days?|hours?|hrs?|weeks?|time|[A-Z][a-z]+day)\s+)?to\s+(?=[a-z])/i.exec(
      lower,
    );
  if (m) return { subject: 'I', after: m[0].length, rule: 'let-me', base: 0.75 };
  // "Quote to follow tomorrow", "Invoice to follow", "…, with the balance to follow in two weeks".
  m =
    /^(?:with\s+)?(?:(?:the|your|a|an|our|my|more|further|full|revised|updated|final)\b[^,;:.]{0,50}?|[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,3}?)\s+to\s+follow\b(?!\s+(?:up|through|on)\b)/i.exec(
      lower,
    );
  if (m && !/^(?:I|we|you|he|she|they)\b/i.test(lower) && !namesPerson(firstWord(lower)))
    return { subject: 'it', after: 0, rule: 'delivery', base: 0.7 };
  // "What I can do is send you two options by the 15th."
  m =
    /^(?:what|all)\s+(?:I|we)\s+(?:can|will|['’]ll|could)\s+do\s+(?:now\s+)?is\s+(?:to\s+)?(?=[a-z])/i.exec(
      lower,
    );
  if (m) return { subject: 'I', after: m[0].length, rule: 'let-me', base: 0.75 };
  // "Leave it with me": taking the matter on.
  m = /^(?:just\s+)?leave\s+(?:it|this|that|them|this one|that one)\s+with\s+(?:me|us)\b/i.exec(
    lower,
  );
  if (m) return { subject: 'I', after: 0, rule: 'leave-with-me', base: 0.75 };
  // "Our plan is to deliver …", "The plan is for us to ship …", "Our target is to complete …": our side's stated plan.
  m =
    /^(?:(?:our|my|the)\s+plan\s+is\s+(?:for us\s+)?to|(?:our|my)\s+(?:target|goal|aim|objective)\s+is\s+to|(?:my|our|the)?\s*(?:(?:first|next|top)\s+)?(?:job|task|thing|priority|step)\s+(?:(?:for\s+)?(?:me|us|tomorrow|today|on monday)\s+)?(?:is|will be)\s+to)\s+/i.exec(
      lower,
    );
  if (m) return { subject: 'we', after: m[0].length, rule: 'plan', base: 0.7 };
  // Subjectless reply: "Will send shortly." / "Will do." / "gonna send it tmrw"
  m = /^(?:will|wil|gonna|going to)\s+/i.exec(lower);
  if (m && !QUESTION_START.test(lower))
    return { subject: 'I', after: m[0].length, rule: 'subjectless', base: 0.8 };
  // "- hoping to get it to TestFlight early next week": a subjectless hope.
  m = /^(?:hoping|aiming|planning)\s+to\s+(?=[a-z])/i.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'modal:hope', base: 0.65 };
  // Nigerian Pidgin future: "I go send the reconciliation first thing Monday".
  m = /^(?:I|i|we|We)\s+(?:go|a go|will go|dey go)\s+(?=[a-z])/.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'modal:will', base: 0.7 };
  // "Should have the revised DPA to you by Thursday": a hedged subjectless delivery.
  m = /^(?:should|shd|shud)\s+(?=(?:have|be able to)\s)/i.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'subjectless', base: 0.7 };
  // A reply in the progressive with a future time: "Sending shortly.", "np, sending l8r today".
  m =
    /^(?:(?:I['’]m|I am|im|we['’]re|we are|we r)\s+)?(?:(?:also|just)\s+)?(?!(?:hoping|planning|aiming|going|looking|trying|wondering|thinking|getting|writing|using|including|regarding|concerning|according|pending|attaching|enclosing|following|confirming|hosting|holding|attending|exhibiting|celebrating|throwing)\b)(?=([a-z]{3,}ing)\b)/i.exec(
      lower,
    );
  // The future time must belong to this verb phrase, not to a clause after it ("letting you know I'll be out tomorrow").
  // Not a gerund that names the work as a subject: "Printing starts tomorrow".
  if (
    m &&
    m[1] &&
    isGerund(m[1]) &&
    !GERUND_SUBJECT.test(lower.slice(m[0].length + m[1].length)) &&
    PROGRESSIVE_FUTURE.test(
      lower
        .slice(m[0].length)
        .split(
          /\b(?:I|i|we|you|he|she|they)(?:['’]\w+|\s+(?:will|would|am|are|is|was|were|have|had|can|could|should|shall|may|might|must|need|want)\b)|\b(?:that|which|who|because|so|and)\b|,/,
        )[0]!,
    )
  )
    return { subject: 'I', after: m[0].length, rule: 'progressive', base: 0.7 };
  // "Expect the deck from me on Thursday" / "Expect it early next week" / "Please expect our invoice by COB": a delivery announced to the recipient.
  // "You can expect the corrected deck from me on Thursday."
  const ex = lower.replace(
    /^(?:you|u)(?:\s+(?:can|could|may|will|should)|['’]ll)\s+(?=expect\b)/i,
    '',
  );
  if (
    /^(?:(?:please|kindly|pls)\s+)?expect\s+(?:a|an|the|it|my|our|this|that|them|some|an?\s+\w+)\b/i.test(
      ex,
    ) &&
    (/\bfrom (?:me|us|our|my)\b|^(?:(?:please|kindly|pls)\s+)?expect\s+(?:our|my)\s/i.test(ex) ||
      /^(?:(?:please|kindly|pls)\s+)?expect\s+(?:it|them|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:by|on|before|within|in|early|later|next|this|tomorrow|tmrw|tmr|2moro|today|tonight|first|end|(?:mon|tue|wed|thu|fri)[a-z]*)\b/i.test(
        ex,
      ))
  ) {
    return { subject: 'I', after: 0, rule: 'expect-from-me', base: 0.85 };
  }
  // "You'll have the invoice by Monday." / "You will receive …"
  // "ull have it first thing mon": "you'll" typed with no apostrophe.
  m =
    /^(?:(?:you|u|your\s+(?:[\w-]+\s+){0,2}?(?:team|staff|users|colleagues|people|department|office|stores?|sites?|admins?|employees|managers|engineers|agents))(?:'ll|’ll|\s+will|\s+should)|ull|youll)\s+(?:also\s+|then\s+)?(?:have|receive|get|be\s+receiving|be\s+getting)\s+(?=\S)/i.exec(
      lower,
    );
  // Not what someone else sends: "you'll get a tracking link from them by text".
  if (
    m &&
    /^(?:[\w'’-]+\s+){0,5}?from\s+(?:them|him|her|the\s+(?:courier|carrier|driver|bank|supplier|airline))\b/i.test(
      lower.slice(m[0].length),
    )
  )
    return null;
  if (m) return { subject: 'you', after: m[0].length, rule: 'you-will-have', base: 0.75 };
  // The same in the simple present, kept only with a future time (the caller's check): "you receive the tracking number tomorrow".
  // "you have it latest monday 9:00".
  m = /^(?:you|u)\s+(?:receive|get|have)\s+(?=(?:the|your|our|my|a|an|it|them)\b)/i.exec(lower);
  if (m) return { subject: 'you', after: m[0].length, rule: 'you-get', base: 0.65 };
  // "You'll hear from us / our onboarding team by Thursday."
  m =
    /^(?:you|u)(?:'ll|’ll|\s+will|\s+should)\s+(?:also\s+)?hear\s+(?:back\s+)?from\s+(?:me|us|our\b|my\b)/i.exec(
      lower,
    );
  if (m) return { subject: 'you', after: 0, rule: 'hear-from-us', base: 0.8 };
  // Owner tag at the start of an item: "Me -> send the deck", "[Me] send …".
  m = /^(?:(?:me|us|myself)\s*(?:->|→|=>)|\[(?:me|us)\])\s*(?=[a-z])/i.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'owner', base: 0.8 };
  // Owner-tagged action item without colon: "Me to send the pricing sheet", "Us to confirm".
  m = /^(?:me|us|myself)\s+to\s+(?=[a-z])/i.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'owner', base: 0.8 };
  // Text-speak: "im gonna …", "ill send it tmrw".
  m = /^(?:im|i'm|i’m)\s+(?:gonna|going to|hoping to|planning to|aiming to)\s+/i.exec(lower);
  if (m) return { subject: 'I', after: m[0].length, rule: 'modal:going to', base: 0.8 };
  // "well have the new pump installed in 5 days": "we'll" typed without its apostrophe (not "Well, …", "well done").
  m = WELL_HEAD.exec(lower);
  if (m) return { subject: 'we', after: 5, rule: "modal:'ll", base: 0.75 };
  // "il send it on first thing 2moro" is "I'll" too.
  m = /^[Ii]l?l\s+(?=([a-z]+)(?:\s+([a-z']+))?)/.exec(lower);
  if (
    m &&
    (isBaseVerb(TEXTSPEAK_VERB[m[1]!] ?? m[1]!) ||
      wordTags(m[1]!).has('ProperNoun') ||
      isNounPhraseStart(m[2] ?? '') ||
      /^(?:in|out|up|over|back|on|off)$/.test(m[2] ?? ''))
  )
    return { subject: 'I', after: m[0].length, rule: "modal:'ll", base: 0.75 };
  // Subject + modal.
  m =
    /^(?:I|i|we|(?:[A-Z][a-z]+|he|she|they|[a-z]+) and I|I and [A-Z][a-z]+|me and [A-Z][a-z]+)(?=['’\s])/.exec(
      lower,
    ) ?? /^we(?=['’\s])/i.exec(lower);
  let subject = m?.[0] ?? '';
  let at = m ? m[0].length : 0;
  // An appositive after the subject: "I personally will …", "I myself …", "We at Northwind will …".
  const appositive = m
    ? /^,?\s+(?:personally|myself|ourselves|too|also|(?:here\s+)?at\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),?(?=\s+(?:will|shall|can|am|are)\b|['’])/.exec(
        lower.slice(at),
      )
    : null;
  if (appositive) at += appositive[0].length;
  if (!m) {
    const team =
      SUBJECT_WE_OUR.exec(lower) ??
      SUBJECT_OUR_AGENT.exec(lower) ??
      SUBJECT_DEPARTMENT.exec(lower) ??
      SUBJECT_ONE_OF_US.exec(lower);
    if (team) {
      // Our side counts; a named person within it does not ("my colleague Dr. Lu will call").
      const tail = lower.slice(team[0].length, team[0].length + 30);
      if (/^\s*,?\s*(?:[A-Z][a-z]+\.?\s*){1,3},?\s+(?:will|shall)\b/.test(tail)) return null;
      subject = team[0];
      at = team[0].length;
    }
  }
  if (!subject) {
    const fronted = frontedObject(lower);
    if (fronted) return fronted;
    // Any other "our …" doing something to an object is our side acting: "our warehouse will re-pick the missing cartons".
    // "My colleague Burak will follow your order": a named person, a third party.
    const ours = SUBJECT_OUR_ANY.exec(lower);
    const mo =
      ours && !/\s[A-Z][a-z]+$/.test(ours[0]) ? MODAL.exec(lower.slice(ours[0].length)) : null;
    if (ours && mo && !/can|should/.test(mo[0])) {
      const after = ours[0].length + mo[0].length;
      const vm =
        /^\s+(?:(?:also|then|now|just|definitely|first|immediately|promptly|personally)\s+)?([a-z][\w-]*)\s+([A-Za-z][\w'’-]*)/.exec(
          lower.slice(after),
        );
      // "our engineer will sign off the calcs": a particle may come first.
      if (
        vm &&
        isBaseVerb(vm[1]!) &&
        !/^(?:be|have|get)$/i.test(vm[1]!) &&
        (isNounPhraseStart(vm[2]!) || /^(?:off|out|up|over|back|through|across)$/i.test(vm[2]!))
      )
        return { subject: ours[0], after, rule: 'modal:will', base: 0.75 };
      // "Our lorry will deliver on Monday": coming to the recipient needs no object.
      if (
        vm &&
        /^(?:deliver|ship|dispatch|arrive|call)$/i.test(vm[1]!) &&
        /^(?:on|by|tomorrow|tmrw|today|tonight|this|next|within|in|to)$/i.test(vm[2]!)
      )
        return { subject: ours[0], after, rule: 'modal:will', base: 0.75 };
      // "our studio will have the dielines ready in 10 days".
      if (
        vm &&
        /^have$/i.test(vm[1]!) &&
        haveComplement(lower.slice(after).replace(/^\s+(?:[a-z]+\s+)?have\s+/i, ''))
      )
        return { subject: ours[0], after, rule: 'modal:will', base: 0.75 };
    }
    // "Our legal team reviews the liability cap before our call on Thursday": the caller keeps it only with a future time.
    const tp = TEAM_PRESENT.exec(lower);
    // Not what the team wants: "Our finance team needs the signed order form by the 28th".
    if (
      tp &&
      isBaseVerb(tp[1]!.replace(/e?s$/, '')) &&
      !/^(?:needs|wants|wishes|requires|expects|prefers|likes|loves|knows|thinks)$/i.test(tp[1]!)
    )
      return { subject: 'we', after: tp[0].length - tp[1]!.length, rule: 'present', base: 0.65 };
    return passiveHead(rest) ?? roleHead(rest);
  }
  const mm = MODAL.exec(lower.slice(at));
  // Our team in the progressive with a future time: "Our team is sending the revised quote tomorrow", "Our designer's
  // fixing it this arvo".
  const teamDoing =
    !mm && /^(?:our|my)\b/i.test(subject)
      ? /^(?:\s+(?:is|are)|['’](?:s|re))\s+(?:also\s+|just\s+)?(?=([a-z]{3,}ing)\b)/i.exec(
          lower.slice(at),
        )
      : null;
  if (
    teamDoing &&
    isGerund(teamDoing[1]!) &&
    !/^(?:working|monitoring|looking|trying|hoping|planning|aiming|going|waiting|dealing|handling)$/i.test(
      teamDoing[1]!,
    ) &&
    PROGRESSIVE_FUTURE.test(lower.slice(at + teamDoing[0].length))
  )
    return { subject, after: at + teamDoing[0].length, rule: 'progressive', base: 0.7 };
  if (!mm) {
    // Simple present with a future time ("I send you the proposal tomorrow"): the caller
    // keeps it only when the clause names a future time.
    if (/^(?:I|i|we|We)$/.test(subject)) {
      const pm = /^\s+(?:(?:also|just|then|now|first)\s+)?([a-z][\w-]*)/i.exec(lower.slice(at));
      const v = pm?.[1] ?? '';
      // "I keep you informed.", "As soon as I have news, I inform you.": keeping informed needs no time.
      if (
        /^\s+(?:keep\s+(?:you|u)\s+(?:informed|posted|updated)\b|inform\s+(?:you|u)\s*(?:[.!,;]|$|(?:as soon as|when|once|immediately|about (?:it|this|the progress)|of (?:any|the)\s)))/i.test(
          lower.slice(at),
        )
      )
        return { subject, after: at, rule: 'keep-informed', base: 0.7 };
      // "We rerun it tomorrow": a re- verb is its stem's.
      if (
        pm &&
        (isBaseVerb(v) || prefixedStem(v) !== undefined) &&
        !/^(?:am|are|have|do|can|could|would|should|might|must|may|need|will|shall)$/i.test(v)
      ) {
        return { subject, after: at + pm[0].length - v.length, rule: 'present', base: 0.7 };
      }
    }
    return passiveHead(rest);
  }
  const modal = mm[0].trim().toLowerCase();
  if (modal === 'can' && !/^i$|^we$/i.test(subject)) return null;
  // "should" promises only as a hedge on our own delivery: "I should be able to send …", "we should have it to you …".
  // Our team's hedged delivery too: "Our deal desk should have approval by Wednesday" (not "should have approved").
  const ourHedge =
    /^(?:our|my)\b/i.test(subject) &&
    /^\s*(?:have|be able to)\s+(?!been\b|[a-z]+ed\b)[a-z]/i.test(
      lower.slice(at + mm.index + mm[0].length),
    );
  if (modal === 'should' && !/^i$|^we$/i.test(subject) && !ourHedge) return null;
  const base = /going to|gonna/.test(modal) ? 0.85 : /hop|aim|should/.test(modal) ? 0.7 : 0.9;
  return { subject, after: at + mm[0].length, rule: `modal:${modal}`, base };
}

/**
 * Is `verb`, in the verb slot after a promise head, an action for the recipient? Grammar
 * decides: a word in that slot that is followed by an object is a verb even when the
 * lexicon has only its noun sense ("we'll onboard your hires", "will comp the fee").
 */
// Text-speak spellings of action verbs: "wil chk & revert", "will snd tmrw".
const TEXTSPEAK_VERB: Record<string, string> = {
  chk: 'check',
  snd: 'send',
  cnfm: 'confirm',
  cnfrm: 'confirm',
  fwd: 'forward',
  updt: 'update',
  rvrt: 'revert',
  shr: 'share',
  rply: 'reply',
  b: 'be',
};

/** "re-run", "pre-book", "rerun": a prefixed verb the lexicon does not know acts like its stem. */
function prefixedStem(verb: string): string | undefined {
  const hyphen = /^(?:re|pre|co)-([a-z]{3,})$/i.exec(verb)?.[1];
  if (hyphen) return hyphen;
  return /^re[a-z]{3,}$/i.test(verb) && !wordTags(verb).has('Verb') && isBaseVerb(verb.slice(2))
    ? verb.slice(2)
    : undefined;
}

function verbOk(verb: string, rest: string, subject: string): boolean {
  const stem = prefixedStem(verb);
  if (stem) return verbOk(stem, rest, subject);
  const v = TEXTSPEAK_VERB[verb.toLowerCase()] ?? verb.toLowerCase();
  const check = RESTRICTED[v];
  if (check) return check(rest, subject);
  if (NON_ACTION.has(v)) return false;
  const t = wordTags(v);
  if (
    hasAnyTag(t, [
      'Determiner',
      'Pronoun',
      'Preposition',
      'Conjunction',
      'QuestionWord',
      'Date',
      'Value',
      'Modal',
      'Copula',
      'Auxiliary',
    ])
  )
    return false;
  // A capitalised name in the slot is a destination or a person ("going to Chicago"), not a verb; brand verbs ("FedEx") are not names.
  if (
    /^[A-Z]/.test(verb) &&
    (t.has('Place') || t.has('Person') || t.has('Organization') || t.has('ProperNoun')) &&
    !isNounPhraseStart(firstWord(rest))
  )
    return false;
  if ((t.has('PastTense') || isGerund(v)) && !t.has('Infinitive')) return false;
  if (t.has('Infinitive') || (t.has('Verb') && t.has('PresentTense'))) return true;
  // The slot right after a modal holds a verb by grammar, whatever else the word can be
  // ("will chase finance", "will comp the fee"), as long as an object or particle follows.
  const next = firstWord(rest);
  // "Will chase.": a lower-case word alone in the verb slot is the verb, whatever the lexicon says.
  if (next === '')
    return (
      /^[a-z]{3,}$/.test(verb) &&
      /^\s*[.!]?\s*$/.test(rest) &&
      !t.has('Adjective') &&
      !t.has('Adverb')
    );
  // A noun heading an item is no verb: "Production of the 2 control cabinets: …".
  if (/^of$/i.test(next) && t.has('Noun') && !t.has('Verb')) return false;
  // A word followed by a modal or a copula is the subject, not the verb ("Legal will review it").
  if (/^(?:will|shall|would|can|could|should|to|is|are|was|were|has|have|had)$/i.test(next))
    return false;
  // An acronym is an object too: "re-run CMM on lot 4471".
  return (
    isNounPhraseStart(next) ||
    /^[a-z]/.test(next) ||
    (/^[a-z]/.test(verb) && /^(?:[A-Z][a-z]+|[A-Z]{2,6}s?)$/.test(next))
  );
}

// An owner named before the item: "Me: send …", "• Our support team – reset …", "Sam (me): …".
const OWNER_BEFORE =
  /(?:^\W*(?:(?:\d{1,2}|[a-h])[.)]\s*)?|[•▪◦‣●∙·*(\n]\s*|[:—–-]\s+)(?:(?:me|myself|us|we|I)(?:\s*\([^()\n]{1,30}\))?|our\s+(?:[\w&-]+\s+){0,3}?[\w&-]+|[A-Z][\w.-]*\s*\((?:me|us)\))\s*(?::|[-–—>]{1,2}|[→⇒➔])\s*$/i;

// The owner label of an action item, after its marker: "2. Vantage (Ankit) – ", "• Owner: Nadia — ", "Me / ".
const OWNER_LABEL =
  /(?:^\W*(?:(?:\d{1,2}|[a-h])[.)]\s*)?(?:\[[ xX]?\]\s*)?|[•▪◦‣●∙·*☐\n]\s*)((?:(?:owner|action|ai|who)\s*:\s*)?[A-Za-zÀ-ž][\wÀ-ž&.'’ ()/-]{0,60}?)\s*(?::|[-–—>]{1,2}|[→⇒➔]|\/)\s*$/i;
// "Tom to chase the carrier", "AI: Our claims team to lodge the claim", "Kora to refund the fee".
const LABEL_TO =
  /^(?:(?:AI|Action(?: item)?|Owner|To-?do)\s*:\s*)?((?:[A-Z][\w&.'’-]*|[Oo]ur|[Mm]y)(?:\s+(?:\([^)]{1,40}\)|[\w&.'’-]+)){0,3}?)\s+to\s+(?=([a-z]+)\b)/;
// Words that make an owner label a unit of people rather than a named person: "Accounts team", "Support".
const TEAM_WORD =
  /^(?:team|teams|support|ops|operations|accounts?|billing|finance|legal|engineering|logistics|dispatch|service|services|desk|department|dept|office|claims|sales|warehouse|tech|it|hr|data|success|solutions|onboarding|implementation|project|delivery|kitchen|production|quality|qa|care|security|product|design|creative|marketing|procurement|fulfil?ment|devs?)$/i;

/**
 * An action item's owner is our side: me or us, "our …", a department named bare, or words
 * that all name the sender or the sender's company (from the signature). A named person
 * who is not the sender ("Carmen (IberLog ops)", "Kim (our solutions engineer)") is a third party.
 */
export function labelIsUs(label: string, ourNames?: ReadonlySet<string>): boolean {
  const l = label.replace(/^\s*(?:owner|action(?: item)?|ai|who|to-?do)\s*:\s*/i, '').trim();
  // "Lattice (us)" is our company; "Sarah Quinn (us)" is a named colleague, a third party (spec §1).
  const person =
    /^[A-Z][a-z]+\s+[A-Z][a-z]+\s*\(us\)\s*$/.test(l) && wordTags(l.split(/\s+/)[0]!).has('Person');
  // "Me (Dev)": me, with my name.
  if (
    /^(?:me|us|myself|I|we)(?:\s*\([^()]*\))?$/i.test(l) ||
    /^(?:our|my)\s/i.test(l) ||
    /\(me\)\s*$/i.test(l) ||
    (/\(us\)\s*$/i.test(l) && !person)
  )
    return true;
  if (/\b(?:client|customer|you|your|they|their|both|all|everyone|everybody)\b/i.test(l))
    return false;
  const words = l
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  // Before a unit word, lower-case words describe the unit ("Keystone sourcing team", "porting desk").
  const unit = /\b(?:team|teams|desk|department|dept|office|crew|squad|group)\s*$/i.test(l);
  const named = words.filter((w) => !TEAM_WORD.test(w) && !(unit && /^\p{Ll}/u.test(w)));
  // A unit of people ("Accounts team"), not a topic heading ("Support: Premium included").
  if (named.length === 0)
    return /\b(?:team|teams|desk|department|dept|office|crew|squad|group)\b/i.test(l);
  return !!ourNames && named.every((w) => ourNames.has(w.toLowerCase()));
}

/** The owner label before a clause names our side. */
function ownerNamesUs(before: string, ourNames: ReadonlySet<string> | undefined): boolean {
  const label = OWNER_LABEL.exec(before)?.[1];
  return label !== undefined && labelIsUs(label, ourNames);
}

// A promise head inside a clause that starts with talk ("yeah nah all good mate I'll drop the tyres round",
// a dictated run-on "so yeah we can do 200 units no problem i'll have the quote over by noon").
const INNER_HEAD =
  /(?:^|[\s,;:–—-])(?=(?:I|i|we|We)(?:['’]ll|\s+will|\s+shall)\s|(?:I['’]m|I am|i['’]m|im|we['’]re|we are)\s+going to\s|let me\s)/;
// What before it makes it reported, embedded, conditional or asked.
const BLOCKING_LEAD =
  /\b(?:if|when|whenever|once|unless|until|till|because|since|after|before|that|what|how|whether|who|whom|which|where|why|said|says|told|tell|promised|promise|mentioned|thought|think|hope|hoped|wish|wonder|asked|ask|whatever|than|or|not sure|doubt|unsure|know)\b|\?/i;

const CONDITION_WORDS = /\b(?:when|once|after|as soon as)\b/gi;

function innerPromise(
  ctx: ClauseContext,
  offset: number,
  rest: string,
  condition = false,
): Verdict {
  const m = INNER_HEAD.exec(rest);
  if (!m || m.index === 0) return NO;
  const at = m.index + m[0].length;
  const lead = rest.slice(0, at);
  // Only the words since the last comma or dash set the frame ("…, if you are, and pricing's the same, so long story short I'll …").
  const near = lead.slice(
    Math.max(lead.lastIndexOf(','), lead.lastIndexOf(' – '), lead.lastIndexOf(' — '), 0),
  );
  const judged = condition ? near.replace(CONDITION_WORDS, ' ') : near;
  if (BLOCKING_LEAD.test(judged) || near.length > (condition ? 60 : 200)) return NO;
  const v = classifyClause({
    ...ctx,
    clause: rest.slice(at),
    before: ctx.before + ctx.clause.slice(0, offset + at),
  });
  return v.commitment
    ? {
        ...v,
        at: v.at + offset + at,
        verbAt: v.verbAt + offset + at,
        confidence: Math.max(0.3, v.confidence - 0.05),
      }
    : NO;
}

/** Decides one clause. `before`/`after` give the rest of the sentence for context. */
// "…, ok?", and in mobile mail without the comma: "can do, EOD tmrw ok?", "will call u today, after 10 ok?".
const TAG_QUESTION = /(?:,|\s)\s*(?:ok|okay|right|yes|alright|fine|no|yeah)\s*\?\s*["”')]*\s*$/i;

export function classifyClause(ctx: ClauseContext): Verdict {
  const { clause, before, after } = ctx;
  const sentence = `${before}${clause}${after}`;
  // A statement with a tag ("I will send the contract revised next Friday, ok?") is still a statement.
  if (
    (/\?\s*["”')]*\s*$/.test(sentence) && !TAG_QUESTION.test(sentence)) ||
    QUESTION_START.test(sentence.trimStart())
  )
    return NO;
  // "…, so I'm trying to get everything out the door:": a line that opens a list is its heading, not a promise,
  // unless it names a time of its own ("I'll send the following by Friday:").
  if (
    /:\s*$/.test(`${clause}${after}`) &&
    !/\b(?:today|tonight|tomorrow|tmrw|by|before|within|next|this|on|in)\b/i.test(clause)
  )
    return NO;
  // "the manufacturer in Italy has confirmed they will ship the part on Monday": another party's word, reported.
  const reported = REPORTED_THIRD_PARTY.exec(`${before}${clause}`);
  if (reported && reported.index + reported[0].length > before.length) return NO;
  const lead = stripLead(clause);
  let rest = lead.rest;
  // "Once they're live I'll send you a screenshot": a short condition without a comma, then the promise;
  // the condition is judged as a leading one (on the recipient or not).
  if (SUBORDINATE_LEAD.test(rest))
    return /^(?:when|once|after|as soon as)\s/i.test(rest)
      ? innerPromise(ctx, clause.length - rest.length, rest, true)
      : NO;
  // Coordinated subject split off by the clause splitter: "… support that Brent | and I will provide".
  let ctxBefore = before;
  if (lead.conj === 'and' && /^I\b/.test(rest)) {
    const co = /(?:^|\s)(?:he|she|they|[A-Z][a-z]+)\s*$/.exec(before);
    if (co) ctxBefore = before.slice(0, co.index);
  }
  // Embedded clause: "how we will …", "know if we will …".
  if (
    (lead.skipped === 0 || ctxBefore !== before) &&
    HYPOTHETICAL_BEFORE.test(ctxBefore.trimEnd()) &&
    !/\b(?:assure|ensure|promise|confirm|guarantee|but|note|noted|advise|advised|inform|informed|aware|heads[- ]up|fyi|reminder|update)\s+(?:you\s+)?that\s*$/i.test(
      ctxBefore.trimEnd(),
    )
  )
    return NO;
  // "no further invoices will be issued", "no one will call": a subject that says none.
  if (/^no\s+(?!worries|problem|probs?\b|dramas?\b)[a-z]/i.test(rest)) return NO;
  // "…, and so will our revenue team": an echo of the clause before, not a promise.
  // Not "so will sort the credit note first thing Tuesday", where a verb follows.
  const echo =
    /^(?:and\s+)?(?:so|as|nor|neither)\s+(?:will|shall|would|can|could|do|does|is|are|am)\s+([a-z]+)/i.exec(
      clause,
    );
  if (echo && !isBaseVerb(echo[1]!.toLowerCase())) return NO;
  let head = matchHead(rest);
  if (
    !head &&
    /^that\s+/i.test(rest) &&
    /\b(?:assure|ensure|promise|confirm|guarantee)\s+(?:you\s+)?$/i.test(before)
  ) {
    rest = rest.replace(/^that\s+/i, '');
    head = matchHead(rest);
  }
  // "they" picking up our side named earlier in the sentence: "I've passed it to our billing team, they will …".
  if (
    !head &&
    /^they(?=['’\s])/i.test(rest) &&
    OUR_TEAM_MENTION.test(`${ctx.previous ?? ''} ${before}`)
  ) {
    const h = matchHead(`we${rest.slice(4)}`);
    head = h && { ...h, after: h.after + 2 };
  }
  // A reporting frame around the promise: "Kindly note that we will …", "I can assure you we'll …".
  // A frame whose own verb is a state of mind ("I think we'll …") is tried even when it looks like a head.
  const frame = !head || head.rule === 'present' ? REPORTING_FRAME.exec(rest) : null;
  if (frame) {
    const framed = matchHead(rest.slice(frame[0].length));
    if (framed || !head) {
      rest = rest.slice(frame[0].length);
      head = framed;
    }
  }
  // An owner-tagged action item: the item is an imperative verb phrase.
  const labelTo = head || !ctx.item ? null : LABEL_TO.exec(rest);
  // After "to" comes a verb, whatever else the lexicon says the word is ("Tom to chase the carrier").
  const toVerb = (w: string): boolean =>
    isBaseVerb(w) ||
    !hasAnyTag(wordTags(w), [
      'Determiner',
      'Pronoun',
      'Preposition',
      'Adverb',
      'Adjective',
      'Conjunction',
      'Value',
    ]);
  // … or a word the lexicon reads otherwise with an object after it ("Zentrix support to close the 3 P2 tickets").
  const objectAfter = (m: RegExpExecArray): boolean =>
    /^\s+(?:the|your|our|my|a|an|all|any|this|these|those|out|off|\d)\b/i.test(
      rest.slice(m[0].length + m[2]!.length),
    );
  if (
    labelTo &&
    labelIsUs(labelTo[1]!, ctx.ourNames) &&
    (toVerb(labelTo[2]!) || objectAfter(labelTo))
  ) {
    rest = rest.slice(labelTo[0].length);
    head = { subject: 'I', after: 0, rule: 'owner', base: 0.8 };
  }
  // "[Acme] ship the two demo units by the 21st", "Our network team → complete the survey": a label that names our side owns the item.
  const bracketed =
    head || !ctx.item
      ? null
      : /^(?:\[([^\]\n]{1,40})\]|([A-Za-z][\w&.'’ ()/-]{0,60}?)\s*(?:→|⇒|➔|->|=>))\s*(?=([a-z]+)\b)/.exec(
          rest,
        );
  // The word after the label starts the item's verb phrase, even one the lexicon reads as an adjective ("complete the survey").
  if (
    bracketed &&
    labelIsUs(bracketed[1] ?? bracketed[2]!, ctx.ourNames) &&
    !hasAnyTag(wordTags(bracketed[3]!), [
      'Determiner',
      'Pronoun',
      'Preposition',
      'Conjunction',
      'Value',
    ])
  ) {
    rest = rest.slice(bracketed[0].length);
    head = { subject: 'I', after: 0, rule: 'owner', base: 0.8 };
  }
  if (
    !head &&
    (OWNER_BEFORE.test(before) ||
      PROMISE_LIST_BEFORE.test(before) ||
      ctx.ourList ||
      ownerNamesUs(before, ctx.ourNames)) &&
    !/\b(?:you|your)\s*(?::|[-–—>]{1,2})\s*$/i.test(before)
  ) {
    const owner = PROMISE_LIST_BEFORE.test(before)
      ? 'we'
      : (/([\w)]+)\s*(?::|[-–—>]{1,2})\s*$/.exec(before)?.[1] ?? '');
    // An item that asks the recipient, though under our heading: "3. Please send us the dietary requirements".
    const asks =
      /^(?:please|kindly|pls|plz)\b|^(?:send|share|forward|email|give)\s+(?:us|me)\b|^let\s+(?:us|me)\s+know\b/i.test(
        rest,
      );
    if (!/^(?:you|u|they|he|she)$/i.test(owner) && !asks)
      head = { subject: 'I', after: 0, rule: 'owner', base: 0.8 };
  }
  if (!head) return innerPromise(ctx, clause.length - rest.length, rest);
  const at = clause.length - rest.length;
  let tail = rest.slice(head.after);
  if (negated(tail)) return NO;
  tail = tail.replace(/^\s+/, '');
  let hedged = /hop|aim/.test(head.rule);
  let perhaps = false;
  for (let k = 0; k < 5; k++) {
    const m =
      ADVERBS.exec(tail) ??
      (head.rule !== 'passive' && isAdverb(firstWord(tail)) && !isVerb(firstWord(tail))
        ? /^[A-Za-z]+\s+/.exec(tail)
        : null);
    if (!m) break;
    const adv = m[0].trim().toLowerCase();
    if (adv === 'be happy to' || adv === 'be glad to') return NO;
    // "We'll both review …", "we'll all go through …": done together, a joint plan.
    if ((adv === 'both' || adv === 'all') && /^we$/i.test(head.subject)) return NO;
    if (HEDGE.test(adv)) hedged = true;
    if (/^(?:probably|prob|prolly|likely)$/.test(adv)) perhaps = true;
    tail = tail.slice(m[0].length);
  }
  if (negated(tail)) return NO;
  // "it should be in your inbox now" says where it is; "…, so it should be on the boat in time" what the promise
  // before it will bring about.
  if (
    head.rule === 'delivery' &&
    /\bshould\b/i.test(rest.slice(0, head.after + 40)) &&
    (/\b(?:now|already|by now)\b/i.test(tail) || /^so(?: that)?$/.test(lead.conj))
  )
    return NO;
  // "We hope to serve you again in future": a courtesy, not a step for the recipient.
  if (
    /hop|aim/.test(head.rule) &&
    /^(?:serve|welcome|see|hear|meet|continue|work with|do (?:more )?business|be of (?:service|help))\b/i.test(
      tail,
    )
  )
    return NO;
  const vm = /^([a-zA-Z][\w-]*)\s*/.exec(tail);
  let verbAt = clause.length - tail.length;
  let ok = false;
  if (
    head.rule === 'expect-from-me' ||
    head.rule === 'leave-with-me' ||
    head.rule === 'hear-from-us' ||
    head.rule === 'delivery' ||
    head.rule === 'state' ||
    head.rule === 'keep-informed'
  ) {
    ok = true;
    verbAt = at;
  } else if (head.rule === 'passive') {
    ok = true;
  } else if (head.rule === 'you-will-have' || head.rule === 'you-get') {
    ok =
      !/^(?:to|a chance|the chance|the opportunity|time|fun|questions|any questions)\b/i.test(
        tail,
      ) && !/\b(?:already|by now)\b/i.test(tail);
    // "… tonight so you have it first thing": a purpose told after the promise, not one of its own.
    if (
      /^(?:you|u)\s+have\b/i.test(rest) &&
      /\b(?:so|that|and|to ensure|ensure|make sure|in time)\s*$/i.test(
        `${before}${clause.slice(0, clause.length - rest.length)}`.trimEnd(),
      )
    )
      ok = false;
  } else if (head.rule === 'subjectless' && /^do\s*[.!]?\s*$/i.test(tail)) {
    ok = true;
  } else if (
    head.rule === 'subjectless' &&
    /^be\s+(?:sent|shipped|delivered|dispatched|despatched|issued|couriered|e-?mailed|posted|credited|refunded)\b/i.test(
      tail,
    ) &&
    /\b(?:to (?:you|your)|on|by|in|within|tomorrow|today|tonight|next|this)\b/i.test(tail)
  ) {
    // A thing named before, handed over: "the parts are in stock and will be shipped in calendar week 51".
    ok = true;
  } else if (vm) {
    // The progressive's verb is read in its base form ("sending" → "send").
    const verb = head.rule === 'progressive' ? infinitive(vm[1]!, 'Gerund') : vm[1]!;
    const restAfterVerb = tail.slice(vm[0].length);
    ok = verbOk(verb, restAfterVerb, head.subject);
    // Coordinated action: "I'll keep thinking about it and send another draft", "I'll sleep on it and let you know".
    // A state does not coordinate into an action: "I'll be on leave from the 21st and back on 5 January".
    if (
      !ok &&
      head.rule !== 'present' &&
      head.rule !== 'progressive' &&
      verb.toLowerCase() !== 'be'
    ) {
      const coord = /(?:\b(?:and|n)|\s[&+])\s+(?:then\s+)?([a-z][\w-]*)\s*(.*)$/i.exec(
        restAfterVerb,
      );
      // Only a verb phrase that shares our subject: not "I assume that you will … and then send …".
      const shared =
        coord !== null &&
        !/\b(?:you|u|he|she|they|it)\s+(?:will|would|can|could|should|might|may)\b|['’]ll\b/i.test(
          restAfterVerb.slice(0, coord.index),
        );
      if (
        coord &&
        shared &&
        /^[a-z]/.test(coord[1]!) &&
        isBaseVerb(coord[1]!) &&
        !/^(?:be|see|meet|talk|discuss)$/i.test(coord[1]!)
      )
        ok = verbOk(coord[1]!, coord[2] ?? '', head.subject);
    }
    // "Let me start by saying how sorry I am": a way of speaking, not an action.
    if (
      head.rule === 'let-me' &&
      /^(?:know|tell|say|just say|be|see|get [A-Z]|start by|begin by|first say|apologi[sz]e|reiterate|reassure|explain why)\b/i.test(
        tail,
      ) &&
      !/^see what (?:I|we) can do\b/i.test(tail)
    )
      ok = false;
    // A habit or a policy: "We reply to all enquiries within one business day".
    if (
      head.rule === 'present' &&
      /\b(?:every|each|usually|always|normally|typically|often|generally|regularly|sometimes)\b/i.test(
        tail,
      )
    )
      ok = false;
    // "We shall respond to all quality claims within 7 working days": a service standard.
    if (
      /^(?:respond|reply|answer|acknowledge|process|handle)\s+(?:to\s+)?(?:all|any|every)\b(?!\s+\d)/i.test(
        tail,
      )
    )
      ok = false;
    // Subjectless "will …": a reply after an opener, never the predicate of a subject before it ("Our CFO, Mark, | will reach out").
    if (
      head.rule === 'subjectless' &&
      !/^(?:and|but|so|then)$/.test(lead.conj) &&
      lead.skipped === 0 &&
      !ACK.test(before.trim()) &&
      SUBJECT_BEFORE.test(before) &&
      !FINITE.test(before.replace(/\([^)]*\)/g, ' '))
    )
      ok = false;
    // "… but Hamish is covering my accounts and will call you Monday": the named colleague's promise.
    if (head.rule === 'subjectless' && namedSubjectAnd(before)) ok = false;
    // "Kevin Park, our solutions engineer, will send you …", "Mr. Kulkarni, who will be handling your account … and
    // will share …": a named colleague with an apposition or a relative clause, a third party (spec §1).
    if (head.rule === 'subjectless' && NAMED_APPOSITION.test(before)) ok = false;
  }
  // "I confirm the container was loaded today": confirming what happened is done in the writing.
  if (
    head.rule === 'present' &&
    /^confirm\s+(?:(?:to\s+)?(?:you|u)\s+)?(?:that\s+)?(?:the|our|your|it|we|this|these|all)\b[^,;]{0,60}?\b(?:was|were|has been|have been|had been|got|is now|are now)\b/i.test(
      tail,
    )
  )
    return NO;
  // "We expect to have more clarity by Thursday": a forecast of knowing, nothing handed over.
  if (
    /^(?:have|get)\s+(?:more|better|some|further|a bit more)?\s*(?:clarity|visibility|information|info|news|an idea|a sense)\b/i.test(
      tail,
    )
  )
    return NO;
  // "We'll see how Q3 goes … and revisit the pricing then": waiting to see, nothing owed yet.
  if (
    /^see\s+how\s+(?:\w+\s+){0,4}?(?:goes|go|went|pans out|turns out|develops)\b/i.test(tail) &&
    !/\b(?:get back|revert|let (?:you|u) know|update (?:you|u)|come back|circle back|send|confirm|share|call (?:you|u))\b/i.test(
      tail,
    )
  )
    return NO;
  // "will continue to watch the queue": ongoing work, status.
  if (/^continue\s+(?:to|monitoring|watching|working)\b/i.test(tail)) return NO;
  if (!ok) return NO;
  // Checking one's own diary is not an action for the recipient: "Let me review my calendar".
  // Nor is watching one's own mail: "I'll be checking email in the evenings only", "will check my phone".
  if (
    /^[a-z]+\s+(?:up\s+)?(?:my|our)\s+(?:own\s+)?(?:calendar|schedule|diary|agenda|availability|inbox|emails?|notes|phone|messages|voicemail)\b(?![^.]*\b(?:and|then)\b)|^(?:be\s+)?check(?:ing)?\s+(?:e-?mails?|messages|my\s+\w+)\s+(?:in|during|from|at|only|occasionally|periodically|intermittently)\b/i.test(
      tail,
    )
  )
    return NO;
  // A plan or hope about one's own things, with no word of the recipient, is a personal aim: "I plan to double my mileage".
  if (
    /modal:(?:plan|intend|aim|hope)|'m (?:planning|hoping|aiming)|plan$/.test(head.rule) &&
    /^[a-z]+\s+(?:my|our)\s/i.test(tail) &&
    !/\b(?:you|your|u|y'all)\b/i.test(`${before} ${tail} ${after}`)
  )
    return NO;
  // A quick aside of one's own with no word of the recipient, nothing to hand over and no time
  // ("Let me just download the new app") is not done for the recipient.
  if (!/\b(?:you|your|yours|u|ur|y'all)\b/i.test(`${before} ${tail} ${after}`)) {
    if (
      head.rule === 'let-me' &&
      /^\W*(?:let me|lemme)\s+just\b/i.test(ctx.clause.slice(at)) &&
      !/\b(?:back|over|across|tomorrow|today|tonight|by|before|within|next)\b/i.test(
        `${tail} ${after}`,
      )
    )
      return NO;
  }
  // Checking up on what the recipient does is not an action for them: "I will be checking to make
  // sure you pass the goodies on" (but "I'll make sure you get the invoice" is a delivery).
  if (
    /^(?:be\s+)?(?:check(?:ing)?|mak(?:e|ing) sure|ensur(?:e|ing))\b[^.;]{0,12}?\b(?:make sure|ensure|that)\s+(?:that\s+)?you\s+(?!(?:get|receive|have|are|can|will|got|gets|do not|don't)\b)[a-z]+/i.test(
      tail,
    )
  )
    return NO;
  // Conditions on the recipient make it an offer.
  // A condition after an earlier promise of the sentence is that promise's ("I'll send the POD once it's
  // signed, and I'll ring you Tuesday"); one that leads the sentence holds for all of them.
  const fromSemicolon = before.slice(Math.max(before.lastIndexOf(';'), 0));
  const earlier = /\b(?:I|we)(?:['’]ll|\s+will|\s+shall)\s|\blet me\s/i.exec(fromSemicolon);
  // "With Easter landing when it does I'd rather not rush it, so I'll …": a condition before ", so" is the reason's.
  const lastBefore =
    lead.conj === 'so'
      ? ''
      : earlier && lead.conj !== ''
        ? fromSemicolon.slice(0, earlier.index)
        : fromSemicolon;
  if (
    RECIPIENT_CONDITION.test(lastBefore) &&
    !(SELF_CONDITION.test(lastBefore) && !/\byou\b/i.test(lastBefore))
  ) {
    const cond = RECIPIENT_CONDITION.exec(lastBefore);
    const selfIdx = lastBefore.search(SELF_CONDITION);
    if (!cond || selfIdx < 0 || cond.index > selfIdx) return NO;
  }
  // "will be presenting at the Leeds roadshow": where the writer will be, not an action for the recipient.
  if (
    /^be\s+(?:presenting|speaking|exhibiting|attending|travell?ing)\s+(?:at|in)\s+(?:the|a|an)\b/i.test(
      tail,
    ) &&
    !/\b(?:to|for)\s+(?:you|u|your)\b/i.test(tail)
  )
    return NO;
  // "We'll review progress at next Thursday's check-in": talked over together there.
  if (
    /^(?:review|discuss|go\s+(?:over|through)|talk\s+(?:through|about)|cover|agree|decide|align)\b[^.;]*?\b(?:at|in|during)\s+(?:the|our|next\s+week['’]s|(?:next\s+|this\s+)?[A-Za-z]+day['’]s)\s+(?:check-in|touchpoint|stand-?up|workshop|catch-up|sync|huddle)\b/i.test(
      tail,
    )
  )
    return NO;
  // "Let me introduce Rui Costa": done in this very message.
  if (head.rule === 'let-me' && /^(?:introduce|present)\s+(?!(?:it|them|this|the)\b)/i.test(tail))
    return NO;
  // "Otherwise we'll be looking at February": a guess at timing, not an action.
  if (
    /^be\s+looking\s+at\s+(?:early\s+|mid-?\s*|late\s+|the\s+(?:end|start)\s+of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|next\s+(?:week|month|quarter|year)|Q[1-4])\b/i.test(
      tail,
    )
  )
    return NO;
  // Passing word on inside our side is no action for the recipient: "I'll pass them on to the team" (thanks, kind
  // words), unless an answer comes back ("I'll pass it on to product and get back to you …").
  if (
    /^pass\s+(?:it|them|that|this|these|those|(?:your|the)\s+(?:kind\s+words|thanks|feedback|compliments?|message|note))\s+(?:on|along)\b(?:\s+to\s+(?:the|our|my)\s+[\w\s-]{1,30}?)?\s*[.!]?\s*$/i.test(
      tail,
    ) &&
    !/\b(?:back|let (?:you|u) know|revert|update (?:you|u))\b/i.test(after)
  )
    return NO;
  // A promise taken back in the same breath: "I'll pass them along — actually, scratch that".
  if (
    /^\W*(?:actually,?\s+)?(?:scratch that|never ?mind|on second thought|disregard that|ignore that)\b/i.test(
      after,
    )
  )
    return NO;
  // Only this promise's own rest counts, not a later one's ("…by EOW, and I'll send X once you pick").
  const ownAfter =
    // … nor a thing's own clause after it ("…, and your support channel will be activated once you've signed").
    after.split(
      /(?:,\s*|\s)(?:and|but|plus|so|then)\s+(?:(?:I|i|we|our|my)(?:['’]\w+)?\s|(?:your|the|this|these)\s+[^,.;]{1,40}?\s(?:will|shall)\s)/,
    )[0] ?? after;
  // "send our technician … to recalibrate the scale and replace the load cell if needed": the need is the second
  // step's, judged by us, and the promise before it stands.
  // "… before midnight so it's in your inbox when you wake up": a "when" inside the purpose is the purpose's.
  const ownPart = `${tail} ${ownAfter}`
    .replace(/\s(?:and|&)\s+[a-z]+\b[^.;]*?\bif\s+(?:needed|required|necessary)\b/i, '')
    .replace(/,?\s(?:so(?:\s+that)?|in order that)\s+(?:it|it['’]s|you|u|they|your)\b.*$/i, '')
    // "…, after your stores close": a time told by the recipient's day, not a condition on them.
    .replace(
      /,?\s*(?:after|before|once|when)\s+your\s+(?:[\w-]+\s+){0,2}?(?:close|closes|shut|shuts|finish|finishes|open|opens)\b[^,;.]*/i,
      '',
    );
  // "I'll get the forecast to you by the 22nd instead, if that works for you": a firm promise asks only whether the date suits.
  const dateSuits =
    /^modal:(?:will|'ll|shall)$/.test(head.rule) &&
    /,\s*if\s+(?:that|this|it)(?:\s+(?:works|suits)|['’]s\s+(?:ok|okay|fine|alright))\b[^,;.]*[.!]?\s*$/i.test(
      ownPart,
    );
  if (
    TRAILING_RECIPIENT_CONDITION.test(
      dateSuits ? ownPart.replace(/,\s*if\s[^,;.]*[.!]?\s*$/i, '') : ownPart,
    )
  )
    return NO;
  // "If our security team has any follow-up questions, we'll be in touch": only if something comes up.
  if (
    /^(?:be|get)\s+in\s+touch\b|^reach\s+out\b/i.test(tail) &&
    /\b(?:if|should|in case)\b[^.;]{0,60}\b(?:questions?|issues?|concerns?|problems?|queries|anything)\b/i.test(
      `${lastBefore} ${tail} ${ownAfter}`,
    )
  )
    return NO;
  // "I'll be in touch if anything changes": a word only when something changes, nothing owed now.
  if (
    /^(?:be\s+in\s+touch|get\s+in\s+touch|let\s+(?:you|u)\s+know|inform\s+(?:you|u)|update\s+(?:you|u)|tell\s+(?:you|u)|reach\s+out)\b/i.test(
      tail,
    ) &&
    /\b(?:if|should|in case)\s+(?:anything|something|things|that|this|there(?:'s| is| are))\s+(?:changes?|comes? up|(?:any\s+)?changes?|slips?)\b/i.test(
      `${tail} ${ownAfter}`,
    )
  )
    return NO;
  // "…, subject to the issuance of the site access permit by your HSE department" (in this clause only).
  if (/\bsubject to\b[^.;]{0,80}\b(?:your|you)\b/i.test(tail)) return NO;
  if (
    WAITS_ON_RECIPIENT.test(lastBefore) &&
    !/\b(?:regardless|either way|in any case|anyway)\b/i.test(`${tail} ${after}`)
  )
    return NO;
  // Something done together in a meeting is a joint plan, not a promise.
  const plan = tail.split(/\b(?:to see|so that|so we|when|whether|if|because)\b/i)[0] ?? tail;
  // "We'll pick things up again when we're all back": together, after a break.
  if (
    JOINT_EVENT.test(plan) ||
    /\bwhen we(?:['’]re| are) (?:all|both) back\b|\bwhen we (?:meet|see each other|catch up|speak|talk)\b|\ba\s+joint\s+(?:call|meeting|session|review|visit|inspection|workshop|walk-?through)\b/i.test(
      tail,
    ) ||
    (JOINT_TOGETHER.test(plan) &&
      (/^we$/i.test(head.subject) || /\btogether\s+with\s+(?:you|u)\b/i.test(plan)) &&
      !/^(?:put|pull|piece|get)\b/i.test(plan))
  )
    return NO;
  if (/^(?:and|so|then|&|-|–|—)$/.test(lead.conj) || /(?:\band|[-–—])\s*$/.test(before)) {
    // "Send me the logs - I'll …" waits on the recipient; "Leave it with me - I'll …" takes it on.
    if (
      (IMPERATIVE.test(before) || IMPERATIVE_START.test(before)) &&
      !/^\W*(?:leave (?:it|this|that)(?: one)? with (?:me|us)|(?:please|kindly|pls)\s+(?:note|be (?:informed|advised)))\b/i.test(
        before,
      )
    )
      return NO;
  }
  if (
    /^\s*(?:please\s+)?(?:call|give|ring|email|e-mail)\s+me\b(?!\s+(?:an?|one|two|\d+|a few|a couple of)\s+(?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days|moment|bit)\b)/i.test(
      before,
    ) ||
    /^\s*(?:let me know|please let me know)\b/i.test(before)
  )
    return NO;
  let confidence = head.base;
  if (hedged) confidence -= 0.1;
  if (perhaps) confidence -= 0.1;
  return {
    commitment: true,
    confidence: Math.max(0.3, Math.min(0.99, confidence)),
    at,
    verbAt,
    rule: head.rule,
  };
}

// A noun phrase or a name right before a bare "will": it is that phrase's predicate, unless
// the phrase already has its own verb ("Our engineers are checking, will update you tomorrow").
const FINITE =
  /\b(?:is|are|was|were|am|has|have|had|does|did|[a-z]{3,}ed|(?!(?:during|including|regarding|concerning|following|according|pending|excluding)\b)[a-z]{3,}ing)\b|['’](?:s|re|ve|m|d)\b/i;
const SUBJECT_BEFORE =
  /(?:^|[.;!?]\s*)(?:[Oo]ur|[Mm]y|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Aa]|[Aa]n|[Tt]his|[Tt]hat)\b[^.;!?]*$|,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[A-Z][a-z]+\s*){1,4},?\s*$|(?:^|\W)[A-Z][a-z]+\s*\((?!(?:me|us)\))[^)]*\)\s*$/;
// A named person, then a verb of their own, then "and": the rest of the sentence is theirs.
const NAMED_AND =
  /(?:^\W*|[.;!?]\s+|,\s*(?:but|and|so)\s+|\s[-–—]\s+)(?:(?:[Mm]y|[Oo]ur)\s+(?:colleague|teammate|manager|boss|assistant)\s+|(?:[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ur)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?(?:\s+(?:from|at|in|on|of)\s+(?:our|my|the)\s+[\w&-]+(?:\s+[\w&-]+){0,2}?)?,?\s+(?:is|are|was|has|had|will|can)\b[^.;!?]*?(?:\b(?:and|&)\s*)?$/;

const NAMED_APPOSITION =
  /(?:^|[.;!?]\s*)(?:[Oo]ur|[Mm]y|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+[^,.;!?]{1,40},\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s*$|(?:^|[.;!?]\s*|\b(?:with|to|from|cc|coordinate with)\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+(?:(?:de|van|von|der|den|da|di|du|dos|le|la|bin|al|el|ter)\s+){0,2}[A-Z][a-z]+){0,2}(?:,\s+(?:our|my|the)\s+[^,.;!?]{1,40},\s*$|(?:\s+(?:from|in|of)\s+(?:our|my|the)\s+[^,.;!?]{1,40})?(?:\s*\([^)]{1,30}\))?,?\s+who(?:['’]ll|\s+will|\s+is|\s+has|\s+can)\b[^.;!?]*$)/;

function namedSubjectAnd(before: string): boolean {
  const m = NAMED_AND.exec(before);
  if (!m) return false;
  const t = wordTags(m[1]!);
  return (
    !/^(?:I|We|Our|The|This|That|It|There|Everything|Everyone)$/.test(m[1]!) &&
    !t.has('Determiner') &&
    !t.has('Pronoun') &&
    !t.has('Preposition') &&
    !t.has('Conjunction') &&
    !t.has('Adverb')
  );
}
