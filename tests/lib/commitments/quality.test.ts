import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus, type CorpusCase } from '../../../lib/commitments/corpus';
import { evaluateCases } from '../../../lib/commitments/evaluate';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/commitments');
const enron = path.resolve(repoRoot, '../shared/eval/enron-sentences.jsonl');

function load(file: string): CorpusCase[] {
  const r = parseCorpus(readFileSync(file, 'utf8'), file);
  expect(r.errors).toEqual([]);
  return r.cases;
}

// The whole corpus takes seconds on a shared machine: a quality check, not a timing one.
describe('detection quality', { timeout: 120_000 }, () => {
  it('project corpus: ≥400 messages, precision ≥ 0.95, recall ≥ 0.90, due accuracy ≥ 0.97', () => {
    const cases = readdirSync(fixtures)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => load(path.join(fixtures, f)));
    expect(cases.length).toBeGreaterThanOrEqual(400);
    const { scores } = evaluateCases(cases);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.dueAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it.skipIf(!existsSync(enron))('Enron sentences: precision ≥ 0.90, recall ≥ 0.80', () => {
    const { scores } = evaluateCases(load(enron));
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
  });
});
