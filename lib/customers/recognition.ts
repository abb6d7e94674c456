/**
 * Who is a customer (spec: response-targets.md, "Who is a customer"). The index is built
 * once per change of the book; each lookup is a handful of Map probes (the address, its
 * canonical mailbox, then at most one probe per domain label), never a scan of the book.
 */
import type { Contact, Customer } from '../db/records';
import type { MessageHeaders, ParsedAddress } from './address';
import { canonicalMailbox, isAutomatedSender, parseAddress, parseAddressList } from './address';
import { domainAndParents, toAsciiDomain } from './domain';
import { isFreeMailDomain } from './free-mail';

export interface CustomerIndexInput {
  customers: readonly Pick<Customer, 'id' | 'domains'>[];
  contacts: readonly Pick<Contact, 'email' | 'customerId'>[];
  ownDomains: readonly string[];
  /** The signed-in Gmail address: always internal, and its domain too unless free mail. */
  accountEmail: string | null;
  /** Settings' ignoredSenders: whole addresses or domains (a domain covers its subdomains). */
  ignoredSenders: readonly string[];
}

export interface DomainConflict {
  domain: string;
  /** The first claimant wins the lookups; the UI can show the others. */
  customerIds: string[];
}

export interface CustomerIndex {
  readonly contactByEmail: ReadonlyMap<string, string>;
  readonly contactByMailbox: ReadonlyMap<string, string>;
  readonly customerByDomain: ReadonlyMap<string, string>;
  readonly ownDomains: ReadonlySet<string>;
  readonly ownAddresses: ReadonlySet<string>;
  readonly ignoredAddresses: ReadonlySet<string>;
  readonly ignoredDomains: ReadonlySet<string>;
  readonly domainConflicts: readonly DomainConflict[];
}

export type Classification =
  | { kind: 'customer'; customerId: string; via: 'contact' | 'domain'; address: ParsedAddress }
  | { kind: 'internal'; address: ParsedAddress }
  /** customerId says whose machine it is (a customer's notifications@), for display only. */
  | { kind: 'automated'; customerId: string | null; address: ParsedAddress }
  | { kind: 'ignored'; address: ParsedAddress }
  | { kind: 'unknown-external'; address: ParsedAddress }
  | { kind: 'invalid'; raw: string };

function emailKey(raw: string): string | null {
  return parseAddress(raw)?.email ?? null;
}

export function buildCustomerIndex(input: CustomerIndexInput): CustomerIndex {
  const contactByEmail = new Map<string, string>();
  const contactByMailbox = new Map<string, string>();
  for (const contact of input.contacts) {
    const email = emailKey(contact.email);
    if (email === null) continue;
    if (!contactByEmail.has(email)) contactByEmail.set(email, contact.customerId);
    const mailbox = canonicalMailbox(email);
    if (!contactByMailbox.has(mailbox)) contactByMailbox.set(mailbox, contact.customerId);
  }

  const customerByDomain = new Map<string, string>();
  const claimants = new Map<string, string[]>();
  for (const customer of input.customers) {
    for (const raw of customer.domains) {
      const domain = toAsciiDomain(raw);
      // A free-mail or public-suffix domain on a customer would claim the whole world.
      if (domain === null || isFreeMailDomain(domain) || domainAndParents(domain).length === 0) continue;
      const ids = claimants.get(domain);
      if (ids === undefined) {
        claimants.set(domain, [customer.id]);
        customerByDomain.set(domain, customer.id);
      } else if (!ids.includes(customer.id)) ids.push(customer.id);
    }
  }
  const domainConflicts: DomainConflict[] = [];
  for (const [domain, customerIds] of claimants) {
    if (customerIds.length > 1) domainConflicts.push({ domain, customerIds });
  }

  const ownDomains = new Set<string>();
  for (const raw of input.ownDomains) {
    const domain = toAsciiDomain(raw);
    if (domain !== null) ownDomains.add(domain);
  }
  const ownAddresses = new Set<string>();
  const account = input.accountEmail === null ? null : parseAddress(input.accountEmail);
  if (account !== null) {
    ownAddresses.add(canonicalMailbox(account.email));
    if (!isFreeMailDomain(account.domain)) ownDomains.add(account.domain);
  }

  const ignoredAddresses = new Set<string>();
  const ignoredDomains = new Set<string>();
  for (const entry of input.ignoredSenders) {
    const trimmed = entry.trim().replace(/^@/, '');
    if (trimmed.includes('@')) {
      const email = emailKey(trimmed);
      if (email !== null) ignoredAddresses.add(canonicalMailbox(email));
    } else {
      const domain = toAsciiDomain(trimmed);
      if (domain !== null) ignoredDomains.add(domain);
    }
  }

  return {
    contactByEmail,
    contactByMailbox,
    customerByDomain,
    ownDomains,
    ownAddresses,
    ignoredAddresses,
    ignoredDomains,
    domainConflicts,
  };
}

function inDomainSet(set: ReadonlySet<string>, domain: string): boolean {
  if (set.size === 0) return false;
  if (set.has(domain)) return true;
  // Own and ignored domains are the user's own entries, so any parent counts (but a
  // public suffix cannot be entered as a domain in the first place).
  for (let i = domain.indexOf('.'); i !== -1; i = domain.indexOf('.', i + 1)) {
    if (set.has(domain.slice(i + 1))) return true;
  }
  return false;
}

