// Removes what the user did not write in this message: quoted history, forwarded
// blocks and the signature. Works on offsets, never by rewriting text, so every
// detection can point back into the original input.

import { wordTags } from './pos';

export interface HtmlText {
  /** Visible text of the HTML with quoted/signature elements left out. */
  text: string;
  /** map[i] is the offset in the HTML of text[i]. */
  map: Int32Array;
}

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'source']);
const BLOCK = new Set([
  'div', 'p', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'hr', 'pre', 'section',
]);
const DROP_TAGS = new Set(['blockquote', 'style', 'script', 'head', 'title']);
const DROP_CLASS = /\bgmail_(?:quote|signature|attr|extra)\b|\bgmail_quote_container\b/;

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', '#39': "'", '#x27': "'", '#8217': '’', '#160': ' ',
};

const TAG = /^<(\/?)([a-zA-Z][\w:-]*)([^>]*)>$/;
const MAX_TAG = 4096;
const ENTITY = /&(#?[a-zA-Z0-9]{1,8});/y;

/**
 * Gmail compose HTML to visible text. A tolerant single pass: no DOM needed, so
 * it runs in Node and in the content script alike; broken markup degrades to text.
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const map: number[] = [];
  let skipTag: string | null = null;
  let skipDepth = 0;
  const emit = (s: string, at: number): void => {
    if (skipTag !== null) return;
    for (const ch of s) {
      out.push(ch);
      map.push(at);
    }
  };
  let i = 0;
  let nextGt = -1;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      // Bound the tag scan by the next '>' (cached) so unclosed '<' runs stay linear.
      if (nextGt < i) nextGt = html.indexOf('>', i);
      if (nextGt < 0) nextGt = html.length + 1;
      TAG.lastIndex = 0;
      const m = nextGt <= html.length && nextGt - i <= MAX_TAG ? TAG.exec(html.slice(i, nextGt + 1)) : null;
      if (m) {
        const closing = m[1] === '/';
        const name = m[2]!.toLowerCase();
        const attrs = m[3] ?? '';
        const selfClosing = VOID.has(name) || attrs.endsWith('/');
        if (skipTag !== null) {
          if (name === skipTag && !selfClosing) skipDepth += closing ? -1 : 1;
          if (skipDepth === 0) skipTag = null;
        } else if (!closing && !selfClosing && (DROP_TAGS.has(name) || DROP_CLASS.test(attrs))) {
          emit('\n', i);
          skipTag = name;
          skipDepth = 1;
        } else if (BLOCK.has(name)) {
          emit('\n', i);
        }
        i += m[0].length;
        continue;
      }
    } else if (c === 38 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (m) {
        const key = m[1]!.toLowerCase();
        let ch = ENTITIES[key];
        if (ch === undefined && key.startsWith('#')) {
          const code = key[1] === 'x' ? parseInt(key.slice(2), 16) : parseInt(key.slice(1), 10);
          ch = Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
        }
        emit(ch ?? m[0], i);
        i += m[0].length;
        continue;
      }
    }
    if (skipTag === null) {
      out.push(html[i]!);
      map.push(i);
    }
    i++;
  }
  return { text: out.join(''), map: Int32Array.from(map) };
}

const ON_WROTE = /^\s*On\b.{0,300}\bwrote:\s*$/;
// Gmail's quote header in the writer's interface language ("Am … schrieb Jane:", "Le … a écrit :").
const WROTE_OTHER = /^.{0,300}\b(?:schrieb|a écrit|escribió|ha scritto|skrev|schreef|napisał\(a\)|napisał|escreveu|kirjoitti|írta|napsal\(a\)|yazdı|написал\(а\)|написал)(?:\s[^\n]{0,200})?\s*:\s*$/;
const ON_START = /^\s*On\s.{0,200}$/;
const WROTE_END = /^.{0,200}\bwrote:\s*$/;
// Mail clients' separators and header fields, also in the writer's interface language (Spanish, Portuguese, French,
// German, Italian, Dutch): "-------- Mensaje original --------" then "De:", "Fecha:", "Para:", "Asunto:".
const HEADER_CUT =
  /^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|Mensaje original|Mensaje reenviado|Mensagem original|Mensagem encaminhada|Message d['’]origine|Message transféré|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Messaggio originale|Messaggio inoltrato|Oorspronkelijk bericht|Doorgestuurd bericht)\s*-{2,}|_{5,}\s*$|Begin forwarded message:|-{5,}\s*$)/i;
const OUTLOOK_FROM = /^\s*(?:From|De|Von|Da|Van|Od):\s.{1,200}$/;
// The fields that may follow "From:" straight away; Cc, Bcc and Italian "A:" only further down.
const NEXT_FIELDS = 'Sent|Date|To|Subject|Enviado|Fecha|Para|Asunto|Data|Assunto|Envoyé|À|Objet|Gesendet|Datum|An|Betreff|Inviato|Oggetto|Verzonden|Aan|Onderwerp';
const OUTLOOK_FIELD = new RegExp(`^\\s*(?:${NEXT_FIELDS}|Cc|Bcc|A):\\s`);
const OUTLOOK_NEXT = new RegExp(`^\\s*(?:${NEXT_FIELDS}):\\s`);
const SIG_DELIM = /^-- ?$|^—\s*$|^--\s*$/;
const SIGN_OFF =
  /^\s*(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thanks again|thank you|thanks so much|thx|cheers|sincerely|yours|yours sincerely|all the best|talk soon|speak soon|br|warmly|best wishes|with thanks|respectfully|take care)\s*[,!.]?\s*$/i;
const MOBILE = /^\s*Sent from my \w+/i;
const PS = /^\s*P\.?\s?S\.?\b/i;

/** Someone else's message starts at this line (`next` is the line after it). */
function startsQuote(line: string, next: string): boolean {
  return ON_WROTE.test(line) || ON_START.test(line) || HEADER_CUT.test(line) || /^\s*>/.test(line) || (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test(next));
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/**
 * A line that can be the name under a sign-off: short, and no sentence in it ("Thanks\nWill send
 * tmrw" is a reply, not a signature). A lower-case nickname ("kev") is still a name.
 */
function isNameLine(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 40 || /[.!?]$/.test(t) || /\b(?:I|I'll|ill|we|will|wil|gonna|shall|can|it|u|you)\b/i.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 4 && !words.some((w) => /^[a-z]/.test(w) && words.length > 1 && wordTags(w).has('Verb'));
}

/**
 * Where the writer's own text resumes after a quote header whose quote is all ">" lines,
 * or -1 when the quote runs to the end (the usual reply above the quote).
 */
function bottomPostAfter(ls: Line[], from: number): number {
  let j = from;
  while (j < ls.length && ls[j]!.text.trim() === '') j++;
  if (j >= ls.length || !/^\s*>/.test(ls[j]!.text)) return -1;
  while (j < ls.length && (/^\s*>/.test(ls[j]!.text) || ls[j]!.text.trim() === '')) j++;
  return j < ls.length ? j : -1;
}

// A name alone on its line: "Ana", "Sam Lee", "J. Ortega-Ruiz".
const NAME_ONLY = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*$/u;
// The line under the name in a signature: a company, a title or a contact line, not a sentence.
const SIG_SECOND = /^\s*[A-Z0-9+(][^.!?]{0,60}$/;

/**
 * A signature without a sign-off or "--": the last paragraph of the writer's text starts with
 * a name alone on its line, and a company, title or contact line follows it ("Ana\nKauri
 * Building Supplies\nTrade desk open 7am–5pm. We'll call you back within 2 hours.").
 */
function maskBareSignature(ls: Line[], keep: boolean[]): void {
  let end = keep.lastIndexOf(true);
  while (end >= 0 && ls[end]!.text.trim() === '') end--;
  let start = end;
  while (start > 0 && keep[start - 1] && ls[start - 1]!.text.trim() !== '') start--;
  if (start <= 0 || end - start < 1 || end - start > 6) return;
  const name = ls[start]!.text;
  if (!NAME_ONLY.test(name) || SIGN_OFF.test(name) || !SIG_SECOND.test(ls[start + 1]!.text) || /\b(?:I|we|will)\b|['’]ll\b/i.test(ls[start + 1]!.text)) return;
  for (let i = start; i <= end && !PS.test(ls[i]!.text); i++) keep[i] = false;
}

/**
 * Answers typed into the quoted message, marked as the writer's: "Kelvin: Yes, it ships Friday"
 * under the writer's own name, ">> We'll email the certs today" when the writer says the
 * answers start with ">>", or "[I'll send it over Thurs AM.]" when they say the answers are in brackets.
 */
function keepMarkedAnswers(text: string, ls: Line[], keep: boolean[], cut: number): Set<number> {
  const brackets = new Set<number>();
  if (cut >= ls.length) return brackets;
  const authored = text.slice(0, ls[cut]!.start);
  const chevrons = />>/.test(authored);
  // "Answers inline below in [brackets]": whole bracketed lines in the quote are the writer's (read only when there is one).
  let bracketed: boolean | undefined;
  // Read only when a line starts with a name and a colon: most quotes have none.
  let names: Set<string> | undefined;
  for (let i = cut + 1; i < ls.length; i++) {
    const t = ls[i]!.text;
    const named = /^\s*([A-Z][a-z]+):\s+\S/.exec(t);
    if (/^\s*(?:>\s*)?\[[^\]\n]{3,}\]\s*$/.test(t) && (bracketed ??= /\[brackets\]|\bin brackets\b|\binline\b|\bin-line\b|\banswers? (?:below|in)\b/i.test(authored))) {
      keep[i] = true;
      brackets.add(i);
    } else if ((chevrons && /^\s*>>\s*[A-Za-z]/.test(t)) || (named && (names ??= senderNames(authored)).has(named[1]!.toLowerCase()))) keep[i] = true;
  }
  return brackets;
}

/** "> [I'll send it Thursday.]" as the answer alone: quote mark and brackets blanked, offsets kept. */
const unbracketed = (line: string): string =>
  line.replace(/^(\s*)(>?\s*)\[/, (_m, sp: string, q: string) => `${sp}${' '.repeat(q.length)} `).replace(/\](\s*)$/, ' $1');

/**
 * The same text with everything the user did not author in this message replaced
 * by spaces (newlines kept). Offsets therefore stay identical to the input.
 */
export function maskNonAuthored(text: string): string {
  const ls = lines(text);
  const keep = new Array<boolean>(ls.length).fill(true);
  let cut = ls.length;
  for (let i = 0; i < ls.length && i < cut; i++) {
    const t = ls[i]!.text;
    const next = ls[i + 1]?.text ?? '';
    if (ON_WROTE.test(t) || WROTE_OTHER.test(t) || (ON_START.test(t) && !/[.!?]\s*$/.test(t) && WROTE_END.test(next) && !/^\s*On\b/.test(next))) {
      const after = bottomPostAfter(ls, ON_WROTE.test(t) || WROTE_OTHER.test(t) ? i + 1 : i + 2);
      if (after < 0) cut = i;
      else {
        // A reply written under the quote ("> Can you get me the quote?" then "Yes - I'll send it Monday"):
        // only the header and the ">" lines are someone else's.
        for (let j = i; j < after; j++) keep[j] = false;
        i = after - 1;
      }
    } else if (HEADER_CUT.test(t) || (OUTLOOK_FROM.test(t) && OUTLOOK_NEXT.test(next))) {
      // Replies written between the ">" lines under an Outlook header are the user's; the rest is history.
      let j = i + 1;
      while (j < ls.length && (OUTLOOK_FIELD.test(ls[j]!.text) || OUTLOOK_FROM.test(ls[j]!.text))) j++;
      const after = bottomPostAfter(ls, j);
      if (after < 0) cut = i;
      else {
        for (let k = i; k < after; k++) keep[k] = false;
        i = after - 1;
      }
    } else if (SIG_DELIM.test(t)) {
      cut = i;
    } else if (/^\s*>/.test(t) || MOBILE.test(t)) {
      keep[i] = false;
    } else if (SIGN_OFF.test(t)) {
      // A sign-off followed by a short name line starts the signature; P.S. lines after it are the user's again.
      let j = i + 1;
      while (j < ls.length && ls[j]!.text.trim() === '') j++;
      if (j >= ls.length || isNameLine(ls[j]!.text)) {
        keep[i] = false;
        for (j = i + 1; j < ls.length && !PS.test(ls[j]!.text); j++) {
          const lt = ls[j]!.text;
          if (startsQuote(lt, ls[j + 1]?.text ?? '')) break;
          keep[j] = false;
        }
        i = j - 1;
      }
    }
  }
  for (let i = cut; i < ls.length; i++) keep[i] = false;
  const bracketed = keepMarkedAnswers(text, ls, keep, cut);
  maskBareSignature(ls, keep);
  // Rebuild from slices: nothing to copy character by character when little or nothing is masked.
  const parts: string[] = [];
  let from = 0;
  ls.forEach((l, idx) => {
    if (bracketed.has(idx)) {
      parts.push(text.slice(from, l.start), unbracketed(l.text));
      from = l.end;
      return;
    }
    if (keep[idx] || l.end === l.start) return;
    parts.push(text.slice(from, l.start), ' '.repeat(l.end - l.start));
    from = l.end;
  });
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

export interface QuotedMessage {
  /** The header line(s) that introduce it ("On Mon, Mar 2, 2026 at 4:47 PM Dana … wrote:", or Outlook's "Sent:"). */
  header: string;
  /** Its own text, one ">" level removed, without the older messages quoted inside it. */
  body: string;
  /** Its writer's address, when the header names one. */
  address: string | null;
}

const unquote = (line: string): string => line.replace(/^\s*>\s?/, '');

/** The message this one replies to: the first quote under the writer's text, or null when there is none. */
export function firstQuotedMessage(text: string): QuotedMessage | null {
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) {
    // Apple Mail quotes its own header: "> On Oct 14, 2026, at 2:58 PM, Brent … wrote:".
    const t = unquote(ls[i]!.text);
    const next = ls[i + 1]?.text ?? '';
    let header: string;
    let from: number;
    if (ON_WROTE.test(t) || WROTE_OTHER.test(t)) [header, from] = [t, i + 1];
    else if (ON_START.test(t) && !/[.!?]\s*$/.test(t) && WROTE_END.test(next)) [header, from] = [`${t} ${next}`, i + 2];
    else if (OUTLOOK_FROM.test(t) && OUTLOOK_NEXT.test(next)) {
      from = i + 1;
      while (from < ls.length && (OUTLOOK_FIELD.test(ls[from]!.text) || OUTLOOK_FROM.test(ls[from]!.text))) from++;
      header = ls.slice(i, from).map((l) => l.text).find((l) => /^\s*(?:Sent|Date):/.test(l)) ?? t;
    } else continue;
    const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(`${t} ${next}`)?.[0] ?? null;
    const body: string[] = [];
    for (let j = from; j < ls.length; j++) {
      const line = unquote(ls[j]!.text);
      // An older message quoted inside this one ends it.
      if (/^\s*>/.test(line) || ON_WROTE.test(line) || WROTE_OTHER.test(line) || HEADER_CUT.test(line) || (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test(unquote(ls[j + 1]?.text ?? '')))) break;
      body.push(line);
    }
    return { header, body: body.join('\n'), address };
  }
  return null;
}

// Lines of a signature that are not the name or the company: titles, contact details, slogans.
const SIG_TITLE = /\b(?:manager|director|executive|lead|head|officer|specialist|representative|rep|consultant|engineer|coordinator|associate|vp|vice president|president|ceo|cfo|coo|cto|founder|partner|analyst|sales|account|accounts|success|support|team|department|desk)\b/i;
const SIG_CONTACT = /@|https?:|www\.|\d{3}|\+\d/;
const LEGAL_FORM = /^(?:ltd|inc|llc|llp|gmbh|ag|pvt|pty|co|corp|limited|plc|sa|srl|bv|the|and|of)$/i;
// A closing line other than the listed sign-offs: "Have a good weekend,", "Un saludo,", "Ngā mihi,".
const CLOSING = /^[^.!?:]{2,30}[,!]\s*$/;
const GREETING = /^\s*(?:hi|hello|hey|hiya|dear|morning|good morning|afternoon|evening|hallo|hola|g'day)\b/i;

/**
 * Words that name the sender in the signature: the name under the closing (or a bare name
 * that starts the last paragraph) and the company lines after it ("Regards,\nAnkit Sharma\n
 * Vantage Cloud Pvt. Ltd." gives ankit, sharma, vantage, cloud). An action item tagged with
 * them ("Vantage (Ankit) – share the rate card", "Kora to refund the fee") is ours.
 */
export function senderNames(text: string): Set<string> {
  const ls = lines(text);
  const names = new Set<string>();
  let end = ls.findIndex((l, k) => k > 0 && (startsQuote(l.text, ls[k + 1]?.text ?? '') || SIG_DELIM.test(l.text)));
  if (end < 0) end = ls.length;
  for (let i = end - 1; i > 0 && i >= end - 12; i--) {
    const t = ls[i]!.text.trim();
    const prev = ls[i - 1]!.text.trim();
    if (!NAME_ONLY.test(t) || SIGN_OFF.test(t) || GREETING.test(t)) continue;
    const closed = SIGN_OFF.test(prev) || (CLOSING.test(prev) && !GREETING.test(prev));
    if (!closed && prev !== '') continue;
    const block = [t];
    for (let j = i + 1; j < end && block.length < 6 && ls[j]!.text.trim() !== ''; j++) block.push(ls[j]!.text.trim());
    // "Sophie\n--\nSophie Mackenzie\nBusiness Development Manager | Kestrel Freight": the block under the "--" too.
    if (end < ls.length && SIG_DELIM.test(ls[end]!.text)) {
      for (let j = end + 1, n = 0; j < ls.length && n < 6 && ls[j]!.text.trim() !== '' && !startsQuote(ls[j]!.text, ls[j + 1]?.text ?? ''); j++, n++) block.push(ls[j]!.text.trim());
    }
    // "Best,\nKevin\n\nKevin Osei | Senior Account Manager | Brightline HR": the full signature a blank line under the name.
    const below = i + 2;
    if (block.length === 1 && below < end && ls[i + 1]!.text.trim() === '' && ls[below]!.text.trim().startsWith(`${t} `)) {
      for (let j = below; j < end && block.length < 6 && ls[j]!.text.trim() !== ''; j++) block.push(ls[j]!.text.trim());
    }
    // A bare name needs a signature line under it, or a closing above it, to be a signature.
    if (!closed && block.length < 2) continue;
    for (const part of block.flatMap((l) => l.split(/\s*[|·•,]\s*/))) {
      if (SIG_CONTACT.test(part) || SIG_TITLE.test(part)) continue;
      for (const w of part.split(/[^\p{L}'’-]+/u)) if (/^\p{Lu}/u.test(w) && w.length >= 3 && !LEGAL_FORM.test(w)) names.add(w.toLowerCase());
    }
    return names;
  }
  return names;
}
