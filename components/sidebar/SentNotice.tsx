import { useEffect, useState } from 'react';
import { formatCivilDate } from '../../lib/format';
import type { SentOutcome } from '../../lib/gmail/watch-sent-mail';
import { useClient } from '../client-context';

type FollowUp = SentOutcome['followUps'][number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Shown right after a send. In "ask" mode the promises found wait here to be kept, re-dated
 * or dismissed (they also stay in the sidebar and the popup); in "auto" mode a short note says
 * what was kept, with undo, and goes away by itself.
 */
export function SentNotice({ outcome, onClose }: { outcome: SentOutcome; onClose: () => void }) {
  const send = useClient();
  const [items, setItems] = useState<FollowUp[]>(outcome.followUps);
  const [error, setError] = useState<string | null>(null);
  const asking = items.some((f) => f.state === 'suggested');
  const kept = outcome.followUps.every((f) => f.state === 'open');
  useEffect(() => {
    if (!kept) return;
    const timer = setTimeout(onClose, 12_000);
    return () => clearTimeout(timer);
  }, [kept, onClose]);
  const update = (f: FollowUp, action: Parameters<typeof send<'followUp.transition'>>[1]['action']) =>
    void send('followUp.transition', { accountId: f.accountId, id: f.id, action }).then(
      (next) => setItems((all) => all.map((x) => (x.id === next.id ? next : x))),
      (err: unknown) => setError((err as Error).message),
    );
  const undoAll = () =>
    void Promise.all(
      items.map((f) => send('followUp.transition', { accountId: f.accountId, id: f.id, action: { type: 'dismiss' } })),
    ).then(onClose, (err: unknown) => setError((err as Error).message));

  return (
    <aside className="ft-notice" aria-label="Follow-through: promises in the message you sent" data-testid="sent-notice">
      <div className="ft-row ft-row--spread">
        <strong>
          {kept
            ? `Kept ${plural(items.length, 'follow-up')} from your message`
            : `${plural(outcome.followUps.length, 'promise')} found in your message`}
        </strong>
        <button type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <ul className="ft-items">
        {items.map((f) => (
          <li key={f.id} className="ft-item">
            <q className="ft-item__text">{f.sentence}</q>
            {f.state === 'suggested' ? (
              <span className="ft-row">
                <label className="ft-inline">
                  Due{' '}
                  <input
                    type="date"
                    aria-label={`Due date of ${f.action || f.sentence}`}
                    value={f.due ?? ''}
                    onChange={(e) => update(f, { type: 'setDue', due: e.target.value || null })}
                  />
                </label>
                <button type="button" className="ft-primary" onClick={() => update(f, { type: 'confirm' })}>
                  Keep
                </button>
                <button type="button" onClick={() => update(f, { type: 'dismiss' })}>
                  Dismiss
                </button>
              </span>
            ) : (
              <span className="ft-hint">
                {f.state === 'dismissed' ? 'Dismissed' : f.due ? `Kept · due ${formatCivilDate(f.due)}` : 'Kept'}
              </span>
            )}
          </li>
        ))}
      </ul>
      {kept && (
        <button type="button" onClick={undoAll}>
          Undo
        </button>
      )}
      {!asking && !kept && (
        <button type="button" onClick={onClose}>
          Done
        </button>
      )}
      {error && (
        <p role="alert" className="ft-error">
          {error}
        </p>
      )}
    </aside>
  );
}
