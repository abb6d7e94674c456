import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { formFromCustomer, type CustomerFormValues } from '../../lib/customers/customer-form';
import { filterRows, searchable, sortRows, type SortKey, type SortOrder } from '../../lib/customers/table';
import type { Account } from '../../lib/db/records';
import type { CustomerRow, DeletedRecords } from '../../lib/messaging/customers-protocol';
import { emailAddress } from '../../lib/schema-primitives';
import { defaultTierName } from '../../lib/settings';
import { EmptyState } from '../EmptyState';
import { useClient, useRequest } from '../client-context';
import { CustomerForm } from './CustomerForm';
import { CustomerTable } from './CustomerTable';
import { ImportDialog } from './ImportDialog';
import { downloadText } from '../download';
import { plural } from './plural';

const OTHER = '__other__';

type Editing = null | { kind: 'new'; values: CustomerFormValues } | { kind: 'edit'; id: string; values: CustomerFormValues };
type Notice = { kind: 'done' | 'error'; text: string } | null;

/** The account Gmail showed most recently: the one the user is most likely working in. */
function defaultAccount(accounts: readonly Account[]): string {
  return [...accounts].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0))[0]?.id ?? '';
}

/**
 * Options → Customers. The book is per Gmail account: the picker lists the accounts
 * Gmail has shown; without one, the user may type the address to start its book
 * (e.g. to import a CRM export before opening Gmail).
 * `refreshKey` changes when something outside the panel (a backup restore) changed the store.
 */
