/**
 * Finds the commitments in every message the user sends. Detection runs here, in the tab:
 * the body never leaves it; the background receives only the promises' sentences and dates.
 */
import { detectCommitments } from '../commitments';
import { detectOptionsFrom } from '../follow-ups/sent-mail';
import type { Client } from '../messaging/client';
import { formatContact } from './addresses';
import type { ComposeView, GmailSdk } from './inboxsdk';

interface Draft {
  html: string;
  subject: string;
  to: string[];
  cc: string[];
  sentAt: Date;
}

export function watchSentMail({
  sdk,
  send,
  accountId,
  clock,
  log,
}: {
  sdk: Pick<GmailSdk, 'Compose'>;
  send: Client;
  accountId: string;
  clock: () => Date;
  log: Pick<Console, 'error'>;
}): () => void {
  return sdk.Compose.registerComposeViewHandler((compose: ComposeView) => {
    let draft: Draft | null = null;
    // The body is read just before sending: after "sent" the compose view is gone.
    compose.on('presending', () => {
      draft = {
        html: compose.getHTMLContent(),
        subject: compose.getSubject(),
        to: compose.getToRecipients().map(formatContact),
        cc: compose.getCcRecipients().map(formatContact),
        sentAt: clock(),
      };
    });
    compose.on('sent', (event) => {
      const captured = draft;
      if (!captured) return;
      void (async () => {
        const [messageId, threadId, settings] = await Promise.all([
          event.getMessageID(),
          event.getThreadID(),
          send('settings.get'),
        ]);
        const commitments = detectCommitments(captured.html, detectOptionsFrom(settings, captured.sentAt, 'html'));
        await send('message.sent', {
          accountId,
          threadId,
          messageId,
          subject: captured.subject,
          sentAt: captured.sentAt.toISOString(),
          to: captured.to,
          cc: captured.cc,
          commitments: commitments.map((c) => ({ sentence: c.sentence, action: c.action, due: c.due })),
        });
      })().catch((err: unknown) => log.error('Follow-through could not read the message you sent:', err));
    });
  });
}
