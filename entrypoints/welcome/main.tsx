import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ClientProvider } from '../../components/client-context';
import { WelcomeApp } from '../../components/WelcomeApp';
import { send, subscribeChanges } from '../../lib/messaging/runtime-client';
import '../../components/styles.css';
import '../../components/sidebar/sidebar.css';

createRoot(document.getElementById('root')!).render(
  <ClientProvider client={send} changes={subscribeChanges}>
    <WelcomeApp optionsUrl={(section) => browser.runtime.getURL(`/options.html#${section}`)} />
  </ClientProvider>,
);
