// Sentence and clause segmentation with offsets into the (masked) message text.
import { ZONE_ABBREV as READ_ZONES } from './zones';

export interface Span {
  start: number;
  end: number;
}

const MONTH_ABBREV = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;
const ABBREV =
  /\b(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|etc|e\.g|i\.e|inc|incl|excl|ref|ltd|co|corp|approx|no|nos|pcs|pc|qty|pkgs|ctns|a\.m|p\.m|u\.s|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

const LOWER_OPENER =
  /^(?:i|ill|i'll|i’ll|im|i'm|we|we'll|will|wil|also|plus|then|btw|fwiw|fyi|lmk|pls|plz|sry|thx|ty|lemme|cn|ps|anyway|anyways|ok|okay|sure|yep|np)\s/;
const EMOJI_RUN = /^(?:\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})*\u{200D}?)+/u;
const LIST_NUMBER = /^[ \t]*(?:\(?\d{1,2}|\(?[a-hA-H]|[ivx]{1,4})$/;
// The characters the scan below stops at: line breaks, sentence punctuation, and the start of an emoji.
const STOP = /[\n.!?…\u2600-\u27bf\ud800-\udbff]/g;

// What /\s/ matches, by code: a masked quote is thousands of spaces, and a regex call per character showed in profiles.
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Splits on sentence punctuation followed by a capital, digit or quote, and on
 * line breaks, except when a line is visibly wrapped mid-sentence (no final
 * punctuation, next line starting in lower case).
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const span = trimSpan(text, start, end);
    if (span) out.push(span);
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Straight to the next character that can end a sentence: most of a message (and all of a masked quote) is not one.
    STOP.lastIndex = i;
    if (!STOP.test(text)) break;
    i = STOP.lastIndex - 1;
    const c = text[i]!;
    if (c === '\n') {
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      const prev = text.slice(Math.max(start, i - 2), i).trimEnd();
      const blank = j < n && text[j] === '\n';
      const wrapped =
        !blank &&
        j < n &&
        /[a-z]/.test(text[j]!) &&
        prev.length > 0 &&
        !/[.!?:;,]$/.test(prev) &&
        !/^(?:[a-h]|[ivx]{1,4})[.)]\s/.test(text.slice(j, j + 6));
      if (!wrapped) push(i);
      continue;
    }
    // An emoji ends a sentence in mobile replies: "the build still isn't green 😩 you'll have it nxt fri".
    const code = c.charCodeAt(0);
    if ((code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf)) {
      const emoji = EMOJI_RUN.exec(text.slice(i, i + 24));
      if (
        emoji &&
        /^[ \t]+[A-Za-z]/.test(text.slice(i + emoji[0].length, i + emoji[0].length + 3))
      ) {
        push(i + emoji[0].length);
        i += emoji[0].length - 1;
        continue;
      }
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (
        j < n &&
        (text[j] === '.' ||
          text[j] === '!' ||
          text[j] === '?' ||
          text[j] === ')' ||
          text[j] === '"' ||
          text[j] === '”')
      )
        j++;
      // "Good idea.I'll send …": a missing space after a full stop, before a promise's own subject.
      const unspaced =
        c === '.' &&
        j === i + 1 &&
        /[a-z]/.test(text[i - 1] ?? '') &&
        /^(?:I['’](?:ll|m|d|ve)\b|I\s|We\s|We['’]ll\b|Will\s)/.test(text.slice(j, j + 6));
      if (unspaced) {
        push(j);
        i = j - 1;
        continue;
      }
      if (j < n && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\n') continue;
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
      // "?" and "!" end a sentence before a lower-case word too (mobile replies: "u ok? ill call u later").
      // A full stop before a lower-case clause opener also ends one (mobile replies: "I'll sort it. wil send …").
      // After a full stop, a lower-case word starts a sentence too when the words before it make one of their own
      // (mobile replies: "… w/ the 3yr pricing. lmk if legal needs anything"); "approx. two" and "e.g. the" stay.
      const lowerStart =
        c === '.' &&
        /[a-z]/.test(text[k] ?? '') &&
        (LOWER_OPENER.test(text.slice(k, k + 12)) ||
          (/\s\w+\s+\w+\s+[a-z]{2,}$/.test(text.slice(Math.max(start, i - 40), i)) &&
            !ABBREV.test(text.slice(Math.max(start, i - 6), i + 1))));
      if (
        k < n &&
        text[k] !== '\n' &&
        !/[A-Z0-9"“'‘(•▪◦‣●*–—-]/.test(text[k]!) &&
        !((c === '?' || c === '!') && /[a-z]/.test(text[k]!)) &&
        !lowerStart
      )
        continue;
      // A month's abbreviation before a capital ends the sentence after a date: "on 1st Jan. Will revert …".
      if (
        c === '.' &&
        ABBREV.test(text.slice(Math.max(start, i - 6), i + 1)) &&
        !(
          MONTH_ABBREV.test(text.slice(Math.max(start, i - 6), i + 1)) &&
          /(?:\d(?:st|nd|rd|th)?|\b(?:end|mid|early|late|of|in|by|till|until))\s+\w+\.$/i.test(
            text.slice(Math.max(start, i - 12), i + 1),
          ) &&
          /[A-Z]/.test(text[k] ?? '')
        )
      )
        continue;
      // A list number at the start of its line ("1. Share the docs") is not the end of a sentence.
      if (
        c === '.' &&
        LIST_NUMBER.test(text.slice(Math.max(start, text.lastIndexOf('\n', i) + 1), i))
      )
        continue;
      push(j);
      i = j - 1;
    }
  }
  push(n);
  return out;
}

// Clause boundaries: strong punctuation, dashes, brackets (not a time zone's: "by 6pm on Monday (PT)", "5pm your
// time (Chicago)"), and a comma or coordinator that introduces a new subject. Each alternative is bounded and
// does not nest quantifiers, so the scan stays linear.
// The zones people put in brackets after a time: those the detector reads, and a few it only keeps in their clause.
const ZONE_ABBREV = `(?:${READ_ZONES}|MT|AK[SD]?T|H[SD]?T|WIB|ICT)`;
const BOUNDARY = new RegExp(
  String.raw`;|:\s|\s[-–—]{1,2}\s|[-–—]{2}|\.{3}|…|(?<!\b(?:your|ur|their|local)\s+time\s)\((?!${ZONE_ABBREV}\)|[A-Z0-9][A-Za-z0-9][\w–-]{0,5}\))|(?<!\(${ZONE_ABBREV}|\([A-Z0-9][A-Za-z0-9][\w–-]{0,5}|\b(?:your|ur|their|local)\s+time\s+\([^()\n]{1,30})\)|,\s*(?=(?:but|and|so|hence|therefore|thus|then|or|which|who|because|although|though|while|whereas|however|otherwise)\b)|\s(?=(?:but|and then|and|so|or|then|although|though|plus|also|&|n)\s+(?:I|i|we|I'll|i'll|I’ll|i’ll|ill|we'll|we’ll|I'm|i'm|we're|I've|will|wil|let me|lemme|you|you'll|he|she|they|our|my)\b)|\s(?=(?:and|but|plus|while)\s+(?:the|your|a|an|this|these|those|its|their)\s(?:[^,;.]|[,.](?=\d)){0,50}?\s(?:will|shall|should)\s)|,\s*(?=(?:I|we|you|he|she|they|I'll|we'll|I'm|we're|I'd|we'd|you'll|let me|will|our|my|it|this|that|the)\b|(?:ill|i'll)\s+[a-z]{2,})|,\s*(?=[a-z]+\s+(?:is|are|was|were)\s)|,\s*(?=[a-z]+\s+[a-z]+\s+will\s+be\s+[a-z]+ed\b)|,\s*(?=(?:kindly|please|pls)\s+(?:note|be advised|be informed)\b)|,\s*(?=with\s+(?:the\s+)?[\w\s-]{1,40}?\s+to follow\b)|\s(?=and (?:then )?if\s)|\s(?=(?:and|but)\s+(?:on\s+[A-Za-z]+|tomorrow|today|tonight|later|next\s+[A-Za-z]+|by\s+[A-Za-z]+)\s+(?:I|we|I'll|we'll|I’ll|we’ll)\s)`,
  'g',
);

export function splitClauses(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let last = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m !== null; m = BOUNDARY.exec(s)) {
    const cut = m.index;
    const span = trimSpan(text, sentence.start + last, sentence.start + cut);
    if (span) out.push(span);
    last = cut + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  const tail = trimSpan(text, sentence.start + last, sentence.end);
  if (tail) out.push(tail);
  return out;
}
