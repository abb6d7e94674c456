import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Client } from '../lib/messaging/client';
import type { MessageType, RequestInputOf, ResponseOf } from '../lib/messaging/protocol';

const ClientContext = createContext<Client | null>(null);

/** Pages hand in the runtime client; tests hand in one wired straight to the handlers. */
export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
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

/** Asks the background once, and again whenever `reload` is called. */
export function useRequest<K extends MessageType>(type: K, payload: RequestInputOf<K>) {
  const send = useClient();
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
  return [state, reload] as const;
}
