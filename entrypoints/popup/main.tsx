import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ClientProvider } from '../../components/client-context';
import { PopupApp } from '../../components/PopupApp';
import { send, subscribeChanges } from '../../lib/messaging/runtime-client';
import { openCompose, openThread } from '../../lib/open-thread';
import '../../components/styles.css';
import '../../components/sidebar/sidebar.css';

createRoot(document.getElementById('root')!).render(
  <ClientProvider client={send} changes={subscribeChanges}>
    <PopupApp
      openOptions={(section) =>
        void (section
          ? browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) })
          : browser.runtime.openOptionsPage())
      }
      openThread={(accountId, threadId) =>
        void openThread(browser as never, accountId, threadId).then(() => window.close())
      }
      openCompose={(accountId, to) =>
        void openCompose(browser as never, accountId, to).then(() => window.close())
      }
      openUrl={(url) => void browser.tabs.create({ url })}
    />
  </ClientProvider>,
);
