/**
 * Follows the threads the user opens in Gmail: reports their messages (addresses and times
 * only) to the background as Gmail loads them, and mounts the sidebar at once.
 *
 * InboxSDK counts a message as loaded only once it has been expanded, so a thread usually
 * opens with its earlier messages unread by us. Each message is read when it loads (now, or
 * when the user expands it), and every observation says how many messages Gmail shows, so the
 * background knows when its picture of the thread is incomplete.
 */
import type { Client } from '../messaging/client';
import { formatContact } from './addresses';
import type { HeadsUp, HeadsUps } from './heads-up';
import type { GmailSdk, MessageView, ThreadView } from './inboxsdk';
import { messageTime } from './message-time';

export interface ObservedMessage {
  messageId: string;
  from: string;
  to: string[];
  cc: string[];
  sentAt: string;
}

export async function readMessage(view: MessageView): Promise<ObservedMessage | null> {
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

export type MountSidebar = (
  view: ThreadView,
  ref: {
    accountId: string;
    threadId: Promise<string>;
    /** Opens the heads-up reply for a follow-up of this thread, with `note` typed in. */
    startHeadsUp?: (headsUp: HeadsUp, note: string) => Promise<void>;
  },
) => void;

type Log = Pick<Console, 'error' | 'warn'>;

/**
 * One open thread: collects the messages read since the last report and sends them in one
 * observation. Reads that fail are logged and skipped: one unreadable message must not hide
 * the others, and it stays counted as unseen.
 */
function threadObserver(view: ThreadView, report: (messages: ObservedMessage[]) => Promise<void>, log: Log) {
  let queue: Promise<ObservedMessage | null>[] = [];
  let scheduled = false;
  const flush = async () => {
    scheduled = false;
    const reads = queue;
    queue = [];
    const settled = await Promise.allSettled(reads);
    const messages: ObservedMessage[] = [];
    for (const r of settled) {
      if (r.status === 'fulfilled') {
        if (r.value) messages.push(r.value);
      } else log.warn('Follow-through could not read a message of this thread:', r.reason);
    }
    if (!view.destroyed) await report(messages);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => void flush().catch((err: unknown) => log.error('Follow-through could not record this thread:', err)));
  };
  const seen = new WeakSet<MessageView>();
  const follow = (message: MessageView) => {
    if (seen.has(message)) return;
    seen.add(message);
    const read = () => {
      queue.push(readMessage(message));
      schedule();
    };
    if (message.isLoaded()) read();
    else message.on('load', read);
  };
  return {
    follow,
    /** Follows every message Gmail shows, and reports at once: a thread all collapsed still has a size. */
    start() {
      view.getMessageViewsAll().forEach(follow);
      schedule();
    },
  };
}

export function watchThreads({
  sdk,
  send,
  accountId,
  mountSidebar,
  log,
  headsUps,
}: {
  sdk: Pick<GmailSdk, 'Conversations'>;
  headsUps?: HeadsUps;
  send: Client;
  accountId: string;
  mountSidebar: MountSidebar;
  log: Log;
}): () => void {
  const observers = new WeakMap<ThreadView, ReturnType<typeof threadObserver>>();
  const stopThreads = sdk.Conversations.registerThreadViewHandler((view) => {
    const threadId = view.getThreadIDAsync();
    // The panel is there at once, with "Loading…", whatever the background is doing.
    mountSidebar(view, {
      accountId,
      threadId,
      ...(headsUps && { startHeadsUp: async (h: HeadsUp, note: string) => headsUps.start(view, await threadId, h, note) }),
    });
    const observer = threadObserver(
      view,
      async (messages) => {
        await send('thread.observed', {
          accountId,
          threadId: await threadId,
          subject: view.getSubject(),
          messages,
          messageCount: view.getMessageViewsAll().length,
        });
      },
      log,
    );
    observers.set(view, observer);
    observer.start();
  });
  // Messages that arrive while the thread is open (a reply, the user's own sent message).
  const stopMessages = sdk.Conversations.registerMessageViewHandler((message) => {
    try {
      observers.get(message.getThreadView())?.follow(message);
    } catch (err) {
      log.warn('Follow-through could not follow a new message:', err);
    }
  });
  return () => {
    stopThreads();
    stopMessages();
  };
}
