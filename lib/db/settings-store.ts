import {
  isValidSettingsField,
  settingsChangeSchema,
  settingsSchema,
  type Settings,
  type SettingsChange,
} from '../settings';
import type { FollowThroughDB } from './database';
import { ALL_ACCOUNTS, markClocksStale } from './stale-store';

/**
 * Settings written by an older version parse into today's shape (new fields take their
 * defaults). A stored value that no longer parses falls back to the defaults field by field
 * rather than blocking the whole product.
 */
export async function readSettings(db: FollowThroughDB): Promise<Settings> {
  const row = await db.settings.get('global');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  if (parsed.success) return parsed.data;
  const salvaged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row?.value ?? {})) {
    if (isValidSettingsField(key, value)) salvaged[key] = value;
  }
  return settingsSchema.parse(salvaged);
}

/**
 * Merges a partial change into the stored settings; an invalid change throws and stores
 * nothing. Working hours, holidays and targets move every clock: the change is saved with
 * the mark that every account's clocks are owed a recompute.
 */
export async function updateSettings(
  db: FollowThroughDB,
  change: SettingsChange,
): Promise<Settings> {
  const checked = settingsChangeSchema.parse(change);
  return db.transaction('rw', db.settings, db.meta, async () => {
    const next = settingsSchema.parse({ ...(await readSettings(db)), ...checked });
    await db.settings.put({ id: 'global', value: next });
    await markClocksStale(db, ALL_ACCOUNTS);
    return next;
  });
}
