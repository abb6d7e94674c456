import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ClientProvider } from '../../components/client-context';
import { CustomerPageApp } from '../../components/customer/CustomerPageApp';
import { EmptyState } from '../../components/EmptyState';
import { send, subscribeChanges } from '../../lib/messaging/runtime-client';
import { openThread } from '../../lib/open-thread';
import { parseCustomerHash, reviewPagePath } from '../../lib/relationship/links';
import '../../components/styles.css';
import '../../components/sidebar/sidebar.css';

const root = createRoot(document.getElementById('root')!);
function show() {
  const which = parseCustomerHash(location.hash);
  root.render(
    <ClientProvider client={send} changes={subscribeChanges}>
      {which ? (
        <CustomerPageApp
          key={`${which.accountId} ${which.customerId}`}
          {...which}
          links={{
            openThread: (accountId, threadId) => void openThread(browser as never, accountId, threadId),
            reviewUrl: browser.runtime.getURL(reviewPagePath({ accountId: which.accountId }) as never),
            optionsUrl: browser.runtime.getURL('/options.html'),
          }}
        />
      ) : (
        <main className="relationship">
          <EmptyState title="No customer chosen">Open a customer from the customer table in the options, or from the Gmail sidebar.</EmptyState>
        </main>
      )}
    </ClientProvider>,
  );
}
addEventListener('hashchange', show);
show();
