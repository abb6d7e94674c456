/** Messages of the Gmail integration: its status, the inbox-row chips, follow-ups added by hand. */
import { z } from 'zod';
import { followUpSchema } from '../db/records';
import { civilDate, emailAddress, instant, timeZoneName } from '../schema-primitives';
import type { MessageSpec } from './spec';

export const integrationReportSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('connected'), accountId: emailAddress }).strict(),
  z.object({ state: z.literal('failed'), reason: z.string().min(1).max(500) }).strict(),
]);
export type IntegrationReport = z.infer<typeof integrationReportSchema>;

export const integrationStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('never') }),
  z.object({ state: z.literal('connected'), accountId: z.string(), at: instant }),
  z.object({ state: z.literal('failed'), reason: z.string(), at: instant }),
]);
export type IntegrationStatus = z.infer<typeof integrationStatusSchema>;

export const chipSchema = z.object({
  threadId: z.string(),
  status: z.enum(['ok', 'at-risk', 'breached']),
  /** Business (or calendar) minutes the customer has waited, in the target's unit. */
  waitedMinutes: z.number(),
  targetMinutes: z.number(),
  customerName: z.string().nullable(),
});
export type Chip = z.infer<typeof chipSchema>;

export const gmailProtocol = {
  /** The content script says whether InboxSDK loaded, and as whom. */
  'integration.report': {
    from: 'gmail',
    request: integrationReportSchema,
    response: z.object({}).strict(),
  },
  /** The last report of any Gmail tab, for the popup's and options' status line. */
  'integration.status': {
    from: 'pages',
    request: z.object({}).strict(),
    response: integrationStatusSchema,
  },
  /** Reply clocks of the threads on one screen of inbox rows; threads nobody waits on are left out. */
  'threads.chips': {
    from: 'gmail',
    request: z.object({ accountId: emailAddress, threadIds: z.array(z.string().min(1).max(200)).max(500) }).strict(),
    response: z.object({ chips: z.array(chipSchema) }),
  },
  /** The time zone the customer book gives the customer a message is going to, for dating its promises. */
  'recipients.timeZone': {
    from: 'gmail',
    request: z
      .object({
        accountId: emailAddress,
        to: z.array(z.string().max(1000)).max(500),
        cc: z.array(z.string().max(1000)).max(500),
      })
      .strict(),
    response: z.object({ timeZone: timeZoneName.nullable() }),
  },
  /** A follow-up the user adds by hand from the sidebar. */
  'followUp.add': {
    from: 'gmail',
    request: z
      .object({
        accountId: emailAddress,
        threadId: z.string().min(1),
        text: z.string().trim().min(1, 'say what you promised').max(500),
        due: civilDate.nullable(),
      })
      .strict(),
    response: followUpSchema,
  },
  /** Undo of a sidebar or popup action: puts a follow-up's state, due date and snooze back. */
  'followUp.restore': {
    from: 'gmail',
    request: z
      .object({
        accountId: emailAddress,
        id: z.string().min(1),
        state: followUpSchema.shape.state,
        due: civilDate.nullable(),
        snoozedUntil: instant.nullable(),
        completedAt: instant.nullable().default(null),
      })
      .strict(),
    response: followUpSchema,
  },
} as const satisfies Record<string, MessageSpec>;
