import { useState } from 'react';
import { formatMinutes } from '../../lib/format';
import { defaultTierName } from '../../lib/settings';
import type { ThreadSummaryReply } from '../../lib/messaging/alerts-protocol';
import { useClient, useRequest } from '../client-context';

type FollowUpRow = ThreadSummaryReply['followUps'][number];
type Clock = ThreadSummaryReply['clock'];

const STATUS_TEXT: Record<FollowUpRow['status'], string> = {
  suggested: 'Found in your message',
  upcoming: 'Open',
  'at-risk': 'Due next working day',
  'due-today': 'Due today',
  overdue: 'Overdue',
  snoozed: 'Snoozed',
  closed: 'Closed',
};

function ClockLine({ clock }: { clock: Clock }) {
  if (!clock.awaiting) {
    const text: Record<string, string> = {
      answered: 'Answered',
      'no-reply-needed': 'Marked: no reply needed',
      'answered-elsewhere': 'Marked: answered elsewhere',
      'no-customer-message': 'No customer message waiting',
    };
    return <p className="ft-clock ft-clock--ok">{text[clock.reason] ?? 'Not waiting for you'}</p>;
  }
  const unit = clock.unit === 'businessHours' ? 'business time' : '';
  const reply = clock.side === 'firstReply' ? 'First reply' : 'Reply';
  const text =
    clock.status === 'breached'
      ? `${reply} overdue by ${formatMinutes(-clock.remainingMinutes)} ${unit}`
      : `${reply} due in ${formatMinutes(clock.remainingMinutes)} ${unit}`;
  return (
    <p className={`ft-clock ft-clock--${clock.status}`} data-testid="sidebar-clock">
      {text.trim()}
      {clock.snoozedUntil && ` · snoozed until ${new Date(clock.snoozedUntil).toLocaleString()}`}
    </p>
  );
}

/** The sidebar of an open Gmail thread: who the customer is, the reply clock, what is owed. */
export function ThreadSidebar({ accountId, threadId }: { accountId: string; threadId: string }) {
  const send = useClient();
  const [summary, reload] = useRequest('thread.summary', { accountId, threadId });
  const [settings] = useRequest('settings.get', {});
  const defaultTier = defaultTierName(settings.status === 'ready' ? settings.data.tiers.map((t) => t.name) : []);
  const [error, setError] = useState<string | null>(null);
  const act = (work: Promise<unknown>) =>
    void work.then(
      () => {
        setError(null);
        reload();
      },
      (err: unknown) => setError((err as Error).message),
    );

  if (summary.status === 'loading') return <p className="hint">Loading…</p>;
  if (summary.status === 'error') return <p role="alert">{summary.message}</p>;
  const { customer, clock, followUps, proposal } = summary.data;
  const transition = (f: FollowUpRow, action: Parameters<typeof send<'followUp.transition'>>[1]['action']) =>
    act(send('followUp.transition', { accountId, id: f.id, action }));
  const snooze = (hours: number) =>
    act(send('thread.snooze', { accountId, threadId, until: new Date(Date.now() + hours * 3_600_000).toISOString() }));

  return (
    <div className="ft-sidebar">
      <section aria-label="Customer">
        {customer ? (
          <p>
            <strong>{customer.name}</strong> <span className="hint">{customer.tier}</span>
          </p>
        ) : (
          <p className="hint">Not a known customer.</p>
        )}
        {!customer && proposal && (
          <button
            type="button"
            onClick={() =>
              act(
                send('customers.save', {
                  accountId,
                  name: proposal.name,
                  tier: defaultTier,
                  domains: proposal.domains,
                  contacts: [proposal.contact],
                }),
              )
            }
          >
            Add {proposal.name} as a customer
          </button>
        )}
      </section>
      {customer && (
        <section aria-label="Reply clock">
          <ClockLine clock={clock} />
          {clock.awaiting && (
            <div className="row">
              <button type="button" onClick={() => act(send('thread.mark', { accountId, threadId, kind: 'no-reply-needed' }))}>
                No reply needed
              </button>
              <button type="button" onClick={() => act(send('thread.mark', { accountId, threadId, kind: 'answered-elsewhere' }))}>
                Answered elsewhere
              </button>
              <button type="button" onClick={() => snooze(24)}>
                Snooze a day
              </button>
            </div>
          )}
        </section>
      )}
      <section aria-label="Promises in this thread">
        <h3>Owed to the customer</h3>
        {followUps.filter((f) => f.status !== 'closed').length === 0 && <p className="hint">Nothing promised here.</p>}
        <ul className="ft-follow-ups">
          {followUps
            .filter((f) => f.status !== 'closed')
            .map((f) => (
              <li key={f.id} className={`ft-follow-up ft-follow-up--${f.status}`}>
                <span className="hint">{STATUS_TEXT[f.status]}</span>
                <span>{f.action || f.sentence}</span>
                <label>
                  Due{' '}
                  <input
                    type="date"
                    aria-label={`Due date of ${f.action || f.sentence}`}
                    value={f.due ?? ''}
                    onChange={(e) => transition(f, { type: 'setDue', due: e.target.value || null })}
                  />
                </label>
                {f.state === 'suggested' ? (
                  <span className="row">
                    <button type="button" onClick={() => transition(f, { type: 'confirm' })}>
                      Keep
                    </button>
                    <button type="button" onClick={() => transition(f, { type: 'dismiss' })}>
                      Dismiss
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => transition(f, { type: 'complete' })}>
                    Done
                  </button>
                )}
              </li>
            ))}
        </ul>
      </section>
      {error && (
        <p role="alert" className="outcome outcome--error">
          {error}
        </p>
      )}
    </div>
  );
}
