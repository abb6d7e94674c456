// Removes what the user did not write in this message: quoted history, forwarded
// blocks and the signature. Works on offsets, never by rewriting text, so every
// detection can point back into the original input.

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
const HEADER_CUT =
  /^\s*(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|_{5,}\s*$|Begin forwarded message:|-{5,}\s*$)/i;
const OUTLOOK_FROM = /^\s*From:\s.{1,200}$/;
const OUTLOOK_NEXT = /^\s*(?:Sent|Date|To|Subject):\s/;
const SIG_DELIM = /^-- ?$|^—\s*$|^--\s*$/;
const SIGN_OFF =
  /^\s*(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thanks again|thank you|thanks so much|thx|cheers|sincerely|yours|yours sincerely|all the best|talk soon|speak soon|br|warmly|best wishes|with thanks|respectfully|take care)\s*[,!.]?\s*$/i;
const MOBILE = /^\s*Sent from my \w+/i;
const PS = /^\s*P\.?\s?S\.?\b/i;

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
    out.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

function isNameLine(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 40 && !/[.!?]$/.test(t) && !/\b(?:I|I'll|we|will)\b/.test(t);
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
      cut = i;
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
          if (ON_WROTE.test(lt) || ON_START.test(lt) || HEADER_CUT.test(lt) || /^\s*>/.test(lt)) break;
          keep[j] = false;
        }
        i = j - 1;
      }
    }
  }
  for (let i = cut; i < ls.length; i++) keep[i] = false;
  // Rebuild from slices: nothing to copy character by character when little or nothing is masked.
  const parts: string[] = [];
  let from = 0;
  ls.forEach((l, idx) => {
    if (keep[idx] || l.end === l.start) return;
    parts.push(text.slice(from, l.start), ' '.repeat(l.end - l.start));
    from = l.end;
  });
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
