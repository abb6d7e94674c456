/**
 * Live updates: every context that shows stored data (the Gmail sidebar and chips, the popup,
 * the options page) keeps a port open to the background, which says "changed" after any write,
 * whoever made it. The receiver then asks again through the ordinary protocol, so the port
 * carries no data and needs no schema beyond its one message.
 */
export const CHANGES_PORT = 'follow-through-changes';
const CHANGED = 'changed';

export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/** Background side: remembers the open ports and tells them all, at most once per `quietMs`. */
export function changeBroadcaster(
  onConnect: { addListener(cb: (port: PortLike) => void): void },
  { quietMs = 250, setTimer = setTimeout }: { quietMs?: number; setTimer?: typeof setTimeout } = {},
): { notify(): void } {
  const ports = new Set<PortLike>();
  onConnect.addListener((port) => {
    if (port.name !== CHANGES_PORT) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  });
  let pending = false;
  return {
    notify() {
      if (pending) return;
      pending = true;
      setTimer(() => {
        pending = false;
        for (const port of ports) {
          try {
            port.postMessage(CHANGED);
          } catch {
            ports.delete(port);
          }
        }
      }, quietMs);
    },
  };
}

/**
 * Client side: calls `onChange` after every change. The service worker may stop and drop the
 * port; reconnecting wakes it, and a change may have been missed meanwhile, so a reconnect
 * counts as one.
 */
export function watchChanges(
  connect: () => PortLike,
  onChange: () => void,
  { retryMs = 1000, setTimer = setTimeout }: { retryMs?: number; setTimer?: typeof setTimeout } = {},
): () => void {
  let stopped = false;
  let port: PortLike | null = null;
  const open = (reconnected: boolean) => {
    if (stopped) return;
    try {
      port = connect();
    } catch {
      return; // the extension is gone (updated or removed): nothing to watch any more
    }
    port.onMessage.addListener((message) => message === CHANGED && onChange());
    port.onDisconnect.addListener(() => {
      port = null;
      setTimer(() => open(true), retryMs);
    });
    if (reconnected) onChange();
  };
  open(false);
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
