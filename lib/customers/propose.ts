/**
 * "Add as customer": from an unknown external address, a prefilled customer the user
 * only has to confirm. Pure: the sidebar shows it, the lead's code writes it.
 */
import type { ParsedAddress } from './address';
import { parseAddress } from './address';
import { organisationLabel, registrableDomain, toUnicodeDomain } from './domain';
import { isFreeMailDomain } from './free-mail';
import type { CustomerIndex } from './recognition';
import { classifyParsed } from './recognition';

export interface CustomerProposal {
  /** Company name; for free mail the person's name, since the domain names no company. */
  name: string;
  /** [registrable domain], or [] for free mail (the contact alone then identifies them). */
  domains: string[];
  contact: { email: string; name: string; role: '' };
  /**
   * Set (only when an index is given) when the address already matches a customer by
   * domain: the sidebar should offer "add contact to <customer>" instead of a new customer.
   */
  existingCustomerId: string | null;
}

const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'phd', 'ph.d.', 'md', 'm.d.', 'esq', 'esq.', 'mba', 'cpa',
]);

function capitalise(word: string): string {
  if (word === '') return word;
  // Keep deliberate capitals (McKinsey, IBM); only lift all-lower-case words.
  return word === word.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** `acme-corp.co.uk` → `Acme Corp`; `xn--mller-kva.de` → `Müller`. */
export function companyNameFromDomain(domain: string): string {
  const label = organisationLabel(domain) ?? domain.split('.')[0] ?? domain;
  return toUnicodeDomain(label)
    .split(/[-_]+/)
    .filter((w) => w !== '')
    .map(capitalise)
    .join(' ');
}

/**
 * `Reyes, Dana` → `Dana Reyes` (directory order), but `Dana Reyes, PhD` stays; a name
 * that is only the address is no name. Without a display name, `dana.reyes@` gives
 * `Dana Reyes` when the local part looks like first.last, else ''.
 */
export function contactNameFrom(address: Pick<ParsedAddress, 'email' | 'displayName'>): string {
  const display = address.displayName.trim();
  if (display !== '' && display.toLowerCase() !== address.email) {
    const parts = display.split(',').map((p) => p.trim());
    if (parts.length === 2 && parts[0] !== '' && parts[1] !== '' && !NAME_SUFFIXES.has(parts[1]!.toLowerCase())) {
      return `${parts[1]} ${parts[0]}`;
    }
    return display;
  }
  const local = address.email.slice(0, address.email.lastIndexOf('@')).split('+')[0]!;
  const words = local.split(/[._-]+/).filter((w) => w !== '');
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{L}{2,}$/u.test(w))) {
    return words.map(capitalise).join(' ');
  }
  return '';
}

/**
 * Null when there is nothing to propose: an unparseable address, an internal, ignored
 * or automated one, or one that already is a contact of a customer.
 */
export function proposeCustomer(rawAddress: string, existingIndex?: CustomerIndex): CustomerProposal | null {
  const address = parseAddress(rawAddress);
  if (address === null) return null;
  let existingCustomerId: string | null = null;
  if (existingIndex !== undefined) {
    const c = classifyParsed(existingIndex, address);
    if (c.kind === 'internal' || c.kind === 'ignored' || c.kind === 'automated') return null;
    if (c.kind === 'customer') {
      if (c.via === 'contact') return null;
      existingCustomerId = c.customerId;
    }
  }
  const contactName = contactNameFrom(address);
  const free = isFreeMailDomain(address.domain);
  const registrable = registrableDomain(address.domain);
  if (free || registrable === null) {
    const local = address.email.slice(0, address.email.indexOf('@'));
    return {
      name: contactName || local,
      domains: [],
      contact: { email: address.email, name: contactName, role: '' },
      existingCustomerId,
    };
  }
  return {
    name: companyNameFromDomain(registrable),
    domains: [registrable],
    contact: { email: address.email, name: contactName, role: '' },
    existingCustomerId,
  };
}
