import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { scheduleFromSettings, todayIn, type Schedule } from '../../lib/business-time';
import { formatAgo, formatCivilDate, formatDue, formatMinutes, formatSnoozedUntil, formatTheirTime } from '../../lib/format';
import { headsUpNote, redatingText, suggestedNewDue } from '../../lib/follow-ups/heads-up';
import type { ThreadSummaryReply } from '../../lib/messaging/alerts-protocol';
import { defaultTierName } from '../../lib/settings';
import { useClient, useRequest } from '../client-context';
import { SnoozeMenu } from '../SnoozeMenu';
import { followUpAction, useUndoableActions, type Act } from '../actions';
import { AddCustomerForm } from './AddCustomerForm';

type Rated = ThreadSummaryReply['followUps'][number];
type Clock = ThreadSummaryReply['clock'];

const FOLLOW_UP_STATUS: Record<Rated['status'], string> = {
  suggested: 'Found in your message',
  upcoming: 'Open',
  'at-risk': 'Due next working day',
  'due-today': 'Due today',
  overdue: 'Overdue',
  snoozed: 'Snoozed',
  closed: 'Closed',
};

const CLOCK_STATUS = { ok: 'On track', 'at-risk': 'At risk', breached: 'Overdue' } as const;

const NOT_WAITING: Record<string, string> = {
  answered: 'Answered: nobody is waiting for you.',
  'no-reply-needed': 'Marked: no reply needed.',
  'answered-elsewhere': 'Marked: answered elsewhere.',
  'no-customer-message': 'No customer message waits for a reply.',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function ClockCard({ clock, timeZone }: { clock: Clock; timeZone: string }) {
  if (!clock.awaiting) {
    return (
      <p className="ft-clock ft-clock--idle" data-testid="sidebar-clock">
        {NOT_WAITING[clock.reason] ?? 'Nobody is waiting for you.'}
      </p>
    );
  }
  const unit = clock.unit === 'businessHours' ? ' business time' : '';
  const left =
    clock.remainingMinutes >= 0
      ? `${formatMinutes(clock.remainingMinutes)} left`
      : `${formatMinutes(-clock.remainingMinutes)} over`;
  return (
    <div className={`ft-clock ft-clock--${clock.status}`} data-testid="sidebar-clock">
      <p>
        <strong>{CLOCK_STATUS[clock.status]}</strong> · {clock.side === 'firstReply' ? 'first reply' : 'reply'} · {left}
      </p>
      <p>
        Waiting {formatMinutes(clock.elapsedMinutes)} of {formatMinutes(clock.targetMinutes)}
        {unit}
      </p>
      {clock.unseenMessages > 0 && (
        <p className="ft-hint" data-testid="clock-basis">
          Based on the messages opened here: {plural(clock.unseenMessages, 'earlier message')} of this thread{' '}
          {clock.unseenMessages === 1 ? 'was' : 'were'} never opened, so an earlier reply of yours may be missing. Expand{' '}
          {clock.unseenMessages === 1 ? 'it' : 'them'} to make the clock exact.
        </p>
      )}
      {clock.snoozedUntil && <p className="ft-hint">{formatSnoozedUntil(new Date(clock.snoozedUntil), timeZone)}</p>}
    </div>
  );
}

/** The customer's record, compact: promises kept over 90 days and how fast they were answered. */
function RecordLines({ record }: { record: NonNullable<ThreadSummaryReply['record']> }) {
  const p = record.promises[90];
  const promiseParts = [
    [p.keptOnTime, 'kept on time'],
    [p.keptLate, 'kept late'],
    [p.keptUndated, 'kept (date unknown)'],
    [p.missed, 'missed'],
    [p.open, 'open'],
  ]
    .filter(([n]) => n)
    .map(([n, words]) => `${n} ${words}`);
  const reply = (label: string, r: NonNullable<ThreadSummaryReply['record']>['replies']['firstReply']) =>
    r.medianMinutes === null ? null : `${label} ${formatMinutes(r.medianMinutes)} (target ${formatMinutes(r.targetMinutes)})`;
  const replies = [reply('first', record.replies.firstReply), reply('next', record.replies.nextReply)].filter(Boolean);
  const breaches = record.replies.firstReply.breaches + record.replies.nextReply.breaches;
  return (
    <div className="ft-record" data-testid="customer-record">
      <p>
        <span className="ft-hint">Promises, 90 days:</span>{' '}
        {p.made === 0 ? 'none yet' : `${plural(p.made, 'promise')} · ${promiseParts.join(' · ')}`}
      </p>
      <p>
        <span className="ft-hint">Replies, 90 days:</span>{' '}
        {replies.length === 0 ? 'none yet' : `median ${replies.join(', ')}`}
        {breaches > 0 && ` · ${breaches} over target`}
      </p>
    </div>
  );
}

type StartHeadsUp = (headsUp: { followUpId: string; due: string }, note: string) => Promise<void>;

/** A heads-up is owed from the last working day before the due date, and even more once late. */
const HEADS_UP_STATUSES: readonly Rated['status'][] = ['at-risk', 'due-today', 'overdue'];

/**
 * "Send a heads-up": a new date (two working days later to start with) and a short note that
 * follows the date until the user edits it; "Open reply" types it into a reply in this thread.
 */
function HeadsUpForm({
  f,
  schedule,
  today,
  startHeadsUp,
  onClose,
}: {
  f: Rated;
  schedule: Schedule;
  today: string;
  startHeadsUp: StartHeadsUp;
  onClose: () => void;
}) {
  const [due, setDue] = useState(() => suggestedNewDue(schedule, f.due! < today ? today : f.due!));
  const [edited, setEdited] = useState<string | null>(null);
  const [state, setState] = useState<{ kind: 'idle' | 'opening' | 'opened' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  const note = edited ?? headsUpNote(f, due);
  const valid = due > f.due!;
  async function open(event: FormEvent) {
    event.preventDefault();
    setState({ kind: 'opening' });
    try {
      await startHeadsUp({ followUpId: f.id, due }, note);
      setState({ kind: 'opened' });
    } catch (err) {
      setState({ kind: 'error', message: (err as Error).message });
    }
  }
  if (state.kind === 'opened') {
    return (
      <p className="ft-hint" role="status" data-testid="heads-up-opened">
        Reply opened in this thread. Send it and the due date moves to {formatCivilDate(due)}.
      </p>
    );
  }
  return (
    <form className="ft-heads-up" onSubmit={open} aria-label="Heads-up">
      <label className="ft-inline">
        New date{' '}
        <input type="date" aria-label="New date" min={f.due!} value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <label className="ft-block">
        Note
        <textarea aria-label="Heads-up note" rows={4} value={note} onChange={(e) => setEdited(e.target.value)} />
      </label>
      {!valid && <span className="ft-error">Pick a date after {formatCivilDate(f.due!)}.</span>}
      {state.kind === 'error' && (
        <span role="alert" className="ft-error">
          {state.message}
        </span>
      )}
      <span className="ft-row">
        <button type="submit" className="ft-primary" disabled={!valid || state.kind === 'opening' || !note.trim()}>
          Open reply
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </span>
    </form>
  );
}

function FollowUpItem({
  f,
  subject,
  today,
  schedule,
  clock,
  act,
  startHeadsUp,
  requested = false,
}: {
  f: Rated;
  subject?: string;
  /** The popup asked for this follow-up's heads-up: the form opens at once. */
  requested?: boolean;
  today: string;
  schedule: Schedule;
  clock: () => Date;
  act: Act;
  startHeadsUp?: StartHeadsUp | undefined;
}) {
  const send = useClient();
  const transition = followUpAction(send, act, f);
  const what = f.action || f.sentence;
  const [headsUp, setHeadsUp] = useState(requested);
  const canHeadsUp = !!startHeadsUp && f.state === 'open' && f.due !== null && HEADS_UP_STATUSES.includes(f.status);
  return (
    <li className={`ft-item ft-item--${f.status}`} data-testid="sidebar-follow-up">
      <span className="ft-item__status">{FOLLOW_UP_STATUS[f.status]}</span>
      <q className="ft-item__text">{f.sentence}</q>
      {subject !== undefined && <span className="ft-hint">In “{subject || 'another thread'}”</span>}
      <span className="ft-hint">{formatDue(f.due, today)}</span>
      {f.redated.length > 0 && (
        <ul className="ft-history" aria-label={`Due date history of ${what}`}>
          {f.redated.map((r) => (
            <li key={r.at + r.to} className="ft-hint">
              {redatingText(r)}
            </li>
          ))}
        </ul>
      )}
      {canHeadsUp && !headsUp && (
        <span className="ft-row">
          <button type="button" className={f.status === 'at-risk' ? 'ft-primary' : undefined} onClick={() => setHeadsUp(true)}>
            Send a heads-up
          </button>
        </span>
      )}
      {canHeadsUp && headsUp && (
        <HeadsUpForm f={f} schedule={schedule} today={today} startHeadsUp={startHeadsUp!} onClose={() => setHeadsUp(false)} />
      )}
      <span className="ft-row">
        <label className="ft-inline">
          Due{' '}
          <input
            type="date"
            aria-label={`Due date of ${what}`}
            value={f.due ?? ''}
            onChange={(e) => transition({ type: 'setDue', due: e.target.value || null }, 'Due date changed')}
          />
        </label>
      </span>
      <span className="ft-row">
        {f.state === 'suggested' ? (
          <>
            <button type="button" className="ft-primary" onClick={() => transition({ type: 'confirm' }, 'Kept as a follow-up')}>
              Keep
            </button>
            <button type="button" onClick={() => transition({ type: 'dismiss' }, 'Dismissed')}>
              Dismiss
            </button>
          </>
        ) : (
          <>
            <button type="button" className="ft-primary" onClick={() => transition({ type: 'complete' }, 'Marked done')}>
              Done
            </button>
            <SnoozeMenu
              label={`Snooze ${what}`}
              schedule={schedule}
              now={clock}
              onSnooze={(until) =>
                transition({ type: 'snooze', until: until.toISOString() }, formatSnoozedUntil(until, schedule.timeZone))
              }
            />
          </>
        )}
      </span>
    </li>
  );
}

function AddFollowUp({ accountId, threadId, act }: { accountId: string; threadId: string; act: Act }) {
  const send = useClient();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Add a follow-up
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let added: string | null = null;
    act(
      async () => {
        added = (await send('followUp.add', { accountId, threadId, text, due: due || null })).id;
        setOpen(false);
        setText('');
        setDue('');
      },
      'Follow-up added',
      async () => added && send('followUp.transition', { accountId, id: added, action: { type: 'dismiss' } }),
    );
  };
  return (
    <form className="ft-form" onSubmit={submit} aria-label="Add a follow-up">
      <label>
        What did you promise?
        <input value={text} onChange={(e) => setText(e.target.value)} required maxLength={500} placeholder="Send the signed contract" />
      </label>
      <label>
        Due
        <input type="date" aria-label="Due date of the new follow-up" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <span className="ft-row">
        <button type="submit" className="ft-primary">
          Add
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </span>
    </form>
  );
}

/** The sidebar of an open Gmail thread: who the customer is, the reply clock, what is owed. */
export function ThreadSidebar({
  accountId,
  threadId,
  clock = () => new Date(),
  startHeadsUp,
}: {
  accountId: string;
  threadId: string;
  clock?: () => Date;
  /** Opens the heads-up reply in this thread (Gmail only); without it no heads-up is offered. */
  startHeadsUp?: StartHeadsUp;
}) {
  const send = useClient();
  const [summary, reload] = useRequest('thread.summary', { accountId, threadId });
  const [settings] = useRequest('settings.get', {});
  const { act, undoBar, error } = useUndoableActions(reload);
  // The clock runs on its own: ask again every minute.
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);
  const schedule = useMemo(() => (settings.status === 'ready' ? scheduleFromSettings(settings.data) : null), [settings]);

  if (summary.status === 'loading' || !schedule || settings.status !== 'ready') return <p className="ft-hint">Loading…</p>;
  if (summary.status === 'error') return <p role="alert">{summary.message}</p>;

  const { customer, contacts, lastContact, clock: reply, followUps, otherFollowUps, proposal, record, headsUpFor } =
    summary.data;
  const now = clock();
  const today = todayIn(schedule.timeZone, now);
  const theirTime = customer?.timeZone ? formatTheirTime(now, customer.timeZone, schedule.timeZone) : null;
  const open = followUps.filter((f) => f.status !== 'closed');
  const mark = (kind: 'no-reply-needed' | 'answered-elsewhere', message: string) =>
    act(
      () => send('thread.mark', { accountId, threadId, kind }),
      message,
      () => send('thread.mark', { accountId, threadId, kind: null }),
    );
  const item = (f: Rated, subject?: string) => (
    <FollowUpItem
      key={f.id}
      f={f}
      subject={subject}
      today={today}
      schedule={schedule}
      clock={clock}
      act={act}
      startHeadsUp={f.threadId === threadId ? startHeadsUp : undefined}
      requested={f.id === headsUpFor}
    />
  );

  return (
    <div className="ft-sidebar">
      <section aria-label="Customer" className="ft-card">
        {customer ? (
          <>
            <h2 className="ft-title">
              {customer.name} <span className="ft-tag">{customer.tier}</span>
            </h2>
            {contacts.length > 0 && (
              <ul className="ft-contacts">
                {contacts.map((c) => (
                  <li key={c.email}>
                    {c.name || c.email}
                    {c.role && <span className="ft-hint"> · {c.role}</span>}
                    {c.name && <span className="ft-hint"> · {c.email}</span>}
                  </li>
                ))}
              </ul>
            )}
            {theirTime && (
              <p className="ft-hint" data-testid="their-time">
                Their time: {theirTime}
              </p>
            )}
            <p className="ft-hint" data-testid="last-contact">
              {lastContact.incoming ? `They last wrote ${formatAgo(lastContact.incoming, now)}` : 'No message from them yet'}
              {' · '}
              {lastContact.outgoing ? `you last wrote ${formatAgo(lastContact.outgoing, now)}` : 'you have not written yet'}
            </p>
            {record && <RecordLines record={record} />}
            <button
              type="button"
              className="ft-link"
              onClick={() => void send('customer.openPage', { accountId, customerId: customer.id }).catch(() => undefined)}
            >
              Customer page
            </button>
          </>
        ) : (
          <>
            <p className="ft-hint">Not in your customer book.</p>
            {proposal && (
              <AddCustomerForm
                accountId={accountId}
                proposal={proposal}
                tiers={settings.data.tiers.map((t) => t.name)}
                defaultTier={defaultTierName(settings.data.tiers.map((t) => t.name))}
                act={act}
              />
            )}
          </>
        )}
      </section>
      {customer && (
        <section aria-label="Reply clock" className="ft-card">
          <ClockCard clock={reply} timeZone={schedule.timeZone} />
          {reply.awaiting && (
            <div className="ft-row">
              <button type="button" onClick={() => mark('no-reply-needed', 'Marked: no reply needed')}>
                No reply needed
              </button>
              <button type="button" onClick={() => mark('answered-elsewhere', 'Marked: answered elsewhere')}>
                Answered elsewhere
              </button>
              <SnoozeMenu
                label="Snooze the reply clock"
                schedule={schedule}
                now={clock}
                onSnooze={(until) =>
                  act(
                    () => send('thread.snooze', { accountId, threadId, until: until.toISOString() }),
                    formatSnoozedUntil(until, schedule.timeZone),
                    () => send('thread.snooze', { accountId, threadId, until: null }),
                  )
                }
              />
            </div>
          )}
          {!reply.awaiting && (reply.reason === 'no-reply-needed' || reply.reason === 'answered-elsewhere') && (
            <button
              type="button"
              onClick={() =>
                act(
                  () => send('thread.mark', { accountId, threadId, kind: null }),
                  'Mark removed',
                  () => send('thread.mark', { accountId, threadId, kind: reply.reason as 'no-reply-needed' }),
                )
              }
            >
              Remove the mark
            </button>
          )}
        </section>
      )}
      <section aria-label="Owed in this thread" className="ft-card">
        <h3>Owed in this thread</h3>
        {open.length === 0 && <p className="ft-hint">No promise of yours in this thread.</p>}
        <ul className="ft-items">{open.map((f) => item(f))}</ul>
        <AddFollowUp accountId={accountId} threadId={threadId} act={act} />
      </section>
      {customer && otherFollowUps.length > 0 && (
        <section aria-label={`Also owed to ${customer.name}`} className="ft-card">
          <h3>Also owed to {customer.name}</h3>
          <ul className="ft-items">{otherFollowUps.map((f) => item(f, f.subject))}</ul>
        </section>
      )}
      {error && (
        <p role="alert" className="ft-error">
          {error}
        </p>
      )}
      {undoBar}
    </div>
  );
}
