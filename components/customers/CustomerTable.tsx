import { useVirtualizer } from '@tanstack/react-virtual';
import { toUnicodeDomain } from '../../lib/customers/domain';
import { useRef } from 'react';
import type { SortKey, SortOrder } from '../../lib/customers/table';
import type { CustomerRow } from '../../lib/messaging/customers-protocol';
import { customerPagePath } from '../../lib/relationship/links';

const ROW_HEIGHT = 36;
const MAX_BODY_HEIGHT = 420;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Company' },
  { key: 'tier', label: 'Tier' },
  { key: 'domains', label: 'Domains' },
  { key: 'contacts', label: 'Contacts' },
  { key: 'updatedAt', label: 'Updated' },
];

interface Props {
  /** The account the rows belong to, for the links to each customer's page. */
  accountId: string;
  rows: readonly CustomerRow[];
  order: SortOrder;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  onEdit: (id: string) => void;
}

/**
 * An ARIA table whose body is virtualised: only the rows in view (plus a few) are in the
 * DOM, so 10,000 customers scroll as smoothly as ten.
 */
export function CustomerTable({ accountId, rows, order, onSort, selected, onToggle, onToggleAll, onEdit }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <div role="table" aria-label="Customers" aria-rowcount={rows.length + 1} className="customer-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="customer-table__row customer-table__head">
          <span role="columnheader" className="customer-table__check">
            <input
              type="checkbox"
              aria-label="Select all shown customers"
              checked={allSelected}
              disabled={rows.length === 0}
              onChange={(e) => onToggleAll(e.target.checked)}
            />
          </span>
          {COLUMNS.map((column) => (
            <span
              key={column.key}
              role="columnheader"
              aria-sort={order.key === column.key ? order.direction : 'none'}
              className={`customer-table__cell customer-table__cell--${column.key}`}
            >
              <button type="button" className="link" onClick={() => onSort(column.key)}>
                {column.label}
                {order.key === column.key ? (order.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
              </button>
            </span>
          ))}
        </div>
      </div>
      <div
        ref={scrollRef}
        className="customer-table__body"
        data-testid="customer-table-body"
        // Short books get a short table; long ones scroll inside a fixed viewport.
        style={{ height: Math.min(MAX_BODY_HEIGHT, Math.max(rows.length, 1) * ROW_HEIGHT) }}
      >
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected.has(row.id)}
                className="customer-table__row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="customer-table__check">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.name}`}
                    checked={selected.has(row.id)}
                    onChange={() => onToggle(row.id)}
                  />
                </span>
                <span role="cell" className="customer-table__cell customer-table__cell--name">
                  <button type="button" className="link" onClick={() => onEdit(row.id)} title={`Edit ${row.name}`}>
                    {row.name}
                  </button>
                  <a
                    className="customer-table__page"
                    href={customerPagePath(accountId, row.id)}
                    target="_blank"
                    rel="noreferrer"
                    aria-label={`Customer page of ${row.name}`}
                    title="Promises kept, reply times, what is owed"
                  >
                    Record
                  </a>
                </span>
                <span role="cell" className="customer-table__cell customer-table__cell--tier">{row.tier}</span>
                <span role="cell" className="customer-table__cell customer-table__cell--domains" title={row.domains.map(toUnicodeDomain).join(', ')}>
                  {row.domains.map(toUnicodeDomain).join(', ')}
                </span>
                <span role="cell" className="customer-table__cell customer-table__cell--contacts">{row.contacts.length}</span>
                <span role="cell" className="customer-table__cell customer-table__cell--updatedAt">{row.updatedAt.slice(0, 10)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
