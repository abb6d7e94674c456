/**
 * Searching and sorting the customers table in the page. Built for 10,000 rows: each
 * row's search text is lower-cased once per list, a keystroke is one `includes` per row.
 */
import type { CustomerRow } from '../messaging/customers-protocol';

export type SortKey = 'name' | 'tier' | 'domains' | 'contacts' | 'updatedAt';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export interface SearchableRow {
  row: CustomerRow;
  text: string;
}

export function searchable(rows: readonly CustomerRow[]): SearchableRow[] {
  return rows.map((row) => ({
    row,
    text: [row.name, row.tier, ...row.domains, ...row.contacts.flatMap((c) => [c.email, c.name])].join('\n').toLowerCase(),
  }));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorted once per list and order, so a keystroke in the search box only filters. */
export function sortRows(rows: readonly SearchableRow[], order: SortOrder, tierOrder: readonly string[]): SearchableRow[] {
  const tierRank = new Map(tierOrder.map((t, i) => [t.toLowerCase(), i]));
  const rank = (tier: string) => tierRank.get(tier.toLowerCase()) ?? tierOrder.length;
  const compare: Record<SortKey, (a: CustomerRow, b: CustomerRow) => number> = {
    name: (a, b) => collator.compare(a.name, b.name),
    tier: (a, b) => rank(a.tier) - rank(b.tier) || collator.compare(a.tier, b.tier),
    domains: (a, b) => collator.compare(a.domains[0] ?? '\uffff', b.domains[0] ?? '\uffff'),
    contacts: (a, b) => a.contacts.length - b.contacts.length,
    updatedAt: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
  };
  const sign = order.direction === 'ascending' ? 1 : -1;
  const byKey = compare[order.key];
  // Ties fall back to the name, then the id, so the order never jumps between renders.
  return [...rows].sort(
    ({ row: a }, { row: b }) => sign * byKey(a, b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
}

/** Every word of the query must appear (in any field): "acme dana" finds Dana at Acme. */
export function filterRows(sorted: readonly SearchableRow[], query: string): CustomerRow[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return sorted.map((r) => r.row);
  return sorted.filter((r) => words.every((w) => r.text.includes(w))).map((r) => r.row);
}
