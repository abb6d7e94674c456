/**
 * Every stored record, as a zod schema; the TypeScript types are inferred from them.
 * Each row carries `accountId` (the signed-in Gmail address) because every account is
 * its own partition: nothing is shared across accounts except the global settings.
 */
import { z } from 'zod';
import { civilDate, domainName, emailAddress, instant, timeZoneName } from '../schema-primitives';
import { settingsSchema, targetOverridesSchema } from '../settings';

export const accountId = emailAddress;
const id = z.string().min(1).max(200);

export const accountSchema = z.object({
  id: accountId,
  createdAt: instant,
  lastSeenAt: instant,
  /** Send-as addresses Gmail offered in this account's compose windows: mail from them is the user's. */
  aliases: z.array(emailAddress).default([]),
});
export type Account = z.infer<typeof accountSchema>;

export const customerSchema = z.object({
  accountId,
  id,
  name: z.string().trim().min(1, 'a customer needs a company name').max(200),
  tier: z.string().trim().min(1).max(60),
  domains: z.array(domainName),
  notes: z.string().max(20_000).default(''),
  targets: targetOverridesSchema.default({}),
  /** "Touch base every N days"; null when the user set no cadence. */
  cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
  /**
   * Where the customer's clock is, when the user said: "by 5pm your time" in a message to them is
   * dated on their clock. Absent when not set (then the thread's own hints, or none).
   */
  timeZone: timeZoneName.optional(),
  /** The user put off touching base: the customer is not listed as gone quiet until then. */
  quietSnoozedUntil: instant.nullable().optional(),
  createdAt: instant,
  updatedAt: instant,
});
export type Customer = z.infer<typeof customerSchema>;

export const contactSchema = z.object({
  accountId,
  email: emailAddress,
  customerId: id,
  name: z.string().max(200).default(''),
  role: z.string().max(200).default(''),
});
export type Contact = z.infer<typeof contactSchema>;

export const threadMarkSchema = z.object({
  kind: z.enum(['no-reply-needed', 'answered-elsewhere']),
  at: instant,
});

export const threadClockSchema = z.object({
  side: z.enum(['firstReply', 'nextReply']),
  /** The oldest unanswered customer message. */
  since: instant,
  sinceMessageId: id,
  /** Null when the schedule never reaches that point (no working hours at all). */
  atRiskAt: instant.nullable(),
  breachedAt: instant.nullable(),
  /** When this clock was last (re)computed: a clock computed already breached is news too. */
  computedAt: instant,
});
export type ThreadClock = z.infer<typeof threadClockSchema>;

export const threadSchema = z.object({
  accountId,
  threadId: id,
  subject: z.string().max(1000).default(''),
  customerId: id.nullable().default(null),
  /** Set by the user; a customer message newer than `at` clears its effect. */
  mark: threadMarkSchema.nullable().default(null),
  snoozedUntil: instant.nullable().default(null),
  /** When the snooze was set: a customer message after it ends the snooze. */
  snoozedAt: instant.nullable().default(null),
  /**
   * The running reply clock, kept by the background whenever the thread's messages, mark,
   * customer or the settings change. Stored rather than derived on read so that the badge
   * finds at-risk and breached threads through an index instead of replaying every thread.
   */
  clock: threadClockSchema.nullable().default(null),
  /**
   * How many messages Gmail showed in the thread when it was last observed. More than the
   * stored messages means some were never opened here, so the clock cannot know whether the
   * user replied before them. Null for threads observed before this was recorded.
   */
  messageCount: z.number().int().min(0).nullable().default(null),
  /**
   * The newest incoming and outgoing message, kept with every observation so the sidebar can
   * say when a customer last wrote without reading all their threads' messages. Absent on
   * threads stored before this was recorded (then the messages are read).
   */
  lastIncomingAt: instant.nullable().optional(),
  lastOutgoingAt: instant.nullable().optional(),
  updatedAt: instant,
});
export type Thread = z.infer<typeof threadSchema>;

