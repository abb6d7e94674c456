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
    changes = null,
  }: { now?: Date; seed?: (db: FollowThroughDB) => Promise<unknown>; changes?: SubscribeChanges | null } = {},
) {
  const db = openDatabase(freshName());
  await seed?.(db);
  const router = createRouter(createHandlers({ db, clock: () => now, version: 'test' }));
  const client = createClient(async (m) => router(m));
  const view = render(<ClientProvider client={client} changes={changes}>
      {ui}
    </ClientProvider>);
  return { db, client, ...view };
}
