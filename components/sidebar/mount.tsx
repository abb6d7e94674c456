import { createRoot } from 'react-dom/client';
import type { Client } from '../../lib/messaging/client';
import type { MountSidebar } from '../../lib/gmail/watch-threads';
import { ClientProvider } from '../client-context';
import { ThreadSidebar } from './ThreadSidebar';

/** Renders the sidebar into an InboxSDK content panel and unmounts it with the thread. */
export function sidebarMounter(send: Client, iconUrl: string): MountSidebar {
  return (view, { accountId, threadId }) => {
    const el = document.createElement('div');
    const root = createRoot(el);
    root.render(
      <ClientProvider client={send}>
        <ThreadSidebar accountId={accountId} threadId={threadId} />
      </ClientProvider>,
    );
    view.addSidebarContentPanel({ el, title: 'Follow-through', iconUrl, id: 'follow-through' });
    view.on('destroy', () => root.unmount());
  };
}
