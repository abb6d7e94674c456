import { threadChips } from '../alerts/thread-chips';
import { addFollowUpByHand } from '../db/follow-ups-store';
import { changeFollowUp } from '../follow-ups/check-in';
import { restoredFollowUp } from '../follow-up-state';
import { recipientTimeZone } from '../follow-ups/recipient-time-zone';
import { readIntegrationStatus, saveIntegrationReport } from '../db/integration-store';
import type { gmailProtocol } from '../messaging/gmail-protocol';
import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './handlers';

export function createGmailHandlers({ db, clock, notifyChange }: BackgroundDeps): Pick<Handlers, keyof typeof gmailProtocol> {
  return {
    'integration.report': async (report) => {
      await saveIntegrationReport(db, report, clock());
      notifyChange?.();
      return {};
    },
    'integration.status': () => readIntegrationStatus(db),
    'threads.chips': async (request) => ({ chips: await threadChips(db, request, clock()) }),
    'recipients.timeZone': async (message) => ({ timeZone: await recipientTimeZone(db, message) }),
    'followUp.add': (input) => addFollowUpByHand(db, input, { now: clock(), newId: () => crypto.randomUUID() }),
    'followUp.restore': ({ accountId, id, ...back }) =>
      changeFollowUp(db, { accountId, id }, (current) => restoredFollowUp(current, back, clock()), {
        now: clock(),
        newId: () => crypto.randomUUID(),
      }),
  };
}
