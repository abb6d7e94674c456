/**
 * Email address normalisation: one form per mailbox, whatever the header or the Gmail DOM
 * showed (display names, quoting, case, whitespace, Unicode domains, trailing dots).
 */
import { toAsciiDomain } from './domain';

export interface ParsedAddress {
  /** `local@domain`, lower case, domain in punycode ASCII. */
  email: string;
  /** The display name without quotes or escapes; '' when there was none. */
  displayName: string;
  /** ASCII (punycode) domain, lower case, no trailing dot. */
  domain: string;
}

/** RFC 2047 encoded words (`=?UTF-8?B?...?=`) appear when names come from raw headers. */
function decodeEncodedWords(text: string): string {
  if (!text.includes('=?')) return text;
  return text
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (whole, charset: string, encoding: string, data: string) => {
      try {
        let bytes: Uint8Array;
        if (encoding.toUpperCase() === 'B') {
          const binary = atob(data);
          bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
        } else {
          const text = data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
            String.fromCharCode(parseInt(hex, 16)),
          );
          bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
        }
        return new TextDecoder(charset.split('*')[0]!.toLowerCase()).decode(bytes);
      } catch {
        return whole;
      }
    });
}

function unquoteDisplayName(raw: string): string {
  let name = raw.trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) {
    name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  } else if (name.length >= 2 && name.startsWith("'") && name.endsWith("'")) {
    name = name.slice(1, -1);
  } else {
    name = name.replace(/"/g, '');
  }
  return decodeEncodedWords(name).replace(/\s+/g, ' ').trim();
}

/** Removes `(comments)` outside quotes, returning the stripped text and the comments. */
function splitComments(text: string): { rest: string; comments: string[] } {
  let rest = '';
  const comments: string[] = [];
  let depth = 0;
  let current = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      if (depth > 0) current += text[++i];
      else rest += ch + text[++i];
      continue;
    }
    if (depth === 0 && ch === '"') inQuotes = !inQuotes;
    if (!inQuotes && ch === '(') {
      if (depth > 0) current += ch;
      depth++;
      continue;
    }
    if (!inQuotes && ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        comments.push(current.trim());
        current = '';
      } else current += ch;
      continue;
    }
    if (depth > 0) current += ch;
    else rest += ch;
  }
  return { rest, comments };
}

