import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ClientProvider } from '../../components/client-context';
import { PopupApp } from '../../components/PopupApp';
import { send, subscribeChanges } from '../../lib/messaging/runtime-client';
import '../../components/styles.css';

createRoot(document.getElementById('root')!).render(
  <ClientProvider client={send} changes={subscribeChanges}>
    <PopupApp
      openOptions={() => void browser.runtime.openOptionsPage()}
      openUrl={(url) => void browser.tabs.create({ url })}
    />
  </ClientProvider>,
);
