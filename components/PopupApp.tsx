import { EmptyState } from './EmptyState';
import { useRequest } from './client-context';

export function PopupApp({ openOptions }: { openOptions: () => void }) {
  const [accounts] = useRequest('accounts.list', {});
  const [counts] = useRequest('store.counts', {});
  return (
    <main className="popup">
      <header className="row row--spread">
        <h1>Today</h1>
        <button type="button" className="link" onClick={openOptions}>
          Settings
        </button>
      </header>
      {accounts.status === 'loading' && <p className="hint">Loading…</p>}
      {accounts.status === 'error' && <p role="alert">{accounts.message}</p>}
      {accounts.status === 'ready' && accounts.data.length === 0 && (
        <EmptyState title="Open Gmail to get started">
          Follow-through starts watching your replies and promises once you open Gmail in this
          browser.
        </EmptyState>
      )}
      {accounts.status === 'ready' && accounts.data.length > 0 && (
        <>
          <EmptyState title="Nothing needs you right now">
            No customer is waiting past a target and no promise is due.
          </EmptyState>
          <p className="hint" data-testid="popup-accounts">
            Watching {accounts.data.map((a) => a.id).join(', ')}
            {counts.status === 'ready' && ` · ${counts.data.customers} customers`}
          </p>
        </>
      )}
    </main>
  );
}
