import { gmailThreadUrl } from '../lib/alerts/notifications';
import { AttentionList, type AttentionActions } from './AttentionList';
import { EmptyState } from './EmptyState';
import { IntegrationStatus } from './IntegrationStatus';
import { useClient, useRequest } from './client-context';

export function PopupApp({ openOptions, openUrl }: { openOptions: () => void; openUrl: (url: string) => void }) {
  const send = useClient();
  const [accounts] = useRequest('accounts.list', {});
  const [attention, reloadAttention] = useRequest('attention.list', {});
  const [suggested, reloadSuggested] = useRequest('followUps.suggested', {});
  const reload = () => {
    reloadAttention();
    reloadSuggested();
  };
  const decide = (f: { accountId: string; id: string }, type: 'confirm' | 'dismiss') =>
    void send('followUp.transition', { accountId: f.accountId, id: f.id, action: { type } }).then(reload);

  const actions: AttentionActions = {
    open: (item) => openUrl(gmailThreadUrl(item.accountId, item.threadId)),
    complete: (item) =>
      void send('followUp.transition', {
        accountId: item.accountId,
        id: item.followUpId!,
        action: { type: 'complete' },
      }).then(reload),
    noReplyNeeded: (item) =>
      void send('thread.mark', { accountId: item.accountId, threadId: item.threadId, kind: 'no-reply-needed' }).then(
        reload,
      ),
  };

  return (
    <main className="popup">
      <header className="row row--spread">
        <h1>Today</h1>
        <button type="button" className="link" onClick={openOptions}>
          Settings
        </button>
      </header>
      <IntegrationStatus />
      {(accounts.status === 'loading' || attention.status === 'loading') && <p className="hint">Loading…</p>}
      {accounts.status === 'error' && <p role="alert">{accounts.message}</p>}
      {attention.status === 'error' && <p role="alert">{attention.message}</p>}
      {accounts.status === 'ready' && accounts.data.length === 0 && (
        <EmptyState title="Open Gmail to get started">
          Follow-through starts watching your replies and promises once you open Gmail in this
          browser.
        </EmptyState>
      )}
      {accounts.status === 'ready' && accounts.data.length > 0 && attention.status === 'ready' && (
        <>
          {attention.data.items.length === 0 ? (
            <EmptyState title="Nothing needs you right now">
              No customer is waiting past a target and no promise is due.
            </EmptyState>
          ) : (
            <AttentionList items={attention.data.items} actions={actions} />
          )}
          {suggested.status === 'ready' && suggested.data.total > 0 && (
            <section aria-labelledby="to-confirm">
              <h2 id="to-confirm">Promises to confirm ({suggested.data.total})</h2>
              <ul className="attention">
                {suggested.data.items.map((f) => (
                  <li key={`${f.accountId} ${f.id}`} className="attention__item attention__item--follow-up-at-risk">
                    <span className="attention__level">{f.due ? `Due ${f.due}` : 'No date'}</span>
                    <span className="attention__title">{f.action || f.sentence}</span>
                    <span className="hint">{f.customerName ?? 'Unknown customer'}</span>
                    <span className="row">
                      <button type="button" onClick={() => decide(f, 'confirm')}>
                        Keep
                      </button>
                      <button type="button" onClick={() => decide(f, 'dismiss')}>
                        Dismiss
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="hint" data-testid="popup-accounts">
            Watching {accounts.data.map((a) => a.id).join(', ')}
          </p>
        </>
      )}
    </main>
  );
}
