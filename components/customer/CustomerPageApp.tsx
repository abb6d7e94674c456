import type { ReactNode } from 'react';
import { todayIn } from '../../lib/business-time';
import { gmailThreadUrl } from '../../lib/alerts/notifications';
import { formatAgo, formatDue, formatInstant, formatMinutes } from '../../lib/format';
import type { CustomerPageReply } from '../../lib/messaging/relationship-protocol';
import type { PromiseCounts, ReplyStats } from '../../lib/relationship/record';
import { SIDE_LABELS } from '../../lib/relationship/review-tables';
import { useRequest } from '../client-context';
import { EmptyState } from '../EmptyState';

export interface PageLinks {
  /** Opens a thread, reusing the account's Gmail tab (lib/open-thread.ts). */
  openThread: (accountId: string, threadId: string) => void;
  /** The weekly review's address. */
  reviewUrl: string;
  optionsUrl: string;
}

const TARGET_SOURCE = { customer: 'own target', tier: 'tier target', default: 'default target' } as const;
const WAIT_STATUS = { ok: 'On track', 'at-risk': 'At risk', breached: 'Over target' } as const;
const FOLLOW_UP_STATUS: Record<string, string> = {
  upcoming: 'Open',
  'at-risk': 'Due next working day',
  'due-today': 'Due today',
  overdue: 'Overdue',
  snoozed: 'Snoozed',
};

const PROMISE_ROWS: [keyof PromiseCounts, string][] = [
  ['made', 'Promises made'],
  ['keptOnTime', 'Kept on time'],
  ['keptLate', 'Kept late'],
  ['keptUndated', 'Kept, date unknown'],
  ['missed', 'Missed (still open, past due)'],
  ['open', 'Open, not yet due'],
  ['dismissed', 'Dismissed'],
];

const unitWord = (unit: ReplyStats['unit']) => (unit === 'businessHours' ? 'business hours' : 'calendar hours');
const hours = (target: { value: number; unit: ReplyStats['unit'] }) => `${target.value} ${unitWord(target.unit)}`;

/** The full record of one customer: what was promised and kept, how fast they were answered, what is owed now. */
export function CustomerPageApp({
  accountId,
  customerId,
  links,
  clock = () => new Date(),
}: {
  accountId: string;
  customerId: string;
  links: PageLinks;
  clock?: () => Date;
}) {
  const [page] = useRequest('customer.page', { accountId, customerId });
  let body: ReactNode = <p className="hint">Loading…</p>;
  if (page.status === 'error') body = <p role="alert">{page.message}</p>;
  else if (page.status === 'ready' && page.data === null) {
    body = (
      <EmptyState title="This customer is not in your book">
        <p>It may have been deleted. <a href={`${links.optionsUrl}#customers`}>Open your customers</a></p>
      </EmptyState>
    );
  } else if (page.status === 'ready' && page.data) body = <CustomerRecordView page={page.data} accountId={accountId} links={links} now={clock()} />;
  return <main className="relationship customer-page">{body}</main>;
}

