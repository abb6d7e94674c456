import { describe, it, expect } from 'vitest';
import { parseCorpus } from '../../../lib/commitments/corpus';
import { matchCase, score } from '../../../lib/commitments/score';

const good = { id: 'c1', sentAt: '2026-11-18T15:30:00-05:00', timeZone: 'America/New_York', text: "I'll send it by Friday.", commitments: [{ quote: "I'll send it by Friday", due: '2026-11-20' }] };

describe('corpus parsing', () => {
  it('accepts valid lines, blank lines and extra fields', () => {
    const r = parseCorpus(`${JSON.stringify({ ...good, note: 'x', category: 'y' })}\n\n`);
    expect(r.errors).toEqual([]);
    expect(r.cases).toHaveLength(1);
  });

  it('names the line and field of each error', () => {
    const lines = [
      JSON.stringify(good),
      '{not json',
      JSON.stringify({ ...good, id: 'c2', timeZone: 'Mars/Olympus' }),
      JSON.stringify({ ...good, id: 'c3', commitments: [{ quote: 'absent', due: null }] }),
      JSON.stringify({ ...good, id: 'c4', commitments: [{ quote: 'it', due: '20/11/2026' }] }),
      JSON.stringify(good),
    ].join('\n');
    const r = parseCorpus(lines, 'f.jsonl');
    const by = r.errors.map((e) => `${e.line}:${e.field}`);
    expect(by).toContain('2:(json)');
    expect(by).toContain('3:timeZone');
    expect(by).toContain('4:commitments.0.quote');
    expect(by).toContain('5:commitments.0.due');
    expect(by).toContain('6:id');
  });

  it('rejects a quote that occurs twice', () => {
    const r = parseCorpus(JSON.stringify({ ...good, text: 'send it. send it.', commitments: [{ quote: 'send it', due: null }] }));
    expect(r.errors[0]?.message).toMatch(/more than once/);
  });
});

describe('scoring (spec §4)', () => {
  const c = { ...good, text: "I'll send it by Friday. I'll call you.", commitments: [{ quote: "I'll send it by Friday", due: '2026-11-20' }, { quote: "I'll call you", due: null }] };

  it('matches one to one, greedily by largest overlap', () => {
    // The long detection overlaps both gold quotes but can match only one (the larger overlap).
    const r = score([matchCase(c, [{ start: 0, end: 38, due: '2026-11-20' }, { start: 5, end: 10, due: null }])]);
    expect(r.scores.matched).toBe(1);
    expect(r.scores.precision).toBe(0.5);
    expect(r.scores.recall).toBe(0.5);
    expect(r.scores.dueAccuracy).toBe(1);
  });

  it('counts a wrong due date on a matched pair', () => {
    const r = score([matchCase(c, [{ start: 0, end: 22, due: '2026-11-21' }, { start: 24, end: 37, due: null }])]);
    expect(r.scores.matched).toBe(2);
    expect(r.scores.dueAccuracy).toBe(0.5);
    expect(r.wrongDates.map((w) => w.expected)).toEqual(['2026-11-20']);
  });

  it('reports false positives and misses', () => {
    const neg = { ...good, id: 'n', commitments: [] };
    const r = score([matchCase(neg, [{ start: 0, end: 4, due: null }]), matchCase(c, [])]);
    expect(r.falsePositives.map((f) => f.id)).toEqual(['n']);
    expect(r.misses).toHaveLength(2);
    expect(r.scores.messagePrecision).toBe(0);
    expect(r.scores.messageRecall).toBe(0);
  });
});
