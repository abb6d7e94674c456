import { useState } from 'react';
import { useUndo } from '../UndoBar';
import type { Act } from './TriageRows';

/** Every triage action reloads the lists, says what it did, and can be taken back. */
export function useTriageActions(reload: () => void) {
  const { offer, bar } = useUndo();
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError((err as Error).message ?? String(err));
  const act: Act = (work, message, undo) =>
    void work().then(() => {
      setError(null);
      reload();
      offer(message, () => undo().then(reload, fail));
    }, fail);
  return { act, undoBar: bar, error };
}
