import Dexie, { type EntityTable } from 'dexie';
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { z } from 'zod';
import {
  recordSchemas,
  type Account,
  type AlertState,
  type Contact,
  type Customer,
  type FollowUp,
  type Meta,
  type Message,
  type SettingsRecord,
  type StagedRecord,
  type TableName,
  type Thread,
} from './records';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { describeIssues } from '../validation';

export const DATABASE_NAME = 'follow-through';

export class InvalidRecordError extends Error {
  constructor(
    readonly table: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`Refused to write an invalid ${table} record: ${describeIssues(issues)}`);
    this.name = 'InvalidRecordError';
  }
}

/**
 * Validates every value that reaches IndexedDB, whatever API wrote it (add, put, bulkPut,
 * update, modify), and stores the parsed value, so defaults and normalisation apply too.
 */
const validateWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'zod-validation',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const schema = recordSchemas[name as TableName] as z.ZodType | undefined;
      if (!schema) return table;
      return {
        ...table,
        mutate: (req: DBCoreMutateRequest) => {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          const values = req.values.map((value) => {
            const result = schema.safeParse(value);
            if (!result.success) throw new InvalidRecordError(name, result.error.issues);
            return result.data;
          });
          return table.mutate({ ...req, values });
        },
      };
    },
  }),
};

export type FollowThroughDB = Dexie & {
  accounts: EntityTable<Account, 'id'>;
  customers: Dexie.Table<Customer, [string, string]>;
  contacts: Dexie.Table<Contact, [string, string]>;
  threads: Dexie.Table<Thread, [string, string]>;
  messages: Dexie.Table<Message, [string, string]>;
  followUps: Dexie.Table<FollowUp, [string, string]>;
  alertStates: Dexie.Table<AlertState, [string, string]>;
  settings: EntityTable<SettingsRecord, 'id'>;
  meta: EntityTable<Meta, 'key'>;
  staging: Dexie.Table<StagedRecord, [string, number]>;
};

/** Declares `versions` on a Dexie instance; tests pass an older prefix to write old data. */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores as Record<string, string | null>);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

/** Opens (lazily, on first use) the database; only the background and extension pages call this. */
export function openDatabase(name = DATABASE_NAME): FollowThroughDB {
  const db = new Dexie(name) as FollowThroughDB;
  declareVersions(db, SCHEMA_VERSIONS);
  db.use(validateWrites);
  return db;
}