function customerByDomainOf(index: CustomerIndex, domain: string): string | null {
  if (isFreeMailDomain(domain)) return null;
  for (const candidate of domainAndParents(domain)) {
    const id = index.customerByDomain.get(candidate);
    if (id !== undefined) return id;
  }
  return null;
}

function customerByContactOf(index: CustomerIndex, address: ParsedAddress, mailbox: string): string | null {
  return index.contactByEmail.get(address.email) ?? index.contactByMailbox.get(mailbox) ?? null;
}

/**
 * Order of the rules: ignored (the user said so), internal (own domains never count as
 * a customer, even when listed as a contact), automated (never starts a clock), exact
 * contact (then the same mailbox without +tag), domain and its parents (free mail never).
 */
export function classifyParsed(
  index: CustomerIndex,
  address: ParsedAddress,
  headers?: MessageHeaders,
): Exclude<Classification, { kind: 'invalid' }> {
  const mailbox = canonicalMailbox(address.email);
  if (index.ignoredAddresses.has(mailbox) || inDomainSet(index.ignoredDomains, address.domain)) {
    return { kind: 'ignored', address };
  }
  if (index.ownAddresses.has(mailbox) || inDomainSet(index.ownDomains, address.domain)) {
    return { kind: 'internal', address };
  }
  if (isAutomatedSender(address.email, headers)) {
    const customerId = customerByContactOf(index, address, mailbox) ?? customerByDomainOf(index, address.domain);
    return { kind: 'automated', customerId, address };
  }
  const byContact = customerByContactOf(index, address, mailbox);
  if (byContact !== null) return { kind: 'customer', customerId: byContact, via: 'contact', address };
  const byDomain = customerByDomainOf(index, address.domain);
  if (byDomain !== null) return { kind: 'customer', customerId: byDomain, via: 'domain', address };
  return { kind: 'unknown-external', address };
}

/** `headers` are the message's, when known; they only matter for list and bulk mail. */
export function classifyAddress(index: CustomerIndex, raw: string, headers?: MessageHeaders): Classification {
  const address = parseAddress(raw);
  if (address === null) return { kind: 'invalid', raw };
  return classifyParsed(index, address, headers);
}

export interface ThreadParticipants {
  from: string;
  to?: readonly string[] | string;
  cc?: readonly string[] | string;
  headers?: MessageHeaders;
}

export interface ThreadRecognition {
  /** Unique, in order of first appearance (senders and recipients). */
  customers: string[];
  /**
   * The customer of the first external sender that belongs to a customer (an unknown
   * consultant writing first does not hide the customer who writes next); see primaryVia.
   */
  primaryCustomerId: string | null;
  /**
   * 'sender' when a customer wrote in the thread. When none did yet (the user wrote
   * first and is waiting), the first customer the user wrote to: a follow-up promised in
   * that thread still belongs to that customer. null when there is no customer at all.
   */
  primaryVia: 'sender' | 'recipient' | null;
  /** Normalised external addresses matching no customer, unique, in order of appearance. */
  unknownExternal: string[];
}

function addressesOf(value: readonly string[] | string | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return [...value];
}

/** `messages` in time order; each header value may hold one address or a list. */
export function recogniseThread(index: CustomerIndex, messages: readonly ThreadParticipants[]): ThreadRecognition {
  const customers: string[] = [];
  const seenCustomers = new Set<string>();
  const unknownExternal: string[] = [];
  const seenUnknown = new Set<string>();
  let primarySender: string | null = null;
  let primaryRecipient: string | null = null;
  // Recipient classification does not depend on headers, so it is cached per raw string.
  const cache = new Map<string, Classification[]>();

  const classifyList = (raw: string): Classification[] => {
    let hit = cache.get(raw);
    if (hit === undefined) {
      const list = parseAddressList(raw);
      hit = list.length === 0 ? [{ kind: 'invalid', raw }] : list.map((one) => classifyParsed(index, one));
      cache.set(raw, hit);
    }
    return hit;
  };
  const note = (c: Classification): void => {
    if (c.kind === 'customer' && !seenCustomers.has(c.customerId)) {
      seenCustomers.add(c.customerId);
      customers.push(c.customerId);
    } else if (c.kind === 'unknown-external' && !seenUnknown.has(c.address.email)) {
      seenUnknown.add(c.address.email);
      unknownExternal.push(c.address.email);
    }
  };

  for (const message of messages) {
    const sender = classifyAddress(index, message.from, message.headers);
    note(sender);
    if (primarySender === null && sender.kind === 'customer') primarySender = sender.customerId;
    const recipients = [...addressesOf(message.to), ...addressesOf(message.cc)].flatMap(classifyList);
    for (const r of recipients) {
      note(r);
      if (primaryRecipient === null && sender.kind === 'internal' && r.kind === 'customer') {
        primaryRecipient = r.customerId;
      }
    }
  }
  return {
    customers,
    primaryCustomerId: primarySender ?? primaryRecipient,
    primaryVia: primarySender !== null ? 'sender' : primaryRecipient !== null ? 'recipient' : null,
    unknownExternal,
  };
}

