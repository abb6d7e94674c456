import { gmailThreadUrl } from '../lib/alerts/notifications';
import { AttentionList, type AttentionActions } from './AttentionList';
import { EmptyState } from './EmptyState';
import { useClient, useRequest } from './client-context';

export function PopupApp({ openOptions, openUrl }: { openOptions: () => void; openUrl: (url: string) => void }) {
  const send = useClient();
  const [accounts] = useRequest('accounts.list', {});
  const [attention, reload] = useRequest('attention.list', {});

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
          <p className="hint" data-testid="popup-accounts">
            Watching {accounts.data.map((a) => a.id).join(', ')}
          </p>
        </>
      )}
    </main>
  );
}
