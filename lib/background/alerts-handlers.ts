import { attentionTotals, readAttention } from '../alerts/attention';
import { threadSummary } from '../alerts/thread-summary';
import { snoozeQuietCustomer } from '../alerts/quiet-customers';
import { recordSentMessage, suggestedFollowUps } from '../db/follow-ups-store';
import { customerNames } from '../db/customers-store';
import { readSettings } from '../db/settings-store';
import { markThread, recordThreadObservation, snoozeThread } from '../db/threads-store';
import { applyFollowUpAction } from '../follow-ups/check-in';
import { recordHeadsUpSent, requestHeadsUp, takeHeadsUpRequest } from '../follow-ups/heads-up-sent';
import type { alertsProtocol } from '../messaging/alerts-protocol';
import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './handlers';

export function createAlertHandlers({ db, clock }: BackgroundDeps): Pick<Handlers, keyof typeof alertsProtocol> {
  return {
    'attention.list': async ({ limit }) => {
      const settings = await readSettings(db);
      const now = clock();
      const [items, totals] = await Promise.all([readAttention(db, settings, now, { limit }), attentionTotals(db, settings, now)]);
      const names = await customerNames(db, items);
      return { items: items.map((item, n) => ({ ...item, customerName: names[n] ?? null })), totals };
    },
    'thread.observed': (obs) => recordThreadObservation(db, obs, clock()),
    'thread.summary': async (ref) => {
      const [summary, headsUpFor] = await Promise.all([
        threadSummary(db, ref, clock()),
        takeHeadsUpRequest(db, ref, clock()),
      ]);
      return { ...summary, headsUpFor };
    },
    'followUp.requestHeadsUp': (ref) => requestHeadsUp(db, ref, clock()),
    'followUps.suggested': async () => {
      const { items, total } = await suggestedFollowUps(db, 50);
      const names = await customerNames(db, items);
      return { items: items.map((f, n) => ({ ...f, customerName: names[n] ?? null })), total };
    },
    'message.sent': async ({ headsUp, ...sent }) => {
      const deps = { now: clock(), newId: () => crypto.randomUUID() };
      if (headsUp) {
        await recordHeadsUpSent(db, { ...sent, headsUp }, deps);
        return { followUps: [] };
      }
      return { followUps: await recordSentMessage(db, sent, deps) };
    },
    'thread.mark': (ref) => markThread(db, ref, clock()),
    'thread.snooze': (ref) => snoozeThread(db, ref, clock()),
    'customer.snoozeQuiet': (ref) => snoozeQuietCustomer(db, ref, clock()),
    'followUp.transition': ({ accountId, id, action }) =>
      applyFollowUpAction(
        db,
        { accountId, id },
        action.type === 'snooze' ? { type: 'snooze', until: new Date(action.until) } : action,
        { now: clock(), newId: () => crypto.randomUUID() },
      ),
  };
}
