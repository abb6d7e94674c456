import { describeIssues } from '../validation';
import {
  envelopeSchema,
  isMessageType,
  protocol,
  type ErrorCode,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';
import { classifySender, PAGE_SENDER, RefusedError, type Sender, type SenderPolicy } from './sender-policy';

export type { Sender };

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
export function createRouter(handlers: Handlers, policy?: SenderPolicy) {
  return (message: unknown, sender: Sender = PAGE_SENDER): Promise<Reply> | undefined => {
    if (isForeign(message)) return undefined;
    return route(handlers, policy, message, sender);
  };
}

async function route(handlers: Handlers, policy: SenderPolicy | undefined, message: unknown, sender: Sender): Promise<Reply> {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) {
    return fail('bad-request', `Malformed message: ${describeIssues(envelope.error.issues)}`);
  }
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return fail('unknown-type', `Unknown message type "${type}"`);
  try {
    policy?.checkType(type, sender);
  } catch (err) {
    return fail('forbidden', (err as Error).message);
  }
  const request = protocol[type].request.safeParse(payload ?? {});
  if (!request.success) {
    return fail('bad-request', `Invalid "${type}" message: ${describeIssues(request.error.issues)}`);
  }
  try {
    await policy?.checkAccount(type, request.data, sender);
    const handler = handlers[type] as (p: unknown, s: Sender) => Promise<unknown>;
    const data = protocol[type].response.parse(await handler(request.data, sender));
    await policy?.accepted(type, request.data, sender);
    return { ok: true, data };
  } catch (err) {
    if (err instanceof RefusedError) return fail('forbidden', err.message);
    return fail('failed', err instanceof Error ? err.message : String(err));
  }
}

const fail = (code: ErrorCode, message: string): Reply => ({
  ok: false,
  error: { code, message },
});

type OnMessage = {
  addListener(
    cb: (message: unknown, sender: Parameters<typeof classifySender>[0], sendResponse: (r: unknown) => void) => boolean | undefined,
  ): void;
};

/**
 * Answers runtime messages with the router; keeps the channel open for the async reply.
 * `extensionOrigin` (chrome-extension://<id>) tells the extension's own pages from tabs.
 */
export function listen(onMessage: OnMessage, router: ReturnType<typeof createRouter>, extensionOrigin: string): void {
  onMessage.addListener((message, sender, sendResponse) => {
    const reply = router(message, classifySender(sender, extensionOrigin));
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
}
