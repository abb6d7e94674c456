import { finishStaleClocks } from '../alerts/stale-clocks';
import { exportBackup, importBackup, serializeBackup } from '../backup';
import type { FollowThroughDB } from '../db/database';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { countRecords, listAccounts, noteAccountSeen } from '../db/accounts-store';
import { readSettings, updateSettings } from '../db/settings-store';
import { fileSafe } from '../format';
import type { Handlers } from '../messaging/server';
import { createCustomerHandlers } from './customers-handlers';
import { createAlertHandlers } from './alerts-handlers';
import type { Clock } from '../schema-primitives';

type CoreHandlers = Pick<Handlers, 'ping' | 'account.seen' | 'accounts.list' | 'settings.get' | 'settings.update' | 'store.counts' | 'backup.export' | 'backup.import'>;

export interface BackgroundDeps {
  db: FollowThroughDB;
  clock: Clock;
  version: string;
}

export function backupFilename(now: Date, accountId?: string): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '');
  return `follow-through-${accountId ? fileSafe(accountId) : 'all'}-${stamp}.json`;
}

/** Every message the background answers; each one a thin call into lib/. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...createCoreHandlers(deps),
    ...createCustomerHandlers(deps),
    ...createAlertHandlers(deps),
  };
}

function createCoreHandlers({ db, clock, version }: BackgroundDeps): CoreHandlers {
  return {
    ping: async () => ({ version, schemaVersion: CURRENT_SCHEMA_VERSION }),
    'account.seen': ({ accountId }) => noteAccountSeen(db, accountId, clock()),
    'accounts.list': () => listAccounts(db),
    'settings.get': () => readSettings(db),
    'settings.update': async ({ change }) => {
      const settings = await updateSettings(db, change);
      await finishStaleClocks(db, clock());
      return settings;
    },
    'store.counts': ({ accountId }) => countRecords(db, accountId),
    'backup.export': async ({ accountId }) => {
      const now = clock();
      const doc = await exportBackup(db, { accountId, now });
      return { filename: backupFilename(now, accountId), text: serializeBackup(doc) };
    },
    'backup.import': async ({ text }) => {
      const summary = await importBackup(db, text);
      await finishStaleClocks(db, clock());
      return summary;
    },
  };
}
