import { describe, expect, it } from 'vitest';
import { domainAndParents, isPublicSuffix, registrableDomain } from '../../../lib/customers/domain';
import { isFreeMailDomain } from '../../../lib/customers/free-mail';
import type { CustomerIndex } from '../../../lib/customers/recognition';
import { buildCustomerIndex, classifyAddress, recogniseThread } from '../../../lib/customers/recognition';

const index: CustomerIndex = buildCustomerIndex({
  customers: [
    { id: 'acme', domains: ['acme.com'] },
    { id: 'acme-co', domains: ['acme.co'] },
    { id: 'northwind', domains: ['northwind.co.uk'] },
    { id: 'mueller', domains: ['müller.de'] },
    { id: 'globex-eu', domains: ['eu.globex.com'] },
    { id: 'globex', domains: ['globex.com'] },
    { id: 'bad-data', domains: ['gmail.com', 'co.uk'] },
    { id: 'dup', domains: ['acme.com'] },
    { id: 'freelancer', domains: [] },
  ],
  contacts: [
    { email: 'dana@acme.com', customerId: 'acme' },
    { email: 'Sofia.Lindqvist@gmail.com', customerId: 'freelancer' },
    { email: 'consultant@bigfirm.com', customerId: 'globex' },
    { email: 'ops@ourco.com', customerId: 'acme' },
  ],
  ownDomains: ['ourco.com'],
  accountEmail: 'me@ourco-sales.io',
  ignoredSenders: ['billing@acme.com', 'spammy.example'],
});

type Expected =
  | { kind: 'customer'; customerId: string; via: 'contact' | 'domain' }
  | { kind: 'internal' | 'ignored' | 'unknown-external' | 'invalid' }
  | { kind: 'automated'; customerId: string | null };

describe('classifyAddress', () => {
  const cases: [string, string, Expected][] = [
    ['exact contact', 'dana@acme.com', { kind: 'customer', customerId: 'acme', via: 'contact' }],
    ['contact, display name and case', '"Reyes, Dana" <DANA@ACME.COM>', { kind: 'customer', customerId: 'acme', via: 'contact' }],
    ['plus addressing matches the contact', 'dana+crm@acme.com', { kind: 'customer', customerId: 'acme', via: 'contact' }],
    ['other address at the domain', 'tomas@acme.com', { kind: 'customer', customerId: 'acme', via: 'domain' }],
    ['subdomain walks to the parent', 'tomas@eu.acme.com', { kind: 'customer', customerId: 'acme', via: 'domain' }],
    ['deep subdomain', 'x@mail.sales.eu.acme.com', { kind: 'customer', customerId: 'acme', via: 'domain' }],
    ['look-alike acme.co is its own customer', 'bob@acme.co', { kind: 'customer', customerId: 'acme-co', via: 'domain' }],
    ['look-alike acme.com.evil.io is unknown', 'bob@acme.com.evil.io', { kind: 'unknown-external' }],
    ['look-alike acmecorp.com is unknown', 'bob@acmecorp.com', { kind: 'unknown-external' }],
    ['look-alike notacme.com is unknown', 'bob@notacme.com', { kind: 'unknown-external' }],
    ['multi-label public suffix', 'amy@northwind.co.uk', { kind: 'customer', customerId: 'northwind', via: 'domain' }],
    ['subdomain under co.uk', 'amy@mail.northwind.co.uk', { kind: 'customer', customerId: 'northwind', via: 'domain' }],
    ['never matches by co.uk', 'amy@southwind.co.uk', { kind: 'unknown-external' }],
    ['IDN in Unicode', 'jana@müller.de', { kind: 'customer', customerId: 'mueller', via: 'domain' }],
    ['IDN in punycode', 'jana@xn--mller-kva.de', { kind: 'customer', customerId: 'mueller', via: 'domain' }],
    ['IDN uppercase', 'JANA@MÜLLER.DE', { kind: 'customer', customerId: 'mueller', via: 'domain' }],
    ['most specific domain wins', 'a@eu.globex.com', { kind: 'customer', customerId: 'globex-eu', via: 'domain' }],
    ['parent of a specific domain', 'a@us.globex.com', { kind: 'customer', customerId: 'globex', via: 'domain' }],
    ['contact at another domain', 'consultant@bigfirm.com', { kind: 'customer', customerId: 'globex', via: 'contact' }],
    ['free mail never by domain', 'random@gmail.com', { kind: 'unknown-external' }],
    ['free mail exact contact', 'sofia.lindqvist@gmail.com', { kind: 'customer', customerId: 'freelancer', via: 'contact' }],
    ['gmail ignores dots', 'sofialindqvist@googlemail.com', { kind: 'customer', customerId: 'freelancer', via: 'contact' }],
    ['hotmail.* family', 'x@hotmail.fr', { kind: 'unknown-external' }],
    ['own domain is internal', 'pat@ourco.com', { kind: 'internal' }],
    ['own subdomain is internal', 'pat@eu.ourco.com', { kind: 'internal' }],
    ['internal beats a contact entry', 'ops@ourco.com', { kind: 'internal' }],
    ['account domain is internal', 'lee@ourco-sales.io', { kind: 'internal' }],
    ['automated at a customer domain', 'noreply@acme.com', { kind: 'automated', customerId: 'acme' }],
    ['automated elsewhere', 'notifications@github.com', { kind: 'automated', customerId: null }],
    ['mailer-daemon', 'MAILER-DAEMON@googlemail.com', { kind: 'automated', customerId: null }],
    ['ignored address', 'Billing <billing@acme.com>', { kind: 'ignored' }],
    ['ignored domain and subdomain', 'x@news.spammy.example', { kind: 'ignored' }],
    ['invalid', 'Dana Reyes', { kind: 'invalid' }],
  ];
  it.each(cases)('%s: %s', (_name, raw, expected) => {
    expect(classifyAddress(index, raw)).toMatchObject(expected);
  });

  it('returns the normalised address', () => {
    expect(classifyAddress(index, '"Reyes, Dana" <Dana@ACME.com.>')).toMatchObject({
      address: { email: 'dana@acme.com', displayName: 'Reyes, Dana', domain: 'acme.com' },
    });
  });

  it('treats list mail as automated when headers are given', () => {
    expect(classifyAddress(index, 'dana@acme.com', { 'List-Id': 'x' })).toMatchObject({ kind: 'automated', customerId: 'acme' });
  });

  it('ignores free-mail and public-suffix domains on customers and reports shared domains', () => {
    expect(index.customerByDomain.has('gmail.com')).toBe(false);
    expect(index.customerByDomain.has('co.uk')).toBe(false);
    expect(index.domainConflicts).toEqual([{ domain: 'acme.com', customerIds: ['acme', 'dup'] }]);
  });

  it('does not add a free-mail account domain to the own domains', () => {
    const i = buildCustomerIndex({ customers: [], contacts: [], ownDomains: [], accountEmail: 'me@gmail.com', ignoredSenders: [] });
    expect(classifyAddress(i, 'me@gmail.com').kind).toBe('internal');
    expect(classifyAddress(i, 'friend@gmail.com').kind).toBe('unknown-external');
  });
});

