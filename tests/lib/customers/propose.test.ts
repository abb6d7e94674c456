import { describe, expect, it } from 'vitest';
import { companyNameFromDomain, contactNameFrom, proposeCustomer } from '../../../lib/customers/propose';
import { buildCustomerIndex } from '../../../lib/customers/recognition';

describe('companyNameFromDomain', () => {
  it.each([
    ['acme-corp.co.uk', 'Acme Corp'],
    ['acme.com', 'Acme'],
    ['eu.acme.com', 'Acme'],
    ['brightwave_analytics.io', 'Brightwave Analytics'],
    ['xn--mller-kva.de', 'Müller'],
    ['kestrel-logistics.com.au', 'Kestrel Logistics'],
  ])('%s → %s', (domain, name) => {
    expect(companyNameFromDomain(domain)).toBe(name);
  });
});

describe('contactNameFrom', () => {
  it.each([
    ['Reyes, Dana', 'dana@acme.com', 'Dana Reyes'],
    ['Dana Reyes', 'dana@acme.com', 'Dana Reyes'],
    ['Dana Reyes, PhD', 'dana@acme.com', 'Dana Reyes, PhD'],
    ['Reyes, Dana, Ops', 'dana@acme.com', 'Reyes, Dana, Ops'],
    ['', 'dana.reyes@acme.com', 'Dana Reyes'],
    ['', 'dana_reyes+crm@acme.com', 'Dana Reyes'],
    ['', 'dr@acme.com', ''],
    ['', 'sales@acme.com', ''],
    ['dana@acme.com', 'dana@acme.com', ''],
  ])('%j <%s> → %j', (displayName, email, name) => {
    expect(contactNameFrom({ displayName, email })).toBe(name);
  });
});

describe('proposeCustomer', () => {
  it('proposes the company from the registrable domain and the contact from the display name', () => {
    expect(proposeCustomer('"Reyes, Dana" <Dana.Reyes@EU.Acme-Corp.co.uk>')).toEqual({
      name: 'Acme Corp',
      domains: ['acme-corp.co.uk'],
      contact: { email: 'dana.reyes@eu.acme-corp.co.uk', name: 'Dana Reyes', role: '' },
      existingCustomerId: null,
    });
  });

  it('proposes a contact only for free mail', () => {
    expect(proposeCustomer('Sofia Lindqvist <sofia.lindqvist@gmail.com>')).toEqual({
      name: 'Sofia Lindqvist',
      domains: [],
      contact: { email: 'sofia.lindqvist@gmail.com', name: 'Sofia Lindqvist', role: '' },
      existingCustomerId: null,
    });
    expect(proposeCustomer('xq7@yahoo.co.jp')).toMatchObject({ name: 'xq7', domains: [] });
  });

  it('uses the index: nothing for internal, automated or known contacts; the existing customer for its domain', () => {
    const index = buildCustomerIndex({
      customers: [{ id: 'acme', domains: ['acme.com'] }],
      contacts: [{ email: 'dana@acme.com', customerId: 'acme' }],
      ownDomains: ['ourco.com'],
      accountEmail: 'me@ourco.com',
      ignoredSenders: [],
    });
    expect(proposeCustomer('pat@ourco.com', index)).toBeNull();
    expect(proposeCustomer('noreply@brightwave.io', index)).toBeNull();
    expect(proposeCustomer('dana+x@acme.com', index)).toBeNull();
    expect(proposeCustomer('Tomás Ortega <tomas@acme.com>', index)).toMatchObject({
      existingCustomerId: 'acme',
      contact: { email: 'tomas@acme.com', name: 'Tomás Ortega' },
    });
    expect(proposeCustomer('chidi@brightwave.io', index)).toMatchObject({ name: 'Brightwave', existingCustomerId: null });
  });

  it('returns null for something that is not an address', () => {
    expect(proposeCustomer('Dana Reyes')).toBeNull();
  });
});
