import { useState } from 'react';
import type { FollowUp } from '../lib/db/records';
import type { Client } from '../lib/messaging/client';
import type { RequestInputOf } from '../lib/messaging/protocol';
import { useUndo } from './UndoBar';

/** Runs an action, then says what it did and, with an undo, offers to take it back. */
export type Act = (work: () => Promise<unknown>, message: string, undo?: () => Promise<unknown>) => void;

/** The popup's and the sidebar's actions: each reloads the view, reports, and can be undone. */
export function useUndoableActions(reload: () => void) {
  const { offer, bar } = useUndo();
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError((err as Error).message ?? String(err));
  const act: Act = (work, message, undo) =>
    void work().then(() => {
      setError(null);
      reload();
      offer(message, undo && (() => undo().then(reload, fail)));
    }, fail);
  return { act, undoBar: bar, error };
}

type Snapshot = Pick<FollowUp, 'accountId' | 'id' | 'state' | 'due' | 'snoozedUntil' | 'completedAt'>;

/** A follow-up action whose undo puts back the follow-up as it was shown (`before`). */
export function followUpAction(send: Client, act: Act, before: Snapshot) {
  // Only these fields: the shown record may carry more (a customer name, a status).
  const { accountId, id, state, due, snoozedUntil, completedAt } = before;
  return (action: RequestInputOf<'followUp.transition'>['action'], message: string) =>
    act(
      () => send('followUp.transition', { accountId, id, action }),
      message,
      () => send('followUp.restore', { accountId, id, state, due, snoozedUntil, completedAt }),
    );
}