function CustomerRecordView({ page, accountId, links, now }: { page: CustomerPageReply; accountId: string; links: PageLinks; now: Date }) {
  const { customer, record, timeZone } = page;
  const today = todayIn(timeZone, now);
  const threadLink = (threadId: string, text: string) => (
    <a
      href={gmailThreadUrl(accountId, threadId)}
      onClick={(e) => {
        e.preventDefault();
        links.openThread(accountId, threadId);
      }}
    >
      {text || '(no subject)'}
    </a>
  );
  return (
    <>
      <header className="relationship__header">
        <div>
          <h1>
            {customer.name} <span className="ft-tag">{customer.tier}</span>
          </h1>
          <p className="hint">
            {customer.domains.join(', ') || 'No domain'} · {accountId}
          </p>
        </div>
        <nav className="row">
          <a href={links.reviewUrl}>Weekly review</a>
        </nav>
      </header>

      <section className="panel" aria-labelledby="contact-heading">
        <h2 id="contact-heading">Contact</h2>
        <dl className="facts" data-testid="last-contact">
          <dt>They last wrote</dt>
          <dd>{page.lastContact.incoming ? `${formatInstant(page.lastContact.incoming, timeZone)} (${formatAgo(page.lastContact.incoming, now)})` : 'Never'}</dd>
          <dt>You last wrote</dt>
          <dd>{page.lastContact.outgoing ? `${formatInstant(page.lastContact.outgoing, timeZone)} (${formatAgo(page.lastContact.outgoing, now)})` : 'Never'}</dd>
          <dt>Touch base every</dt>
          <dd>
            {page.cadence ? (
              <>
                {page.cadence.days} days{' '}
                <span className="hint">({page.cadence.source === 'tier' ? `${customer.tier} tier default` : 'own cadence'})</span>
              </>
            ) : (
              'No cadence set'
            )}
          </dd>
          <dt>First reply target</dt>
          <dd>
            {hours(page.targets.firstReply.target)} <span className="hint">({TARGET_SOURCE[page.targets.firstReply.source]})</span>
          </dd>
          <dt>Next reply target</dt>
          <dd>
            {hours(page.targets.nextReply.target)} <span className="hint">({TARGET_SOURCE[page.targets.nextReply.source]})</span>
          </dd>
        </dl>
        {page.contacts.length === 0 ? (
          <p className="hint">No contacts: mail from {customer.domains.join(', ') || 'its domains'} is recognised by domain.</p>
        ) : (
          <ul className="contacts-list" aria-label="Contacts">
            {page.contacts.map((c) => (
              <li key={c.email}>
                {c.name || c.email}
                {c.role && <span className="hint"> · {c.role}</span>}
                {c.name && <span className="hint"> · {c.email}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="promises-heading">
        <h2 id="promises-heading">Promises</h2>
        <table className="figures" data-testid="promise-record">
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">Last 30 days</th>
              <th scope="col">Last 90 days</th>
            </tr>
          </thead>
          <tbody>
            {PROMISE_ROWS.map(([key, label]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{record.promises[30][key]}</td>
                <td>{record.promises[90][key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          Counted from the day each promise was made. Kept on time means done on or before its due date in {timeZone}.
          {record.promises[90].keptUndated > 0 && ' “Date unknown”: done before Follow-through kept completion times (restored from an older backup).'}
        </p>
      </section>

      <section className="panel" aria-labelledby="replies-heading">
        <h2 id="replies-heading">Reply times, last 90 days</h2>
        <table className="figures" data-testid="reply-record">
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">Replies</th>
              <th scope="col">Median</th>
              <th scope="col">90th percentile</th>
              <th scope="col">Target</th>
              <th scope="col">Breaches</th>
            </tr>
          </thead>
          <tbody>
            {(['firstReply', 'nextReply'] as const).map((side) => {
              const r = record.replies[side];
              return (
                <tr key={side}>
                  <th scope="row">{SIDE_LABELS[side]}</th>
                  <td>{r.replies}</td>
                  <td className={r.medianMinutes !== null && r.medianMinutes > r.targetMinutes ? 'over' : undefined}>
                    {r.medianMinutes === null ? '–' : formatMinutes(r.medianMinutes)}
                  </td>
                  <td className={r.p90Minutes !== null && r.p90Minutes > r.targetMinutes ? 'over' : undefined}>
                    {r.p90Minutes === null ? '–' : formatMinutes(r.p90Minutes)}
                  </td>
                  <td>{formatMinutes(r.targetMinutes)}</td>
                  <td>{r.breaches}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="hint">In {unitWord(record.replies.firstReply.unit)} of your schedule. A breach is a reply later than its target, or a customer still waiting past it.</p>
      </section>

      <section className="panel" aria-labelledby="owed-heading">
        <h2 id="owed-heading">Open follow-ups</h2>
        {page.openFollowUps.length === 0 ? (
          <p className="hint">No open promise to {customer.name}.</p>
        ) : (
          <ul className="owed" data-testid="open-follow-ups">
            {page.openFollowUps.map((f) => (
              <li key={f.id} className={`owed__item owed__item--${f.status}`}>
                <p className="owed__sentence">“{f.sentence}”</p>
                <p className="hint">
                  <strong className="owed__status">{FOLLOW_UP_STATUS[f.status] ?? f.status}</strong> · {formatDue(f.due, today)} ·{' '}
                  {threadLink(f.threadId, f.subject)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting for your reply</h2>
        {page.waiting.length === 0 ? (
          <p className="hint">{customer.name} is not waiting for you.</p>
        ) : (
          <ul className="owed" data-testid="waiting-threads">
            {page.waiting.map((w) => (
              <li key={w.threadId} className={`owed__item owed__item--${w.status}`}>
                <p className="owed__sentence">{threadLink(w.threadId, w.subject)}</p>
                <p className="hint">
                  <strong className="owed__status">{WAIT_STATUS[w.status]}</strong> · {SIDE_LABELS[w.side].toLowerCase()} ·{' '}
                  {formatMinutes(w.elapsedMinutes)} of {formatMinutes(w.targetMinutes)} · since {formatInstant(w.since, page.timeZone)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
