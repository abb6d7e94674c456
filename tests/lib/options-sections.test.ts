import { describe, expect, it } from 'vitest';
import { hashFor, locationFromHash } from '../../lib/options-sections';

describe('options sections by hash', () => {
  it.each([
    ['', { section: 'general', detail: null }],
    ['#targets', { section: 'targets', detail: null }],
    ['#Data', { section: 'data', detail: null }],
    ['#nowhere', { section: 'general', detail: null }],
    ['#customers/acme%20corp', { section: 'customers', detail: 'acme corp' }],
    ['#customers/', { section: 'customers', detail: null }],
  ])('%j opens %j', (hash, location) => {
    expect(locationFromHash(hash)).toEqual(location);
  });

  it('round-trips a customer link', () => {
    expect(locationFromHash(hashFor('customers', 'a/b c'))).toEqual({ section: 'customers', detail: 'a/b c' });
  });
});
