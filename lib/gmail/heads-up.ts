/**
 * Opening the heads-up reply in Gmail, and remembering which compose window is a heads-up so
 * that its send moves the follow-up's due date (watch-sent-mail.ts asks `of`).
 *
 * InboxSDK has no call that opens a reply in a thread (Compose.openNewComposeView starts a new
 * conversation, which the customer would not see as an answer in the thread). So this presses
 * Gmail's own Reply button of the newest message, waits for the reply compose that InboxSDK
 * then reports for this thread, and types the note into it. If Gmail shows no reply within a
 * few seconds (a changed page, a Reply button under another name), it says so and changes
 * nothing: the user can reply by hand and re-date the promise in the sidebar.
 */
import type { ComposeView, GmailSdk, ThreadView } from './inboxsdk';

export interface HeadsUp {
  followUpId: string;
  /** The new due date the note names. */
  due: string;
}

/** Gmail's Reply button in a message's header, and the "Reply" link under the thread. */
const REPLY_BUTTON = '[role="button"][aria-label="Reply"], [role="button"][data-tooltip="Reply"], span.ams.bkH';

export const REPLY_TIMEOUT_MS = 5_000;

export class NoReplyError extends Error {
  constructor() {
    super('Gmail did not open a reply. Click Reply yourself, paste the note, and change the due date here.');
    this.name = 'NoReplyError';
  }
}

export function createHeadsUps(sdk: Pick<GmailSdk, 'Compose'>, timeoutMs = REPLY_TIMEOUT_MS) {
  const pending = new WeakMap<ComposeView, HeadsUp>();

  /** Opens a reply in the thread with `note` in it; its send will re-date the follow-up. */
  function start(view: ThreadView, threadId: string, headsUp: HeadsUp, note: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let stop: (() => void) | null = null;
      const timer = setTimeout(() => {
        stop?.();
        reject(new NoReplyError());
      }, timeoutMs);
      stop = sdk.Compose.registerComposeViewHandler((compose) => {
        let replyTo: string | null;
        try {
          replyTo = compose.isReply() ? compose.getThreadID() : null;
        } catch {
          replyTo = null;
        }
        if (replyTo !== threadId || pending.has(compose)) return;
        clearTimeout(timer);
        // Registered handlers also see composes already open: leave once this one is found.
        queueMicrotask(() => stop?.());
        pending.set(compose, headsUp);
        compose.insertTextIntoBodyAtCursor(note);
        resolve();
      });
      const messages = view.getMessageViewsAll();
      const newest = [...messages].reverse().find((m) => m.isLoaded()) ?? messages.at(-1);
      const button = newest?.getElement().querySelector<HTMLElement>(REPLY_BUTTON);
      button?.click();
    });
  }

  return {
    start,
    /** The heads-up a compose window was opened for, if any. */
    of: (compose: ComposeView): HeadsUp | null => pending.get(compose) ?? null,
  };
}

export type HeadsUps = ReturnType<typeof createHeadsUps>;
