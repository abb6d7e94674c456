import { describeIssues } from '../validation';
import {
  protocol,
  replySchema,
  type ErrorCode,
  type MessageType,
  type RequestInputOf,
  type ResponseOf,
} from './protocol';

export class MessagingError extends Error {
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

export type Transport = (message: unknown) => Promise<unknown>;

/**
 * A typed client over any transport (chrome.runtime.sendMessage in the extension, a direct
 * call into the router in tests). Replies are validated too: a bad reply is an error.
 */
export function createClient(transport: Transport) {
  return async function send<K extends MessageType>(
    type: K,
    ...[payload]: Record<string, never> extends RequestInputOf<K> ? [RequestInputOf<K>?] : [RequestInputOf<K>]
  ): Promise<ResponseOf<K>> {
    const raw = await transport({ type, payload: payload ?? {} });
    if (raw === undefined) {
      throw new MessagingError('no-reply', `No reply to "${type}": is the background running?`);
    }
    const reply = replySchema.safeParse(raw);
    if (!reply.success) {
      throw new MessagingError('failed', `Malformed reply to "${type}": ${describeIssues(reply.error.issues)}`);
    }
    if (!reply.data.ok) throw new MessagingError(reply.data.error.code, reply.data.error.message);
    const data = protocol[type].response.safeParse(reply.data.data);
    if (!data.success) {
      throw new MessagingError('failed', `Unexpected reply to "${type}": ${describeIssues(data.error.issues)}`);
    }
    return data.data as ResponseOf<K>;
  };
}

export type Client = ReturnType<typeof createClient>;
