/**
 * The one protocol between the content script, the extension pages and the background.
 * Each message type names its request and response schemas; both ends validate with them.
 */
import { z } from 'zod';
import type { MessageSpec } from './spec';
import { accountSchema } from '../db/records';
import { ACCOUNT_TABLES } from '../db/records';
import { completeSettingsSchema, settingsChangeSchema } from '../settings';
import { emailAddress } from '../schema-primitives';
import { customersProtocol } from './customers-protocol';
import { alertsProtocol } from './alerts-protocol';
import { gmailProtocol } from './gmail-protocol';
import { relationshipProtocol } from './relationship-protocol';

const empty = z.object({}).strict();
const counts = z.object(
  Object.fromEntries(ACCOUNT_TABLES.map((t) => [t, z.number().int().min(0)])) as Record<
    (typeof ACCOUNT_TABLES)[number],
    z.ZodNumber
  >,
);

/** Messages of the foundation: health, accounts, settings, store changes. */
const coreProtocol = {
  ping: {
    from: 'pages',
    request: empty,
    response: z.object({ version: z.string(), schemaVersion: z.number() }),
  },
  /** The content script saw this Gmail account signed in. */
  'account.seen': {
    from: 'gmail',
    request: z
      .object({ accountId: emailAddress, aliases: z.array(emailAddress).max(100).default([]) })
      .strict(),
    response: accountSchema,
  },
  'accounts.list': { from: 'pages', request: empty, response: z.array(accountSchema) },
  'settings.get': { from: 'gmail', request: empty, response: completeSettingsSchema },
  'settings.update': {
    from: 'pages',
    request: z.object({ change: settingsChangeSchema }).strict(),
    response: completeSettingsSchema,
  },
  'store.counts': {
    from: 'pages',
    request: z.object({ accountId: emailAddress.optional() }).strict(),
    response: counts,
  },
  /**
   * Deletes one account's data from every table, or everything (settings too) with
   * `everything: true`; answers how many rows each table lost. The badge is recomputed.
   */
  'data.delete': {
    from: 'pages',
    request: z.union([
      z.object({ accountId: emailAddress }).strict(),
      z.object({ everything: z.literal(true) }).strict(),
    ]),
    response: counts,
  },
  /**
   * A page wrote to the store itself (a backup restore: files of any size never travel as
   * a message). The background finishes the recomputes the write left owed and sets the
   * badge now rather than at the next alarm.
   */
  'store.changed': {
    from: 'pages',
    request: empty,
    response: empty,
  },
} as const satisfies Record<string, MessageSpec>;

/** Each feature declares its messages in its own file; this is the one map of them all. */
export const protocol = {
  ...coreProtocol,
  ...customersProtocol,
  ...alertsProtocol,
  ...gmailProtocol,
  ...relationshipProtocol,
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
/** What a handler receives: the request after validation, defaults filled. */
export type RequestOf<K extends MessageType> = z.infer<Protocol[K]['request']>;
/** What a sender may send: fields with defaults may be left out. */
export type RequestInputOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Protocol[K]['response']>;

export const envelopeSchema = z.object({
  type: z.string().min(1),
  payload: z.unknown().optional(),
});

/** 'forbidden': the sender may not send this message (messaging/sender-policy.ts). */
export const errorCodes = ['unknown-type', 'bad-request', 'forbidden', 'failed'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  }),
]);
export type Reply = z.infer<typeof replySchema>;

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}
