import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Client } from '../lib/messaging/client';
import type { MessageType, RequestInputOf, ResponseOf } from '../lib/messaging/protocol';

const ClientContext = createContext<Client | null>(null);
/** Calls back after any stored change (lib/messaging/changes.ts); returns the unsubscribe. */
export type SubscribeChanges = (onChange: () => void) => () => void;
const ChangesContext = createContext<SubscribeChanges | null>(null);

/**
 * Pages hand in the runtime client and the change feed; tests hand in a client wired straight
 * to the handlers, and a feed when they test live updates.
 */
export function ClientProvider({
  client,
  changes = null,
  children,
}: {
  client: Client;
  changes?: SubscribeChanges | null;
  children: ReactNode;
}) {
  return (
    <ClientContext.Provider value={client}>
      <ChangesContext.Provider value={changes}>{children}</ChangesContext.Provider>
    </ClientContext.Provider>
  );
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <ClientProvider>');
  return client;
}

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/** Asks the background once, again whenever `reload` is called, and after every stored change. */
export function useRequest<K extends MessageType>(type: K, payload: RequestInputOf<K>) {
  const send = useClient();
  const changes = useContext(ChangesContext);
  const [state, setState] = useState<Loaded<ResponseOf<K>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(payload);
  useEffect(() => {
    let live = true;
    (send as (t: K, p: RequestInputOf<K>) => Promise<ResponseOf<K>>)(type, JSON.parse(key))
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((err: unknown) => live && setState({ status: 'error', message: String((err as Error).message ?? err) }));
    return () => {
      live = false;
    };
  }, [send, type, key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => changes?.(reload), [changes, reload]);
  return [state, reload] as const;
}
