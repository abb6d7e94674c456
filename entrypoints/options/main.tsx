import { createRoot } from 'react-dom/client';
import { ClientProvider } from '../../components/client-context';
import { OptionsApp } from '../../components/OptionsApp';
import { send, subscribeChanges } from '../../lib/messaging/runtime-client';
import '../../components/styles.css';

createRoot(document.getElementById('root')!).render(
  <ClientProvider client={send} changes={subscribeChanges}>
    <OptionsApp />
  </ClientProvider>,
);
