import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ClientProvider, type SubscribeChanges } from '../../components/client-context';
import { createHandlers } from '../../lib/background/handlers';
import { openDatabase, type FollowThroughDB } from '../../lib/db/database';
import { createClient } from '../../lib/messaging/client';
import { createRouter } from '../../lib/messaging/server';
import { freshName } from './sample-store';

/** Renders a component against the real background handlers over a fresh fake-indexeddb store. */
export async function renderWithBackground(
  ui: ReactElement,
  {
    now = new Date('2026-11-22T10:00:00Z'),
    seed,
    transport = (m, deliver) => deliver(m),
    changes = null,
  }: {
    now?: Date;
    seed?: (db: FollowThroughDB) => Promise<unknown>;
    /** Stands between the page and the background, e.g. to lose a reply like a stopped worker. */
    transport?: (message: unknown, deliver: (m: unknown) => Promise<unknown>) => Promise<unknown>;
    /** A change feed, for tests of live updates. */
    changes?: SubscribeChanges | null;
  } = {},
) {
  const db = openDatabase(freshName());
  await seed?.(db);
  const router = createRouter(createHandlers({ db, clock: () => now, version: 'test' }));
  const client = createClient((m) => transport(m, async (x) => router(x)));
  const view = render(
    <ClientProvider client={client} changes={changes}>
      {ui}
    </ClientProvider>,
  );
  return { db, client, ...view };
}
