/**
 * Least privilege between contexts. The extension's own pages may send every message; a
 * Gmail tab only the messages declared `from: 'gmail'` (spec.ts), and only for the account
 * it reported with account.seen: a compromised mail.google.com renderer signed in as A
 * cannot read or change B's data, back up, restore, import, delete or change a setting.
 * Anything else (another site, an unknown frame) gets nothing.
 */
import { z } from 'zod';
import { protocol, type MessageType } from './protocol';

/** Where a message came from, as the background's listener classified chrome's MessageSender. */
export type Sender =
  | { kind: 'page' }
  | { kind: 'gmail'; tabId: number; documentId: string | null }
  | { kind: 'other'; url: string | null };

export const PAGE_SENDER: Sender = { kind: 'page' };

export const tabAccountSchema = z.object({ accountId: z.string(), documentId: z.string().nullable() });
export type TabAccount = z.infer<typeof tabAccountSchema>;

/**
 * Which account each Gmail tab reported. Kept outside the worker's memory (chrome.storage.
 * session in the extension) so that a restarted worker still knows the tabs.
 */
export interface TabAccounts {
  get(tabId: number): Promise<TabAccount | null>;
  set(tabId: number, record: TabAccount): Promise<void>;
}

/** Classifies chrome's MessageSender: our own pages by origin, Gmail tabs by origin and tab. */
export function classifySender(
  sender: { id?: string; url?: string; tab?: { id?: number }; documentId?: string },
  extensionOrigin: string,
): Sender {
  const url = sender.url ?? null;
  if (url === null) return { kind: 'other', url };
  // By prefix: URL.origin of a chrome-extension: URL is "null" outside Chrome.
  if (url.startsWith(`${extensionOrigin}/`)) return PAGE_SENDER;
  let origin: string | null;
  try {
    origin = new URL(url).origin;
  } catch {
    origin = null;
  }
  if (origin === 'https://mail.google.com' && typeof sender.tab?.id === 'number') {
    return { kind: 'gmail', tabId: sender.tab.id, documentId: sender.documentId ?? null };
  }
  return { kind: 'other', url };
}

export class RefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

const accountOf = (request: unknown): string | null => {
  const value = (request as { accountId?: unknown }).accountId;
  return typeof value === 'string' ? value.trim().toLowerCase() : null;
};

export function createSenderPolicy({ tabAccounts, log }: { tabAccounts: TabAccounts; log: Pick<Console, 'warn'> }) {
  const logged = new Set<string>();
  /** Refusals are logged once per kind, so a hostile page cannot flood the console. */
  function refuse(type: string, sender: Sender, reason: string): never {
    const key = `${sender.kind} ${type} ${reason}`;
    if (!logged.has(key)) {
      logged.add(key);
      log.warn(`Follow-through refused "${type}" from ${sender.kind === 'other' ? (sender.url ?? 'an unknown sender') : `a ${sender.kind} context`}: ${reason}`);
    }
    throw new RefusedError(`"${type}" is not allowed here: ${reason}`);
  }

  return {
    /** Before the request is even parsed: may this context send this type at all? */
    checkType(type: MessageType, sender: Sender): void {
      if (sender.kind === 'page') return;
      if (sender.kind === 'other') refuse(type, sender, 'only Follow-through’s pages and Gmail tabs may talk to it');
      if (protocol[type].from !== 'gmail') refuse(type, sender, 'only Follow-through’s own pages may send it');
    },
    /** After parsing: a Gmail tab speaks only for the account it reported. */
    async checkAccount(type: MessageType, request: unknown, sender: Sender): Promise<void> {
      if (sender.kind !== 'gmail') return;
      const claimed = accountOf(request);
      const known = await tabAccounts.get(sender.tabId);
      if (type === 'account.seen') {
        // A new page load may sign in as someone else; the same page may not switch.
        if (known && known.documentId !== null && known.documentId === sender.documentId && known.accountId !== claimed) {
          refuse(type, sender, `this Gmail page already reported ${known.accountId}`);
        }
        return;
      }
      if (claimed === null) return;
      if (!known) refuse(type, sender, 'this Gmail tab has not reported its signed-in account');
      if (known.accountId !== claimed) refuse(type, sender, `this Gmail tab is signed in as ${known.accountId}, not ${claimed}`);
    },
    /** After a successful account.seen: the tab now speaks for that account. */
    async accepted(type: MessageType, request: unknown, sender: Sender): Promise<void> {
      if (type !== 'account.seen' || sender.kind !== 'gmail') return;
      const accountId = accountOf(request);
      if (accountId !== null) await tabAccounts.set(sender.tabId, { accountId, documentId: sender.documentId });
    },
  };
}

export type SenderPolicy = ReturnType<typeof createSenderPolicy>;

/** Every message allowed to a Gmail tab, for the tests and the README. */
export const GMAIL_MESSAGES = (Object.keys(protocol) as MessageType[]).filter((t) => protocol[t].from === 'gmail');
