import type { Schedule } from '../../lib/business-time';
import { formatDue, formatSnoozedUntil } from '../../lib/format';
import type { AttentionListItem } from '../../lib/messaging/alerts-protocol';
import { quietText, waitingText, type Suggestion } from '../../lib/triage';
import { followUpAction, type Act } from '../actions';
import { SnoozeMenu } from '../SnoozeMenu';
import { useClient } from '../client-context';

export interface RowContext {
  act: Act;
  openThread: (accountId: string, threadId: string) => void;
  /** A new message to `to` from the account, in Gmail. */
  openCompose: (accountId: string, to: string) => void;
  schedule: Schedule;
  today: string;
  now: () => Date;
}

// Severity in words (and the row's colour bar), never in colour alone.
const STATUS: Record<AttentionListItem['level'], string> = {
  breached: 'Past reply target',
  'at-risk': 'Reply due soon',
  overdue: 'Overdue',
  'due-today': 'Due today',
  'follow-up-at-risk': 'Due next working day',
  quiet: 'Gone quiet',
};
// The sidebar's item colours, so one severity looks the same everywhere.
const TONE: Record<AttentionListItem['level'], string> = {
  breached: 'overdue',
  'at-risk': 'at-risk',
  overdue: 'overdue',
  'due-today': 'due-today',
  'follow-up-at-risk': 'upcoming',
  quiet: 'upcoming',
};

/** Snooze with an undo that lifts it again (a thread's clock, a quiet customer). */
function UndoableSnooze({ title, ctx, snooze }: { title: string; ctx: RowContext; snooze: (until: string | null) => Promise<unknown> }) {
  return (
    <SnoozeMenu
      label={`Snooze ${title}`}
      schedule={ctx.schedule}
      now={ctx.now}
      onSnooze={(until) =>
        ctx.act(() => snooze(until.toISOString()), formatSnoozedUntil(until, ctx.schedule.timeZone), () => snooze(null))
      }
    />
  );
}

export function WaitingRow({ item, ctx }: { item: AttentionListItem; ctx: RowContext }) {
  const send = useClient();
  const ref = { accountId: item.accountId, threadId: item.threadId };
  const waited = waitingText(item.elapsedMinutes, item.targetMinutes);
  return (
    <li className={`ft-item ft-item--${TONE[item.level]} triage__row`} data-testid="triage-row">
      <span className="ft-item__status">{STATUS[item.level]}</span>
      <span className="triage__who">
        <strong>{item.customerName ?? 'Unknown customer'}</strong>
        {item.contact && <span className="ft-hint"> · {item.contact}</span>}
      </span>
      <span className="triage__subject">{item.title}</span>
      {waited && <span className="triage__when">{waited}</span>}
      <span className="ft-row">
        <button
          type="button"
          className="ft-primary"
          onClick={() => ctx.openThread(item.accountId, item.threadId)}
          aria-label={`Reply to ${item.title}`}
        >
          Reply
        </button>
        <UndoableSnooze title={item.title} ctx={ctx} snooze={(until) => send('thread.snooze', { ...ref, until })} />
        <button
          type="button"
          className="triage__quiet"
          onClick={() =>
            ctx.act(
              () => send('thread.mark', { ...ref, kind: 'no-reply-needed' }),
              'Marked as needing no reply',
              () => send('thread.mark', { ...ref, kind: null }),
            )
          }
        >
          No reply needed
        </button>
      </span>
    </li>
  );
}

