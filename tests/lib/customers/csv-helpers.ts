import { readFileSync } from 'node:fs';
import type { CsvTable } from '../../../lib/customers/csv/parse';
import { parseCsvText } from '../../../lib/customers/csv/parse';
import { decodeCsvBytes } from '../../../lib/customers/csv/parse';

export function fixtureTable(name: string): CsvTable {
  const decoded = decodeCsvBytes(new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url))));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return tableOf(decoded.text);
}

export function tableOf(text: string): CsvTable {
  const result = parseCsvText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.table;
}

export const OPTIONS = {
  accountId: 'me@ourco.com',
  tierNames: ['Strategic', 'Key', 'Standard'],
  defaultTier: 'Standard',
  ownDomains: ['ourco.com'],
};
export const NOW = new Date('2025-03-01T12:00:00.000Z');
export function idGenerator(prefix = 'c'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
