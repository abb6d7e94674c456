import { Suspense, use } from 'react';
import { createRoot } from 'react-dom/client';
import type { Client } from '../../lib/messaging/client';
import type { MountSidebar } from '../../lib/gmail/watch-threads';
import type { SentOutcome } from '../../lib/gmail/watch-sent-mail';
import { ClientProvider, type SubscribeChanges } from '../client-context';
import { SentNotice } from './SentNotice';
import { ThreadSidebar } from './ThreadSidebar';
import { themeBehind } from './theme';

/** The rail icon, inline: Gmail's page cannot load files from the extension. */
export const PANEL_ICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="6" fill="#0b57d0"/>' +
      '<path d="M6 12.5l4 4 8-9" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  );

function ThreadSidebarFor({ accountId, threadId, startHeadsUp }: Parameters<MountSidebar>[1]) {
  return <ThreadSidebar accountId={accountId} threadId={use(threadId)} startHeadsUp={startHeadsUp} />;
}

/** Follows Gmail's light, dark or image theme, now and when the user switches it. */
function followTheme(el: HTMLElement): () => void {
  const apply = () => (el.dataset.theme = themeBehind(el.parentElement ?? document.body, getComputedStyle));
  apply();
  const timer = setInterval(apply, 5000);
  return () => clearInterval(timer);
}

/** Renders the sidebar into an InboxSDK content panel at once ("Loading…") and unmounts it with the thread. */
export function sidebarMounter(send: Client, changes: SubscribeChanges): MountSidebar {
  return (view, ref) => {
    const el = document.createElement('div');
    el.className = 'ft-theme ft-panel';
    const root = createRoot(el);
    root.render(
      <ClientProvider client={send} changes={changes}>
        <Suspense fallback={<p className="ft-hint">Loading…</p>}>
          <ThreadSidebarFor {...ref} />
        </Suspense>
      </ClientProvider>,
    );
    view.addSidebarContentPanel({ el, title: 'Follow-through', iconUrl: PANEL_ICON, id: 'follow-through' });
    requestAnimationFrame(() => {
      const stop = followTheme(el);
      view.on('destroy', stop);
    });
    view.on('destroy', () => root.unmount());
  };
}

/** After a send: the promises found, to keep, re-date or dismiss ("ask"), or what was kept, with undo ("auto"). */
export function sentNoticeShower(send: Client): (outcome: SentOutcome) => void {
  let host: HTMLElement | null = null;
  let root: ReturnType<typeof createRoot> | null = null;
  return (outcome) => {
    if (outcome.followUps.length === 0) return;
    if (!host || !host.isConnected) {
      host = document.createElement('div');
      host.className = 'ft-theme ft-notice-host';
      document.body.append(host);
      root = createRoot(host);
    }
    host.dataset.theme = themeBehind(document.body, getComputedStyle);
    root!.render(
      <ClientProvider client={send}>
        <SentNotice key={outcome.followUps.map((f) => f.id).join()} outcome={outcome} onClose={() => root?.render(null)} />
      </ClientProvider>,
    );
  };
}