export function PromiseRow({ item, ctx }: { item: AttentionListItem; ctx: RowContext }) {
  const send = useClient();
  const id = item.followUpId!;
  const what = item.sentence ?? item.title;
  // Listed promises are open and not snoozed: that is what undo puts back.
  const transition = followUpAction(send, ctx.act, {
    accountId: item.accountId,
    id,
    state: 'open',
    due: item.due,
    snoozedUntil: null,
    completedAt: null,
  });
  return (
    <li className={`ft-item ft-item--${TONE[item.level]} triage__row`} data-testid="triage-row">
      <span className="ft-item__status">{STATUS[item.level]}</span>
      <q className="ft-item__text">{what}</q>
      <span className="ft-hint">
        {item.customerName ?? 'Unknown customer'} · {formatDue(item.due, ctx.today)}
      </span>
      <span className="ft-row">
        <button
          type="button"
          className="ft-primary"
          onClick={() => transition({ type: 'complete' }, 'Marked done')}
          aria-label={`Done: ${what}`}
        >
          Done
        </button>
        <SnoozeMenu
          label={`Snooze ${what}`}
          schedule={ctx.schedule}
          now={ctx.now}
          onSnooze={(until) =>
            transition(
              { type: 'snooze', until: until.toISOString() },
              formatSnoozedUntil(until, ctx.schedule.timeZone),
            )
          }
        />
        {item.level === 'follow-up-at-risk' && (
          <button
            type="button"
            onClick={() =>
              // Opened either way: without the request the user can still start it in the sidebar.
              void send('followUp.requestHeadsUp', { accountId: item.accountId, id }).finally(() =>
                ctx.openThread(item.accountId, item.threadId),
              )
            }
          >
            Send a heads-up
          </button>
        )}
        <button
          type="button"
          className="triage__quiet"
          onClick={() => ctx.openThread(item.accountId, item.threadId)}
        >
          Open thread
        </button>
      </span>
    </li>
  );
}

export function ConfirmRow({ f, ctx }: { f: Suggestion; ctx: RowContext }) {
  const send = useClient();
  const transition = followUpAction(send, ctx.act, f);
  return (
    <li className="ft-item ft-item--suggested triage__row" data-testid="triage-row">
      <span className="ft-item__status">To confirm</span>
      <q className="ft-item__text">{f.sentence}</q>
      <span className="ft-hint triage__meta">
        {f.customerName ?? 'Unknown customer'} · {formatDue(f.due, ctx.today)} ·{' '}
        <button
          type="button"
          className="triage__quiet"
          onClick={() => ctx.openThread(f.accountId, f.threadId)}
        >
          Open thread
        </button>
      </span>
      <span className="ft-row">
        <button
          type="button"
          className="ft-primary"
          onClick={() => transition({ type: 'confirm' }, 'Kept as a follow-up')}
          aria-label={`Keep: ${f.sentence}`}
        >
          Keep
        </button>
        <label className="ft-inline">
          Due
          <input
            type="date"
            aria-label={`Due date of ${f.sentence}`}
            value={f.due ?? ''}
            onChange={(e) =>
              transition({ type: 'setDue', due: e.target.value || null }, 'Due date changed')
            }
          />
        </label>
        <button
          type="button"
          onClick={() => transition({ type: 'dismiss' }, 'Dismissed')}
          aria-label={`Dismiss: ${f.sentence}`}
        >
          Dismiss
        </button>
      </span>
    </li>
  );
}

export function QuietRow({ item, ctx }: { item: AttentionListItem; ctx: RowContext }) {
  const send = useClient();
  const quiet = item.quiet!;
  const ref = { accountId: item.accountId, customerId: item.customerId! };
  const who = quiet.contactName || item.contact;
  return (
    <li className={`ft-item ft-item--${TONE[item.level]} triage__row`} data-testid="triage-row">
      <span className="ft-item__status">{STATUS[item.level]}</span>
      <span className="triage__who">
        <strong>{item.customerName ?? item.title}</strong>
        {who && <span className="ft-hint"> · {who}</span>}
      </span>
      <span className="triage__when">{quietText(quiet, ctx.now(), ctx.schedule.timeZone)}</span>
      <span className="ft-row">
        {item.contact ? (
          <button
            type="button"
            className="ft-primary"
            onClick={() => ctx.openCompose(item.accountId, item.contact!)}
          >
            Write to {who}
          </button>
        ) : (
          <span className="ft-hint">No contact on record: add one to the customer.</span>
        )}
        <UndoableSnooze title={item.title} ctx={ctx} snooze={(until) => send('customer.snoozeQuiet', { ...ref, until })} />
      </span>
    </li>
  );
}
