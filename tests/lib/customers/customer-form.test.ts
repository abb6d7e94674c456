import { describe, expect, it } from 'vitest';
import { errorsFromMessage } from '../../../lib/customers/book';
import { checkCustomerForm, formFromCustomer } from '../../../lib/customers/customer-form';
import { filterRows, searchable, sortRows } from '../../../lib/customers/table';
import type { CustomerRow } from '../../../lib/messaging/customers-protocol';

describe('the customer form', () => {
  const empty = formFromCustomer(null, 'Standard');

  it('ignores blank contact rows but numbers errors by the row the user sees', () => {
    const check = checkCustomerForm(
      {
        ...empty,
        name: 'Initech',
        contacts: [
          { key: 'a', email: '', name: '', role: '' },
          { key: 'b', email: 'nope', name: 'Bill', role: '' },
        ],
      },
      'me@ourco.com',
    );
    expect(check.ok).toBe(false);
    expect(!check.ok && Object.keys(check.errors)).toEqual(['contacts[1].email']);
  });

  it('turns blanks into "no target" and "no cadence", and refuses a fractional cadence', () => {
    const ok = checkCustomerForm({ ...empty, name: 'Initech', domains: 'HTTPS://www.Initech.com/, initech.de' }, 'me@ourco.com');
    expect(ok).toMatchObject({ ok: true, draft: { targets: {}, cadenceDays: null, domains: ['initech.com', 'initech.de'], tier: 'Standard' } });
    const bad = checkCustomerForm({ ...empty, name: 'Initech', cadenceDays: '2.5', firstReply: { value: '-1', unit: 'businessHours' } }, 'me@ourco.com');
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['cadenceDays', 'targets.firstReply.value']);
  });

  it('keeps the customer’s time zone, blank as none, and refuses one that is no zone', () => {
    expect(checkCustomerForm({ ...empty, name: 'Initech', timeZone: 'Asia/Tokyo' }, 'me@ourco.com')).toMatchObject({ ok: true, draft: { timeZone: 'Asia/Tokyo' } });
    expect(checkCustomerForm({ ...empty, name: 'Initech' }, 'me@ourco.com')).toMatchObject({ ok: true, draft: { timeZone: null } });
    const bad = checkCustomerForm({ ...empty, name: 'Initech', timeZone: 'Mars/Olympus' }, 'me@ourco.com');
    expect(!bad.ok && bad.errors).toEqual({ timeZone: ['expected an IANA time zone, e.g. Europe/Berlin'] });
  });

  it('reads field paths back out of an error reply', () => {
    expect(errorsFromMessage('Invalid "customers.save" message: domains[1]: expected a domain; name: too long')).toEqual({
      'domains[1]': ['expected a domain'],
      name: ['too long'],
    });
    expect(errorsFromMessage('contacts[0].email: x@y.com is already a contact of Globex')).toEqual({
      'contacts[0].email': ['x@y.com is already a contact of Globex'],
    });
    expect(errorsFromMessage('disk full')).toEqual({ '': ['disk full'] });
  });
});

describe('the table', () => {
  const row = (id: string, name: string, tier: string, contacts: string[] = []): CustomerRow => ({
    id,
    name,
    tier,
    domains: [`${id}.com`],
    contacts: contacts.map((email) => ({ email, name: '' })),
    cadenceDays: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const rows = searchable([row('b', 'beta', 'Standard', ['dana@b.com']), row('a', 'Alpha', 'Key'), row('c', 'Gamma', 'Strategic')]);

  it('sorts by name ignoring case, and by tier in the settings order', () => {
    expect(filterRows(sortRows(rows, { key: 'name', direction: 'ascending' }, []), '').map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const tiers = ['Strategic', 'Key', 'Standard'];
    expect(filterRows(sortRows(rows, { key: 'tier', direction: 'ascending' }, tiers), '').map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(filterRows(sortRows(rows, { key: 'tier', direction: 'descending' }, tiers), '').map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('finds by any word in any field', () => {
    const sorted = sortRows(rows, { key: 'name', direction: 'ascending' }, []);
    expect(filterRows(sorted, 'DANA').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(sorted, 'beta dana').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(sorted, 'beta gamma')).toEqual([]);
    expect(filterRows(sorted, 'c.com').map((r) => r.id)).toEqual(['c']);
  });
});