export function CustomersPanel({ refreshKey = 0, openCustomer = null }: { refreshKey?: number; openCustomer?: string | null }) {
  const send = useClient();
  const [accounts, reloadAccounts] = useRequest('accounts.list', {});
  const [counts, reloadCounts] = useRequest('store.counts', {});
  const [settings] = useRequest('settings.get', {});
  const [choice, setChoice] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [rows, setRows] = useState<CustomerRow[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SortOrder>({ key: 'name', direction: 'ascending' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  /** Deletions that can still be undone; they live as long as the page. */
  const [undoStack, setUndoStack] = useState<DeletedRecords[]>([]);
  const [busy, setBusy] = useState(false);

  const accountList = useMemo(() => (accounts.status === 'ready' ? accounts.data : []), [accounts]);
  const selection = choice ?? (accounts.status !== 'ready' ? '' : accountList.length > 0 ? defaultAccount(accountList) : OTHER);
  const typedCheck = emailAddress.safeParse(typed);
  const accountId = selection === OTHER ? (typedCheck.success ? typedCheck.data : '') : selection;
  const tiers = useMemo(() => (settings.status === 'ready' ? settings.data.tiers.map((t) => t.name) : []), [settings]);

  const reload = useCallback(() => {
    setGeneration((g) => g + 1);
    reloadCounts();
    reloadAccounts();
  }, [reloadCounts, reloadAccounts]);

  // Adjusted during render (not in an effect) so the re-read starts in the same pass.
  const [seenRefreshKey, setSeenRefreshKey] = useState(refreshKey);
  if (seenRefreshKey !== refreshKey) {
    setSeenRefreshKey(refreshKey);
    reload();
  }

  useEffect(() => {
    if (accountId === '') return;
    let live = true;
    send('customers.list', { accountId })
      .then((data) => {
        if (!live) return;
        setRows(data);
        setListError(null);
        setSelected((s) => {
          const ids = new Set(data.map((r) => r.id));
          return new Set([...s].filter((id) => ids.has(id)));
        });
      })
      .catch((err: unknown) => live && setListError((err as Error).message));
    return () => {
      live = false;
    };
  }, [send, accountId, generation]);

  const shownRows = accountId === '' ? null : rows;
  const index = useMemo(() => searchable(shownRows ?? []), [shownRows]);
  // The table follows the query a frame behind the keystrokes, so typing never stutters.
  const deferredQuery = useDeferredValue(query);
  const sorted = useMemo(() => sortRows(index, order, tiers), [index, order, tiers]);
  const visible = useMemo(() => filterRows(sorted, deferredQuery), [sorted, deferredQuery]);

  // A link such as options.html#customers/acme opens that customer once the book is read.
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (!openCustomer || opened.current === openCustomer || tiers.length === 0) return;
    if (!rows?.some((r) => r.id === openCustomer)) return;
    opened.current = openCustomer;
    void edit(openCustomer);
  });

  function switchAccount(value: string) {
    setChoice(value);
    setRows(null);
    setSelected(new Set());
    setEditing(null);
    setImporting(false);
  }

  function sortBy(key: SortKey) {
    setOrder((o) => ({ key, direction: o.key === key && o.direction === 'ascending' ? 'descending' : 'ascending' }));
  }

  async function edit(id: string) {
    try {
      const existing = await send('customers.get', { accountId, id });
      setEditing({ kind: 'edit', id, values: formFromCustomer(existing, defaultTierName(tiers)) });
    } catch (err) {
      setNotice({ kind: 'error', text: (err as Error).message });
    }
  }

  async function remove(ids: string[]) {
    setConfirming(null);
    setBusy(true);
    try {
      const deleted = await send('customers.delete', { accountId, ids });
      setUndoStack((stack) => [...stack, deleted]);
      setEditing(null);
      setNotice({
        kind: 'done',
        text: `Deleted ${plural(deleted.customers.length, 'customer')} and ${plural(deleted.contacts.length, 'contact')}.`,
      });
      reload();
    } catch (err) {
      setNotice({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function undo() {
    const last = undoStack[undoStack.length - 1];
    if (!last) return;
    setBusy(true);
    try {
      const account = last.customers[0]?.accountId ?? accountId;
      const restored = await send('customers.restore', { accountId: account, records: last });
      setUndoStack((stack) => stack.slice(0, -1));
      setNotice({ kind: 'done', text: `Restored ${plural(restored.customers, 'customer')} and ${plural(restored.contacts, 'contact')}.` });
      reload();
    } catch (err) {
      setNotice({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function exportCsv() {
    try {
      const { filename, text } = await send('customers.export', { accountId });
      downloadText(filename, text, 'text/csv;charset=utf-8');
      setNotice({ kind: 'done', text: `Saved ${filename}.` });
    } catch (err) {
      setNotice({ kind: 'error', text: (err as Error).message });
    }
  }

  const total = counts.status === 'ready' ? counts.data.customers : 0;
  const confirmIds = new Set(confirming ?? []);
  const confirmRows = confirmIds.size === 0 ? [] : (shownRows ?? []).filter((r) => confirmIds.has(r.id));
  const confirmContacts = confirmRows.reduce((n, r) => n + r.contacts.length, 0);

  return (
    <div className="customers">
      {counts.status === 'ready' && total > 0 ? (
        <p data-testid="customer-count">
          {plural(total, 'customer')} with {plural(counts.data.contacts, 'contact')}
          {accountList.length > 1 ? ' in all accounts.' : '.'}
        </p>
      ) : (
        <EmptyState title="No customers yet">
          Your customer book lives here: companies, their domains and contacts. Add customers, import a CRM export (CSV) or
          restore a backup below.
        </EmptyState>
      )}

      <div className="row">
        <label>
          Account{' '}
          <select value={selection} onChange={(e) => switchAccount(e.target.value)} aria-label="Gmail account" disabled={selection === ''}>
            {selection === '' && <option value="">Loading…</option>}
            {accountList.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id}
              </option>
            ))}
            <option value={OTHER}>Another address…</option>
          </select>
        </label>
        {selection === OTHER && (
          <label>
            Gmail address{' '}
            <input
              type="email"
              value={typed}
              placeholder="you@company.com"
              onChange={(e) => {
                setTyped(e.target.value);
                setRows(null);
              }}
              aria-invalid={typed !== '' && !typedCheck.success}
            />
          </label>
        )}
      </div>
      {accounts.status === 'ready' && accountList.length === 0 && (
        <p className="hint">
          Open Gmail once with the account you work in, and it appears here. To start now, type that Gmail address: customers
          you add or import are kept for it.
        </p>
      )}
      {selection === OTHER && typed !== '' && !typedCheck.success && (
        <p role="alert" className="field__error">
          {typed} is not an email address.
        </p>
      )}

      {accountId !== '' && (
        <>
          <div className="row customers__toolbar">
            <label>
              Search{' '}
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name, domain, contact" aria-label="Search customers" />
            </label>
            <button type="button" onClick={() => setEditing({ kind: 'new', values: formFromCustomer(null, defaultTierName(tiers)) })} disabled={tiers.length === 0}>
              Add customer
            </button>
            <button type="button" onClick={() => setImporting(true)} disabled={importing}>
              Import CSV…
            </button>
            <button type="button" onClick={exportCsv} disabled={!shownRows || shownRows.length === 0}>
              Export CSV
            </button>
            <button type="button" className="danger" onClick={() => setConfirming([...selected])} disabled={selected.size === 0 || busy}>
              Delete selected ({selected.size})
            </button>
          </div>

          {notice && (
            <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`outcome outcome--${notice.kind}`}>
              {notice.text}
            </p>
          )}
          {undoStack.length > 0 && (
            <p className="row">
              <button type="button" onClick={undo} disabled={busy}>
                Undo delete
              </button>
              <span className="hint">
                of {plural(undoStack[undoStack.length - 1]!.customers.length, 'customer')}; possible until you close this page
              </span>
            </p>
          )}

          {confirming !== null && (
            <div role="alertdialog" aria-labelledby="confirm-delete-text" className="confirm">
              <p id="confirm-delete-text">
                Delete {confirming.length === 1 && confirmRows[0] ? confirmRows[0].name : plural(confirming.length, 'customer')} and{' '}
                {plural(confirmContacts, 'contact')}? You can undo this until you close this page.
              </p>
              <div className="row">
                <button type="button" className="danger" onClick={() => remove(confirming)}>
                  Delete
                </button>
                <button type="button" onClick={() => setConfirming(null)} autoFocus>
                  Keep
                </button>
              </div>
            </div>
          )}

          {importing && <ImportDialog key={accountId} accountId={accountId} onImported={reload} onClose={() => setImporting(false)} />}

          {editing && (
            <CustomerForm
              key={editing.kind === 'edit' ? editing.id : 'new'}
              accountId={accountId}
              id={editing.kind === 'edit' ? editing.id : undefined}
              initial={editing.values}
              tiers={tiers}
              onSaved={({ customer }) => {
                setEditing(null);
                setNotice({ kind: 'done', text: `Saved ${customer.name}.` });
                reload();
              }}
              onCancel={() => setEditing(null)}
              onDelete={editing.kind === 'edit' ? () => setConfirming([editing.id]) : undefined}
            />
          )}

          {listError && (
            <p role="alert" className="outcome outcome--error">
              Could not read the customers: {listError}
            </p>
          )}
          {shownRows && (
            <>
              <p className="hint" aria-live="polite">
                {visible.length === shownRows.length
                  ? `${plural(shownRows.length, 'customer')} in ${accountId}`
                  : `${plural(visible.length, 'customer')} of ${shownRows.length.toLocaleString('en')} match`}
              </p>
              <CustomerTable
                accountId={accountId}
                rows={visible}
                order={order}
                onSort={sortBy}
                selected={selected}
                onToggle={(id) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    if (!next.delete(id)) next.add(id);
                    return next;
                  })
                }
                onToggleAll={(select) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    for (const r of visible) {
                      if (select) next.add(r.id);
                      else next.delete(r.id);
                    }
                    return next;
                  })
                }
                onEdit={edit}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
