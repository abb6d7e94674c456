/**
 * Follows the threads the user opens in Gmail: reports their messages (addresses and times
 * only) to the background and mounts the sidebar for them.
 */
import type { Client } from '../messaging/client';
import { formatContact } from './addresses';
import type { GmailSdk, MessageView, ThreadView } from './inboxsdk';
import { messageTime } from './message-time';

export interface ObservedMessage {
  messageId: string;
  from: string;
  to: string[];
  cc: string[];
  sentAt: string;
}

async function readMessage(view: MessageView): Promise<ObservedMessage | null> {
  // Collapsed messages have not been loaded: their sender is not known yet.
  if (!view.isLoaded()) return null;
  const messageId = await view.getMessageIDAsync();
  const sentAt = messageTime(messageId, view.getDateString());
  if (!sentAt) return null;
  const recipients = await view.getRecipientsFull();
  return {
    messageId,
    from: formatContact(view.getSender()),
    to: recipients.map(formatContact),
    cc: [],
    sentAt: sentAt.toISOString(),
  };
}

export async function readThread(view: ThreadView) {
  const [threadId, messages] = await Promise.all([
    view.getThreadIDAsync(),
    Promise.all(view.getMessageViewsAll().map(readMessage)),
  ]);
  return {
    threadId,
    subject: view.getSubject(),
    messages: messages.filter((m): m is ObservedMessage => m !== null),
  };
}

export type MountSidebar = (view: ThreadView, ref: { accountId: string; threadId: string }) => void;

export function watchThreads({
  sdk,
  send,
  accountId,
  mountSidebar,
  log,
}: {
  sdk: Pick<GmailSdk, 'Conversations'>;
  send: Client;
  accountId: string;
  mountSidebar: MountSidebar;
  log: Pick<Console, 'error'>;
}): () => void {
  return sdk.Conversations.registerThreadViewHandler((view) => {
    void (async () => {
      const thread = await readThread(view);
      await send('thread.observed', { accountId, ...thread });
      if (!view.destroyed) mountSidebar(view, { accountId, threadId: thread.threadId });
    })().catch((err: unknown) => log.error('Follow-through could not read this thread:', err));
  });
}
