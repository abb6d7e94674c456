/**
 * For the e2e fault suite only (test builds expose it on the worker's globalThis): each
 * write a handler starts with, without the recompute that follows it, so that a test can
 * stop the service worker exactly between the two steps.
 */
import { importBackup } from '../backup';
import { applyCustomerImport, deleteCustomers, planCustomerImport } from '../db/customers-store';
import type { FollowThroughDB } from '../db/database';
import { readSettings, updateSettings } from '../db/settings-store';
import type { SettingsChange } from '../settings';
import type { ImportInput } from '../db/customers-store';

export function writeStepsOnly(db: FollowThroughDB, clock: () => Date) {
  const deps = () => ({ now: clock(), newId: () => crypto.randomUUID() });
  return {
    updateSettings: (change: SettingsChange) => updateSettings(db, change),
    restore: (text: string) => importBackup(db, text),
    deleteCustomers: (accountId: string, ids: string[]) => deleteCustomers(db, accountId, ids),
    importCustomers: async (input: ImportInput) => {
      const settings = await readSettings(db);
      const plan = await planCustomerImport(db, input, settings, deps());
      return applyCustomerImport(db, input, plan.summary, settings, deps());
    },
    /** Every row of every table, sorted, to compare whole stores. */
    dump: async () => {
      const out: Record<string, string[]> = {};
      for (const table of db.tables) out[table.name] = (await table.toArray()).map((r) => JSON.stringify(r)).sort();
      return out;
    },
  };
}
