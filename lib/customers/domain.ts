/**
 * Domain names as the recognition engine compares them: lower-case ASCII (IDNs in
 * punycode), no trailing dot, and never shorter than the registrable part.
 */
import { toUnicode } from 'punycode/punycode.es6.js';


/**
 * Multi-label public suffixes under which companies register their names. Not the full
 * Public Suffix List (about 10,000 rules and a moving target): this covers the
 * second-level registries that business mail actually comes from. A suffix missing here
 * only means a domain like `acme.com.xx` is cut at `com.xx`, i.e. it would match every
 * customer registered under `com.xx`; add such a suffix here when one turns up.
 * Every single label (a top-level domain such as `com` or `de`) is a public suffix too.
 */
const MULTI_LABEL_SUFFIXES: ReadonlySet<string> = new Set([
  // United Kingdom
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'sch.uk', 'nhs.uk', 'police.uk',
  // Australia, New Zealand
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au',
  'co.nz', 'net.nz', 'org.nz', 'ac.nz', 'govt.nz', 'school.nz',
  // Asia
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp', 'ad.jp', 'ed.jp', 'gr.jp', 'lg.jp',
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn',
  'com.hk', 'net.hk', 'org.hk', 'edu.hk', 'gov.hk',
  'com.tw', 'net.tw', 'org.tw', 'edu.tw', 'gov.tw',
  'co.kr', 'or.kr', 'ne.kr', 'ac.kr', 'go.kr', 're.kr',
  'com.sg', 'net.sg', 'org.sg', 'edu.sg', 'gov.sg',
  'com.my', 'net.my', 'org.my', 'edu.my', 'gov.my',
  'co.in', 'net.in', 'org.in', 'firm.in', 'gen.in', 'ind.in', 'ac.in', 'edu.in', 'gov.in', 'res.in',
  'co.id', 'or.id', 'ac.id', 'go.id', 'web.id', 'my.id',
  'co.th', 'in.th', 'ac.th', 'go.th', 'or.th',
  'com.ph', 'net.ph', 'org.ph', 'com.vn', 'net.vn', 'org.vn', 'com.pk', 'net.pk', 'org.pk',
  'com.bd', 'com.lk', 'com.np',
  // Middle East, Africa
  'co.il', 'org.il', 'ac.il', 'gov.il', 'net.il',
  'com.tr', 'net.tr', 'org.tr', 'gen.tr', 'web.tr', 'av.tr',
  'com.sa', 'net.sa', 'org.sa', 'com.eg', 'com.qa', 'com.kw', 'com.bh', 'com.om', 'co.ae', 'net.ae', 'org.ae',
  'co.za', 'org.za', 'net.za', 'web.za', 'gov.za', 'ac.za',
  'com.ng', 'org.ng', 'co.ke', 'or.ke', 'com.gh', 'co.tz', 'co.ug', 'com.et', 'co.ma',
  // Americas
  'com.br', 'net.br', 'org.br', 'gov.br', 'edu.br', 'art.br', 'eng.br', 'ind.br', 'adv.br',
  'com.mx', 'org.mx', 'net.mx', 'gob.mx', 'edu.mx',
  'com.ar', 'net.ar', 'org.ar', 'gob.ar', 'com.co', 'net.co', 'org.co', 'com.pe', 'org.pe',
  'com.ve', 'com.ec', 'com.uy', 'com.py', 'com.bo', 'co.cr', 'com.gt', 'com.pa', 'com.do', 'com.pr',
  'co.ve', 'cl.cl',
  // Europe
  'co.at', 'or.at', 'ac.at', 'gv.at', 'com.pl', 'net.pl', 'org.pl', 'com.ua', 'net.ua', 'org.ua',
  'com.ru', 'net.ru', 'org.ru', 'com.gr', 'com.cy', 'com.mt', 'com.pt', 'com.es', 'org.es', 'nom.es',
  'co.hu', 'co.rs', 'co.me', 'com.hr', 'com.ro',
  // Generic second-level registries that behave like suffixes
  'us.com', 'uk.com', 'eu.com', 'gb.net', 'co.com',
]);

export function isPublicSuffix(domain: string): boolean {
  return !domain.includes('.') || MULTI_LABEL_SUFFIXES.has(domain);
}

/**
 * Lower-case ASCII form of a domain (punycode for IDNs), without a trailing dot;
 * null when it is not a usable host name. The WHATWG URL parser does IDNA (UTS #46)
 * mapping in browsers and Node alike.
 */
export function toAsciiDomain(raw: string): string | null {
  const trimmed = raw.trim().replace(/\.+$/, '');
  if (trimmed === '' || trimmed.length > 253 || /[\s/\\?#@:%[\]]/.test(trimmed)) return null;
  // Plain ASCII names (nearly all of them) skip the URL parser, which costs microseconds.
  const host = /^[A-Za-z0-9.-]+$/.test(trimmed) ? trimmed.toLowerCase() : idnaToAscii(trimmed);
  if (host === null || !ASCII_HOST.test(host)) return null;
  // A numeric top-level label means an IP address, which never names a company.
  return /\.\d+$/.test(host) ? null : host;
}

const ASCII_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function idnaToAscii(name: string): string | null {
  try {
    return new URL(`http://${name}`).hostname.replace(/\.+$/, '');
  } catch {
    return null;
  }
}

/**
 * The shortest suffix of `domain` that an organisation can own: one label more than its
 * public suffix (`eu.acme.co.uk` → `acme.co.uk`); null when the domain is itself a
 * public suffix (`co.uk`, `com`).
 */
export function registrableDomain(domain: string): string | null {
  // Index arithmetic rather than split/join: this runs for every address classified.
  const last = domain.lastIndexOf('.');
  if (last <= 0) return null;
  const second = domain.lastIndexOf('.', last - 1);
  const lastTwo = second === -1 ? domain : domain.slice(second + 1);
  if (!MULTI_LABEL_SUFFIXES.has(lastTwo)) return lastTwo;
  if (second === -1) return null;
  const third = domain.lastIndexOf('.', second - 1);
  return third === -1 ? domain : domain.slice(third + 1);
}

/**
 * The domain itself, then each parent down to and including its registrable domain:
 * `eu.sales.acme.co.uk` → [eu.sales.acme.co.uk, sales.acme.co.uk, acme.co.uk].
 * Empty for a public suffix, so nothing ever matches by `co.uk` or `com`.
 */
export function domainAndParents(domain: string): string[] {
  const registrable = registrableDomain(domain);
  if (registrable === null) return [];
  const out: string[] = [];
  let current = domain;
  while (current.length > registrable.length) {
    out.push(current);
    current = current.slice(current.indexOf('.') + 1);
  }
  out.push(registrable);
  return out;
}

/** The registrable domain without its public suffix: `acme-corp.co.uk` → `acme-corp`. */
export function organisationLabel(domain: string): string | null {
  const registrable = registrableDomain(domain);
  if (registrable === null) return null;
  return registrable.slice(0, registrable.indexOf('.'));
}

/**
 * A domain as people read it: `xn--mller-kva.de` → `müller.de`. The URL API only converts
 * towards ASCII and node:punycode is deprecated (and not in browsers), so this is the
 * userland `punycode` package (Mathias Bynens'), imported by file so that Node does not
 * pick its deprecated built-in of the same name. A label that does not decode stays as is.
 */
export function toUnicodeDomain(domain: string): string {
  try {
    return toUnicode(domain);
  } catch {
    return domain;
  }
}
