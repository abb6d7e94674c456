/**
 * Finds the commitments in every message the user sends. Detection runs here, in the tab, and
 * after the send: it never blocks or delays it, and the body never leaves the tab; the
 * background receives only the promises' sentences and dates.
 *
 * InboxSDK's `sent` has known pitfalls, each guarded here:
 * - `sent` without `presending` before it (the compose closed too fast to read): the message is
 *   still stored so the reply clock stops; detection uses the last body read, or none.
 * - a second compose window's premature `sent` for a message another compose sent: each
 *   message id is handled once per tab.
 * - a `sent` that reports a thread id which is not the reply's thread, or not a Gmail thread id
 *   yet (a draft's): a reply belongs to the thread the compose was opened in; a new message
 *   starts its own thread, whose id Gmail makes from the message id.
 * Scheduled send is not seen: Gmail fires no `sent` until the message really goes, and by then
 * the compose window is gone.
 */
import { detectCommitments } from '../commitments';
import { detectOptionsFrom } from '../follow-ups/sent-mail';
import type { Client } from '../messaging/client';
import type { ResponseOf } from '../messaging/protocol';
import { formatContact } from './addresses';
import type { HeadsUp } from './heads-up';
import type { ComposeView, GmailSdk, SentEvent } from './inboxsdk';
import { timeFromMessageId } from './message-time';

interface Draft {
  html: string | null;
  subject: string;
  to: string[];
  cc: string[];
  from: string | null;
  replyThreadId: string | null;
  readAt: Date;
}

/** A draft's thread id ("thread-a:r…") names no thread yet. */
const isThreadId = (id: string | null | undefined): id is string => !!id && !/^thread-a:/.test(id);

/** What a sent message produced, for the on-send notice. */
export type SentOutcome = ResponseOf<'message.sent'> & { accountId: string; threadId: string };

function tryRead<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function readDraft(compose: ComposeView, now: Date): Draft {
  return {
    html: tryRead(() => compose.getHTMLContent()),
    subject: tryRead(() => compose.getSubject()) ?? '',
    to: (tryRead(() => compose.getToRecipients()) ?? []).map(formatContact),
    cc: (tryRead(() => compose.getCcRecipients()) ?? []).map(formatContact),
    from: tryRead(() => compose.getFromContact().emailAddress),
    replyThreadId: tryRead(() => (compose.isReply() ? compose.getThreadID() : null)) || null,
    readAt: now,
  };
}

export function watchSentMail({
  sdk,
  send,
  accountId,
  clock,
  log,
  onSent = () => {},
  headsUpOf = () => null,
}: {
  sdk: Pick<GmailSdk, 'Compose'>;
  send: Client;
  accountId: string;
  clock: () => Date;
  log: Pick<Console, 'error' | 'warn'>;
  onSent?: (outcome: SentOutcome) => void;
  /** The heads-up a compose was opened for (heads-up.ts): its send re-dates that follow-up. */
  headsUpOf?: (compose: ComposeView) => HeadsUp | null;
}): () => void {
  const handled = new Set<string>();
  return sdk.Compose.registerComposeViewHandler((compose: ComposeView) => {
    let draft: Draft | null = null;
    // Gmail's send-as addresses: mail from any of them is the user's own.
    const choices = tryRead(() => compose.getFromContactChoices().map((c) => c.emailAddress)) ?? [];
    if (choices.some((c) => c.toLowerCase() !== accountId)) {
      void send('account.seen', { accountId, aliases: choices }).catch(() => {});
    }
    // The body is read just before sending: after "sent" the compose view may be gone.
    compose.on('presending', () => {
      draft = readDraft(compose, clock());
    });
    compose.on('sent', (event: SentEvent) => {
      const captured = draft ?? readDraft(compose, clock());
      void (async () => {
        const [messageId, reportedThreadId] = await Promise.all([event.getMessageID(), event.getThreadID()]);
        if (handled.has(messageId)) return;
        handled.add(messageId);
        if (!draft) log.warn('Follow-through: a message was sent without "presending"; stored from what was left to read.');
        const threadId = [captured.replyThreadId, reportedThreadId].find(isThreadId) ?? messageId;
        const sentAt = timeFromMessageId(messageId) ?? captured.readAt;
        const headsUp = headsUpOf(compose);
        let commitments: { sentence: string; action: string; due: string | null }[] = [];
        // A heads-up's "you'll have it by Tuesday" is the promise it re-dates, not a new one.
        const settings = captured.html && !headsUp ? await send('settings.get') : null;
        if (captured.html && settings && settings.confirmCommitments !== 'off') {
          // "By 5pm your time" is on the customer's clock; a failed lookup only loses that.
          const { timeZone } = await send('recipients.timeZone', { accountId, to: captured.to, cc: captured.cc }).catch(
            () => ({ timeZone: null }),
          );
          commitments = detectCommitments(captured.html, detectOptionsFrom(settings, sentAt, 'html', timeZone)).map((c) => ({
            sentence: c.sentence,
            action: c.action,
            due: c.due,
          }));
        }
        const from = captured.from?.toLowerCase();
        const outcome = await send('message.sent', {
          accountId,
          threadId,
          messageId,
          ...(from && from !== accountId ? { from } : {}),
          subject: captured.subject,
          sentAt: sentAt.toISOString(),
          to: captured.to,
          cc: captured.cc,
          commitments,
          ...(headsUp && { headsUp }),
        });
        onSent({ ...outcome, accountId, threadId });
      })().catch((err: unknown) => log.error('Follow-through could not record the message you sent:', err));
    });
  });
}
