import { describe, expect, it } from 'vitest';
import { toUnicodeDomain } from '../../../lib/customers/domain';

describe('domains shown in Unicode', () => {
  it.each([
    ['xn--mller-kva.de', 'müller.de'],
    ['eu.xn--mnchen-logistik-zvb.de', 'eu.münchen-logistik.de'],
    ['acme.com', 'acme.com'],
    ['xn--80ak6aa92e.com', 'аррӏе.com'],
  ])('%s → %s', (ascii, shown) => {
    expect(toUnicodeDomain(ascii)).toBe(shown);
  });
});
