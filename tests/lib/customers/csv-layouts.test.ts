import { describe, expect, it } from 'vitest';
import { detectLayout, validateMapping } from '../../../lib/customers/csv/layouts';
import { fixtureTable } from './csv-helpers';

describe('detectLayout', () => {
  it.each([
    ['template.csv', 'template', { company: 'company', tier: 'tier', domains: 'domains', contactName: 'contact_name', contactEmail: 'contact_email', contactRole: 'contact_role', notes: 'notes' }],
    ['hubspot-companies.csv', 'hubspot-companies', { company: 'Company name', domains: 'Company Domain Name' }],
    ['hubspot-contacts.csv', 'hubspot-contacts', { company: 'Company Name', contactFirstName: 'First Name', contactLastName: 'Last Name', contactEmail: 'Email', contactRole: 'Job Title' }],
    ['salesforce-accounts.csv', 'salesforce-accounts', { company: 'Account Name', domains: 'Website' }],
    ['salesforce-contacts.csv', 'salesforce-contacts', { company: 'Account Name', contactFirstName: 'First Name', contactLastName: 'Last Name', contactEmail: 'Email', contactRole: 'Title' }],
    ['google-contacts.csv', 'google-contacts', { company: 'Organization Name', contactFirstName: 'First Name', contactLastName: 'Last Name', contactEmail: 'E-mail 1 - Value', contactRole: 'Organization Title' }],
    ['google-contacts-legacy.csv', 'google-contacts-legacy', { company: 'Organization 1 - Name', contactName: 'Name', contactEmail: 'E-mail 1 - Value', contactRole: 'Organization 1 - Title' }],
    ['semicolon-excel.csv', 'custom', { domains: 'Domain', contactName: 'Name', contactEmail: 'E-Mail' }],
  ])('%s → %s', (file, layout, expected) => {
    const table = fixtureTable(file);
    const detection = detectLayout(table.header);
    expect(detection.layout).toBe(layout);
    const mapped = Object.fromEntries(
      Object.entries(detection.mapping.columns).map(([field, index]) => [field, table.header[index]]),
    );
    expect(mapped).toMatchObject(expected);
    if (layout === 'custom') expect(mapped).toEqual(expected);
  });

  it('matches headers regardless of case, spacing and underscores', () => {
    expect(detectLayout(['Company', 'TIER', 'Domains', 'Contact Name', 'contact email', 'Contact_Role', 'Notes ']).layout).toBe('template');
  });
});

describe('validateMapping', () => {
  it('accepts an edited mapping', () => {
    expect(validateMapping({ layout: 'custom', columns: { company: 0, contactEmail: 4 } }, 6)).toMatchObject({ ok: true });
  });
  it.each([
    [{ layout: 'custom', columns: { company: 9 } }, /column 10, but the file has 6/],
    [{ layout: 'custom', columns: { tier: 1 } }, /at least one of/],
    [{ layout: 'custom', columns: { company: -1 } }, /./],
    [{ layout: 'nope', columns: {} }, /./],
  ])('rejects %j', (mapping, message) => {
    const result = validateMapping(mapping, 6);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join(' ')).toMatch(message);
  });
});
