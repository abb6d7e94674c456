import type { z } from 'zod';

/**
 * Who may send a message: 'pages' — only the extension's own pages (popup, options);
 * 'gmail' — also the content script in a Gmail tab, and then only for the account that tab
 * reported (messaging/sender-policy.ts). Backup, settings changes, deletes, restores and
 * imports are 'pages'; a Gmail tab gets what the sidebar and sent-mail capture need.
 */
export type AllowedFrom = 'pages' | 'gmail';

export interface MessageSpec {
  request: z.ZodType;
  response: z.ZodType;
  from: AllowedFrom;
}
