import { finishStaleClocks } from '../alerts/stale-clocks';
import type { FollowThroughDB } from '../db/database';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { countRecords, deleteAccountData, EVERYTHING, listAccounts, noteAccountSeen } from '../db/accounts-store';
import { readSettings, updateSettings } from '../db/settings-store';
import type { Handlers } from '../messaging/server';
import { createCustomerHandlers } from './customers-handlers';
import { createAlertHandlers } from './alerts-handlers';
import { createGmailHandlers } from './gmail-handlers';
import { createRelationshipHandlers } from './relationship-handlers';
import type { Clock } from '../schema-primitives';

type CoreHandlers = Pick<Handlers, 'ping' | 'account.seen' | 'accounts.list' | 'settings.get' | 'settings.update' | 'store.counts' | 'store.changed' | 'data.delete'>;

export interface BackgroundDeps {
  db: FollowThroughDB;
  clock: Clock;
  version: string;
  /** The badge and notifications from the store (the worker's alerts service). */
  refreshAlerts?: () => Promise<unknown>;
  /**
   * Tells the live pages that something changed which the store's own change events do not
   * announce (the integration status lives in the bookkeeping table they ignore).
   */
  notifyChange?: () => void;
  /** Opens an extension page (a path like /customer.html#…) in a new tab. */
  openPage?: (path: string) => Promise<void>;
}

/** Every message the background answers; each one a thin call into lib/. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...createCoreHandlers(deps),
    ...createCustomerHandlers(deps),
    ...createAlertHandlers(deps),
    ...createGmailHandlers(deps),
    ...createRelationshipHandlers(deps),
  };
}

function createCoreHandlers({ db, clock, version, refreshAlerts }: BackgroundDeps): CoreHandlers {
  return {
    ping: async () => ({ version, schemaVersion: CURRENT_SCHEMA_VERSION }),
    'account.seen': ({ accountId, aliases }) => noteAccountSeen(db, accountId, clock(), aliases),
    'accounts.list': () => listAccounts(db),
    'settings.get': () => readSettings(db),
    'settings.update': async ({ change }) => {
      const settings = await updateSettings(db, change);
      await finishStaleClocks(db, clock());
      // The options page promises that a saved change shows on the badge at once.
      await refreshAlerts?.();
      return settings;
    },
    'store.counts': ({ accountId }) => countRecords(db, accountId),
    'data.delete': async (request) => {
      const deleted = await deleteAccountData(db, 'everything' in request ? EVERYTHING : request.accountId);
      // The deleted items leave the badge now, not at the next alarm.
      await refreshAlerts?.();
      return deleted;
    },
    // The alerts run finishes any owed clock recompute first (alerts-service.ts).
    'store.changed': async () => {
      await (refreshAlerts ? refreshAlerts() : finishStaleClocks(db, clock()));
      return {};
    },
  };
}