/** Metadata only: Follow-through never stores a message body. */
export const messageSchema = z.object({
  accountId,
  messageId: id,
  threadId: id,
  from: emailAddress,
  to: z.array(emailAddress).default([]),
  cc: z.array(emailAddress).default([]),
  sentAt: instant,
  direction: z.enum(['incoming', 'outgoing']),
});
export type Message = z.infer<typeof messageSchema>;

/** One change of a follow-up's due date: by a heads-up sent to the customer, or edited by hand. */
export const redatingSchema = z.object({
  from: civilDate,
  to: civilDate,
  at: instant,
  reason: z.enum(['heads-up', 'edited']),
});
export type Redating = z.infer<typeof redatingSchema>;

export const followUpSchema = z.object({
  accountId,
  id,
  threadId: id,
  messageId: id,
  customerId: id.nullable().default(null),
  /** The sentence the promise came from; with accountId and messageId it makes the follow-up unique. */
  sentence: z.string().min(1).max(2000),
  action: z.string().max(500).default(''),
  due: civilDate.nullable(),
  state: z.enum(['suggested', 'open', 'done', 'dismissed']),
  /** Found in sent mail, added by hand, or the check-in scheduled when another was done. */
  source: z.enum(['detected', 'manual', 'check-in']),
  snoozedUntil: instant.nullable().default(null),
  /**
   * When it was marked done; null while it is not. Records from before version 5 got their
   * updatedAt, which for a done follow-up is when it was done (nothing else changes one).
   */
  completedAt: instant.nullable().default(null),
  /** Every move of the due date, oldest first (version 6; older records and backups have none). */
  redated: z.array(redatingSchema).max(1000).default([]),
  createdAt: instant,
  updatedAt: instant,
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** What the alerts engine already told the user, so a notification is never repeated. */
export const alertStateSchema = z.object({
  accountId,
  /** `thread:<threadId>` or `follow-up:<id>`. */
  itemKey: id,
  /** 'heads-up': a promise's at-risk day began (the moment to tell the customer if it will slip). */
  state: z.enum(['breached', 'overdue', 'heads-up']),
  notifiedAt: instant,
});
export type AlertState = z.infer<typeof alertStateSchema>;

/** Small bookkeeping values of the background, e.g. when alerts were last checked. */
export const metaSchema = z.object({ key: z.string().min(1), value: z.string() });
export type Meta = z.infer<typeof metaSchema>;

export const settingsRecordSchema = z.object({ id: z.literal('global'), value: settingsSchema });
export type SettingsRecord = z.infer<typeof settingsRecordSchema>;

/**
 * A record of a large backup being restored, checked and parked here until the whole file
 * has been read; then one transaction moves every staged record into its table, so the
 * restore stays all-or-nothing without holding the file in memory (backup-file.ts).
 */
export const stagedRecordSchema = z.object({
  importId: z.string().min(1),
  seq: z.number().int().min(0),
  table: z.string().min(1),
  record: z.record(z.string(), z.unknown()),
});
export type StagedRecord = z.infer<typeof stagedRecordSchema>;

/** Table name → record schema: the one list that the database, backup and tests share. */
export const recordSchemas = {
  accounts: accountSchema,
  customers: customerSchema,
  contacts: contactSchema,
  threads: threadSchema,
  messages: messageSchema,
  followUps: followUpSchema,
  alertStates: alertStateSchema,
  settings: settingsRecordSchema,
  meta: metaSchema,
  staging: stagedRecordSchema,
} as const;
export type TableName = keyof typeof recordSchemas;
export const TABLE_NAMES = Object.keys(recordSchemas) as TableName[];
/** Tables whose rows belong to one account (all but the global settings and bookkeeping). */
export const ACCOUNT_TABLES = [
  'accounts',
  'customers',
  'contacts',
  'threads',
  'messages',
  'followUps',
  'alertStates',
] as const satisfies readonly TableName[];
