import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { detectCommitments } from '../../../lib/commitments/detect';

const opts = { sentAt: '2026-11-18T15:30:00-05:00', timeZone: 'America/New_York' };

// Deterministic pseudo-random generator so the 1 MB inputs are reproducible.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const MB = 1 << 20;

describe('adversarial and random input', () => {
  it('a clause of bullets and brackets alone (found by the property below)', () => {
    expect(detectCommitments("[(* I'll send the deck by Friday. [(*", opts).map((c) => c.due)).toEqual(['2026-11-20']);
  });

  it('finishes on 1 MB of random characters', () => {
    const r = rng(1);
    const alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"-<>&#/\n\t()@";
    let s = '';
    while (s.length < MB) s += alphabet[Math.floor(r() * alphabet.length)];
    expect(Array.isArray(detectCommitments(s, opts))).toBe(true);
  });

  it('finishes on 1 MB of near-miss promise text without punctuation', () => {
    const words = ["I'll", 'will', 'send', 'by', 'Friday', 'next', 'week', 'in', '3', 'business', 'days', 'let', 'me', 'and', 'we', 'our', 'team', 'On', 'wrote:'];
    const r = rng(2);
    const parts: string[] = [];
    let n = 0;
    while (n < MB) {
      const w = words[Math.floor(r() * words.length)]!;
      parts.push(w);
      n += w.length + 1;
    }
    expect(Array.isArray(detectCommitments(parts.join(' '), opts))).toBe(true);
  });

  it('finishes on 1 MB of pathological repetitions, quotes and HTML', () => {
    const inputs = [
      ' '.repeat(MB),
      'a'.repeat(MB),
      '> '.repeat(MB / 2),
      "I'll send ".repeat(MB / 10),
      'On '.repeat(MB / 3),
      '<div '.repeat(MB / 5),
      '&#'.repeat(MB / 2),
      '1/2/'.repeat(MB / 4),
    ];
    for (const s of inputs) {
      expect(Array.isArray(detectCommitments(s, opts))).toBe(true);
      expect(Array.isArray(detectCommitments(s, { ...opts, format: 'html' }))).toBe(true);
    }
    // Sixteen 1 MB runs: the limit only guards against a hang on a busy shared machine; speed is bench/commitments.ts's job.
  }, 60_000);

  it('property: spans always lie inside the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('text' as const, 'html' as const), (s, format) => {
        const text = `${s} I'll send the deck by Friday. ${s}`;
        for (const c of detectCommitments(text, { ...opts, format })) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeLessThanOrEqual(c.end);
        }
      }),
      { numRuns: 200 },
    );
  });
});