function normaliseEmail(rawEmail: string): { email: string; domain: string } | null {
  const cleaned = rawEmail.trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').trim();
  const at = cleaned.lastIndexOf('@');
  if (at <= 0 || at === cleaned.length - 1) return null;
  let local = cleaned.slice(0, at);
  // A quoted local part ("dana reyes"@acme.com) is legal but never needs its quotes to compare.
  if (local.length >= 2 && local.startsWith('"') && local.endsWith('"')) local = local.slice(1, -1);
  local = local.toLowerCase();
  if (local === '' || /[\s<>(),;:@"\\[\]]/.test(local) || local.length > 64) return null;
  const domain = toAsciiDomain(cleaned.slice(at + 1));
  if (domain === null) return null;
  return { email: `${local}@${domain}`, domain };
}

/**
 * Parses one address as it appears in a header or the Gmail UI:
 * `"Reyes, Dana" <Dana.Reyes@ACME.com>`, `<x@y.com>`, `dana@acme.com (Dana Reyes)`,
 * `mailto:dana@acme.com`, ` DANA@müller.de. `. Null when there is no valid address.
 */
const PLAIN_ADDRESS = /^[A-Za-z0-9._%+'-]{1,64}@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/;

export function parseAddress(raw: string): ParsedAddress | null {
  const input = raw.trim();
  if (input === '') return null;
  // Most addresses are bare ASCII: one regex and the domain check, nothing else.
  const plain = PLAIN_ADDRESS.exec(input);
  if (plain !== null) {
    const domain = toAsciiDomain(plain[1]!);
    return domain === null ? null : { email: input.toLowerCase(), displayName: '', domain };
  }
  const close = input.lastIndexOf('>');
  const open = close === -1 ? -1 : input.lastIndexOf('<', close);
  if (open !== -1) {
    const parsed = normaliseEmail(input.slice(open + 1, close));
    if (parsed === null) return null;
    let displayName = unquoteDisplayName(input.slice(0, open));
    // Some clients repeat the address as the name; that is no name at all.
    if (displayName.toLowerCase() === parsed.email) displayName = '';
    return { ...parsed, displayName };
  }
  const { rest, comments } = input.includes('(') ? splitComments(input) : { rest: input, comments: [] };
  const parsed = normaliseEmail(rest);
  if (parsed === null) return null;
  const displayName = comments.length > 0 ? unquoteDisplayName(comments.join(' ')) : '';
  return { ...parsed, displayName };
}

/**
 * Splits a header value such as `"Reyes, Dana" <dana@acme.com>, ops@acme.com` at the
 * commas (and semicolons) that separate addresses, not those inside quotes, angle
 * brackets or comments; groups (`Team: a@x.com, b@x.com;`) are flattened. Entries that
 * are not addresses are dropped.
 */
export function parseAddressList(raw: string): ParsedAddress[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  let angle = 0;
  let paren = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '\\' && i + 1 < raw.length) {
      current += ch + raw[++i];
      continue;
    }
    if (ch === '"' && paren === 0) inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (ch === '(') paren++;
      else if (ch === ')' && paren > 0) paren--;
      else if (paren === 0 && ch === '<') angle++;
      else if (paren === 0 && ch === '>' && angle > 0) angle--;
      else if (paren === 0 && angle === 0 && (ch === ',' || ch === ';')) {
        parts.push(current);
        current = '';
        continue;
      } else if (paren === 0 && angle === 0 && ch === ':' && !current.includes('@')) {
        // A group name ("undisclosed-recipients:"): what follows are its members.
        current = '';
        continue;
      }
    }
    current += ch;
  }
  parts.push(current);
  const out: ParsedAddress[] = [];
  for (const part of parts) {
    const parsed = parseAddress(part);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

const GMAIL_DOMAINS: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com']);

/**
 * The mailbox an address is delivered to, for matching only (stored contacts keep the
 * address as entered). Decision: a `+tag` is dropped for every domain, because Gmail,
 * Google Workspace, Microsoft 365, Fastmail and most company servers deliver
 * `dana+crm@acme.com` to `dana@acme.com`; the rare server that treats `+` as an ordinary
 * character would at worst let `dana+x` match contact `dana`, at the same company.
 * Gmail also ignores dots in the local part and treats googlemail.com as gmail.com.
 */
export function canonicalMailbox(email: string): string {
  const at = email.lastIndexOf('@');
  let domain = email.slice(at + 1);
  const plus = email.indexOf('+');
  if ((plus === -1 || plus > at) && !GMAIL_DOMAINS.has(domain)) return email;
  let local = email.slice(0, at);
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** Phrases that make a whole local part a machine's, separators optional (no-reply, no_reply). */
const MACHINE_PHRASES = [
  'no-reply', 'do-not-reply', 'dont-reply', 'mailer-daemon', 'postmaster', 'auto-reply', 'auto-responder',
  'auto-confirm', 'auto-notify', 'notifications', 'notification', 'bounces', 'bounce',
].map((p) => p.split('-').join('[._-]?'));
/** Words that mark a machine wherever they stand between separators (calendar-notification). */
const MACHINE_WORDS = [
  'noreply', 'donotreply', 'mailerdaemon', 'postmaster', 'notifications?', 'notify', 'bounces?', 'daemon',
  'autoreply', 'newsletters?', 'mailer',
];
/**
 * One compiled pattern, because this runs for every address classified: a phrase at the
 * start or the end (before a +tag), "noreply" anywhere (drive-shares-dm-noreply), or a
 * machine word as a separate token.
 */
const AUTOMATED_LOCAL = new RegExp(
  `^(?:${MACHINE_PHRASES.join('|')})|(?:${MACHINE_PHRASES.join('|')})(?:\\+|$)|no[._-]?reply|do[._-]?not[._-]?reply|` +
    `(?:^|[._+-])(?:${MACHINE_WORDS.join('|')})(?=$|[._+-])`,
  'i',
);
const AUTOMATED_DOMAIN = /^(?:bounces?|bnc)\.[^.]+\.[^.]+/i;

export type MessageHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

function headerValue(headers: MessageHeaders, name: string): string | undefined {
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) {
      const value = headers[key];
      return Array.isArray(value) ? value.join(', ') : (value as string | undefined);
    }
  }
  return undefined;
}

/**
 * True for mail no person is waiting on: machine mailboxes (noreply, mailer-daemon,
 * notifications, bounce addresses) and, when the headers are known, list and bulk mail
 * (`List-Id`, `List-Unsubscribe`, `Precedence: bulk|list|junk`, RFC 3834 `Auto-Submitted`).
 */
export function isAutomatedSender(email: string, headers?: MessageHeaders): boolean {
  if (headers !== undefined) {
    if (headerValue(headers, 'list-id') || headerValue(headers, 'list-unsubscribe')) return true;
    const precedence = headerValue(headers, 'precedence')?.trim().toLowerCase();
    if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk') return true;
    const autoSubmitted = headerValue(headers, 'auto-submitted')?.trim().toLowerCase();
    if (autoSubmitted !== undefined && autoSubmitted !== '' && autoSubmitted !== 'no') return true;
  }
  const at = email.lastIndexOf('@');
  const local = at === -1 ? email : email.slice(0, at);
  return AUTOMATED_LOCAL.test(local) || (at !== -1 && AUTOMATED_DOMAIN.test(email.slice(at + 1)));
}
