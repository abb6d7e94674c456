import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ClientProvider } from '../../components/client-context';
import { ReviewApp } from '../../components/review/ReviewApp';
import { send, subscribeChanges } from '../../lib/messaging/runtime-client';
import { openThread } from '../../lib/open-thread';
import { parseReviewHash, reviewPagePath } from '../../lib/relationship/links';
import '../../components/styles.css';
import '../../components/sidebar/sidebar.css';

createRoot(document.getElementById('root')!).render(
  <ClientProvider client={send} changes={subscribeChanges}>
    <ReviewApp
      initial={parseReviewHash(location.hash)}
      links={{
        openThread: (accountId, threadId) => void openThread(browser as never, accountId, threadId),
        onChange: (state) => history.replaceState(null, '', reviewPagePath(state)),
        optionsUrl: browser.runtime.getURL('/options.html'),
      }}
    />
  </ClientProvider>,
);
