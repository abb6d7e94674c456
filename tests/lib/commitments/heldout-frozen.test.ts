import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../lib/commitments/index';

const DIR = new URL('../../fixtures/commitments-heldout/', import.meta.url);
const sums = readFileSync(new URL('SHA256SUMS', DIR), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/).reverse() as [string, string]);

describe('the held-out commitment sets are frozen', () => {
  it.each(sums)('%s is byte for byte as frozen (sha256 %s)', (file, sum) => {
    const bytes = readFileSync(new URL(file, DIR));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sum);
    expect(parseCorpus(bytes.toString('utf8'), file).errors).toEqual([]);
  });
});
