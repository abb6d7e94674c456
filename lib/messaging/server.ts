import { describeIssues } from '../validation';
import {
  envelopeSchema,
  isMessageType,
  protocol,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export interface Sender {
  /** Set for messages from a tab (the content script); absent for extension pages. */
  tabUrl?: string;
}

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>;
};

/** Messages of other libraries that share chrome.runtime (InboxSDK's page-world injection). */
const isForeign = (message: unknown): boolean =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as { type?: unknown }).type === 'string' &&
  (message as { type: string }).type.startsWith('inboxsdk__');

/**
 * Validates a message and runs its handler. Returns undefined for messages that belong to
 * another listener; a malformed or unknown message gets an error reply and runs nothing.
 */
export function createRouter(handlers: Handlers) {
  return (message: unknown, sender: Sender = {}): Promise<Reply> | undefined => {
    if (isForeign(message)) return undefined;
    return route(handlers, message, sender);
  };
}

async function route(handlers: Handlers, message: unknown, sender: Sender): Promise<Reply> {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) {
    return fail('bad-request', `Malformed message: ${describeIssues(envelope.error.issues)}`);
  }
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return fail('unknown-type', `Unknown message type "${type}"`);
  const request = protocol[type].request.safeParse(payload ?? {});
  if (!request.success) {
    return fail('bad-request', `Invalid "${type}" message: ${describeIssues(request.error.issues)}`);
  }
  try {
    const handler = handlers[type] as (p: unknown, s: Sender) => Promise<unknown>;
    const data = protocol[type].response.parse(await handler(request.data, sender));
    return { ok: true, data };
  } catch (err) {
    return fail('failed', err instanceof Error ? err.message : String(err));
  }
}

const fail = (code: 'unknown-type' | 'bad-request' | 'failed', message: string): Reply => ({
  ok: false,
  error: { code, message },
});

type OnMessage = {
  addListener(
    cb: (message: unknown, sender: { tab?: { url?: string } }, sendResponse: (r: unknown) => void) => boolean | undefined,
  ): void;
};

/** Answers runtime messages with the router; keeps the channel open for the async reply. */
export function listen(onMessage: OnMessage, router: ReturnType<typeof createRouter>): void {
  onMessage.addListener((message, sender, sendResponse) => {
    const reply = router(message, { tabUrl: sender.tab?.url });
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
}
