import { useCallback, useEffect, useRef, useState } from 'react';

interface Undoable {
  message: string;
  undo?: (() => Promise<unknown>) | undefined;
}

/**
 * Every action says what it did and, where it can be taken back, offers to for a few seconds.
 * The bar is a polite live region, so screen readers hear the outcome without losing focus.
 */
export function useUndo(timeoutMs = 8000) {
  const [current, setCurrent] = useState<Undoable | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const offer = useCallback(
    (message: string, undo?: () => Promise<unknown>) => {
      if (timer.current) clearTimeout(timer.current);
      setCurrent({ message, undo });
      timer.current = setTimeout(() => setCurrent(null), timeoutMs);
    },
    [timeoutMs],
  );
  const bar = (
    <div role="status" aria-live="polite" className="ft-undo">
      {current && (
        <>
          <span>{current.message}</span>
          {current.undo && (
            <button
              type="button"
              onClick={() => {
                const { undo } = current;
                setCurrent(null);
                void undo?.();
              }}
            >
              Undo
            </button>
          )}
        </>
      )}
    </div>
  );
  return { offer, bar };
}