describe('domains', () => {
  it.each([
    ['acme.com', 'acme.com', ['acme.com']],
    ['eu.acme.com', 'acme.com', ['eu.acme.com', 'acme.com']],
    ['acme.co.uk', 'acme.co.uk', ['acme.co.uk']],
    ['a.b.acme.com.au', 'acme.com.au', ['a.b.acme.com.au', 'b.acme.com.au', 'acme.com.au']],
    ['co.uk', null, []],
    ['com', null, []],
  ] as const)('%s', (domain, registrable, walk) => {
    expect(registrableDomain(domain)).toBe(registrable);
    expect(domainAndParents(domain)).toEqual(walk);
  });

  it('knows public suffixes and free mail', () => {
    expect(isPublicSuffix('co.jp')).toBe(true);
    expect(isPublicSuffix('acme.co.jp')).toBe(false);
    expect(['gmail.com', 'yahoo.co.jp', 'mail.yahoo.co.uk', 'gmx.at', 'yandex.ru', 'proton.me', 'web.de'].every(isFreeMailDomain)).toBe(true);
    expect(['acme.com', 'gmail.acme.com', 'hotmailer.com'].some(isFreeMailDomain)).toBe(false);
  });
});

describe('recogniseThread', () => {
  it('lists customers in order of appearance, the primary and unknown external addresses', () => {
    const result = recogniseThread(index, [
      { from: 'Consultant <lee@partnerfirm.io>', to: ['me@ourco-sales.io'], cc: '"Reyes, Dana" <dana@acme.com>, amy@northwind.co.uk' },
      { from: 'me@ourco-sales.io', to: ['lee@partnerfirm.io', 'noreply@acme.com'] },
      { from: 'amy@northwind.co.uk', to: 'me@ourco-sales.io', cc: ['new.person@gmail.com', 'LEE@partnerfirm.io'] },
      { from: 'dana@acme.com', to: 'me@ourco-sales.io' },
    ]);
    expect(result).toEqual({
      customers: ['acme', 'northwind'],
      primaryCustomerId: 'northwind',
      primaryVia: 'sender',
      unknownExternal: ['lee@partnerfirm.io', 'new.person@gmail.com'],
    });
  });

  it('falls back to the customer the user wrote to when no customer has written yet', () => {
    const result = recogniseThread(index, [{ from: 'me@ourco-sales.io', to: ['pat@ourco.com', 'tomas@acme.com'] }]);
    expect(result).toMatchObject({ customers: ['acme'], primaryCustomerId: 'acme', primaryVia: 'recipient' });
  });

  it('has no primary for internal and automated threads', () => {
    const result = recogniseThread(index, [
      { from: 'noreply@acme.com', to: 'me@ourco-sales.io' },
      { from: 'dana@acme.com', to: 'me@ourco-sales.io', headers: { 'List-Unsubscribe': '<x>' } },
      { from: 'pat@ourco.com', to: 'me@ourco-sales.io' },
    ]);
    expect(result).toEqual({ customers: [], primaryCustomerId: null, primaryVia: null, unknownExternal: [] });
  });

  it('handles an empty thread', () => {
    expect(recogniseThread(index, [])).toEqual({ customers: [], primaryCustomerId: null, primaryVia: null, unknownExternal: [] });
  });
});
