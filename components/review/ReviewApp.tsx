import { useMemo, useState, type ReactNode } from 'react';
import { gmailThreadUrl } from '../../lib/alerts/notifications';
import { addCalendarDays, todayIn } from '../../lib/business-time';
import { weekStart } from '../../lib/commitments/working-days';
import { formatCivilDate } from '../../lib/format';
import { customerPagePath } from '../../lib/relationship/links';
import { reviewTables } from '../../lib/relationship/review-tables';
import type { WeeklyReview } from '../../lib/relationship/weekly-review';
import { useRequest } from '../client-context';
import { EmptyState } from '../EmptyState';
import { BreachesChart, PromisesChart, QuietChart, ReplyTimesChart } from './charts';
import { ReviewTableView } from './ReviewTableView';

export interface ReviewLinks {
  openThread: (accountId: string, threadId: string) => void;
  /** Called when the account or week changes, so the address can be bookmarked. */
  onChange?: (state: { accountId: string; week: string }) => void;
  optionsUrl: string;
}

/** The weekly review page: account and week pickers, then four sections of chart, table and CSV. */
export function ReviewApp({
  initial = {},
  links,
  clock = () => new Date(),
}: {
  initial?: { accountId?: string; week?: string };
  links: ReviewLinks;
  clock?: () => Date;
}) {
  const [accounts] = useRequest('accounts.list', {});
  const [settings] = useRequest('settings.get', {});
  const [chosenAccount, setAccount] = useState(initial.accountId);
  const [chosenDay, setDay] = useState(initial.week);
  const ids = accounts.status === 'ready' ? accounts.data.map((a) => a.id) : [];
  const accountId = chosenAccount && ids.includes(chosenAccount) ? chosenAccount : ids[0];
  const today = settings.status === 'ready' ? todayIn(settings.data.timeZone, clock()) : null;
  // Until the settings say which day it is in the user's zone, no week is shown.
  const day = chosenDay ?? today;
  const week = day === null ? null : weekStart(day);

  function go(next: { accountId?: string; day?: string }) {
    const a = next.accountId ?? accountId;
    const d = next.day ?? week;
    if (d === null) return;
    if (next.accountId) setAccount(next.accountId);
    if (next.day) setDay(next.day);
    if (a) links.onChange?.({ accountId: a, week: weekStart(d) });
  }

  let body: ReactNode = <p className="hint">Loading…</p>;
  if (accounts.status === 'error') body = <p role="alert">{accounts.message}</p>;
  else if (accounts.status === 'ready' && ids.length === 0) {
    body = (
      <EmptyState title="Nothing to review yet">
        Open Gmail in this browser: the review counts what Follow-through sees there.
      </EmptyState>
    );
  } else if (accountId && week)
    body = (
      <WeekReview key={`${accountId} ${week}`} accountId={accountId} week={week} links={links} />
    );

  return (
    <main className="relationship review">
      <header className="relationship__header">
        <div>
          <h1>Weekly review</h1>
          {week && (
            <p className="hint" data-testid="review-week">
              {formatCivilDate(week)} – {formatCivilDate(addCalendarDays(week, 6))}{' '}
              {week.slice(0, 4)}
              {settings.status === 'ready' && ` · ${settings.data.timeZone}`}
              {today && weekStart(today) === week && ' · this week, so far'}
            </p>
          )}
        </div>
        {week && (
          <nav className="row" aria-label="Week">
            {ids.length > 1 && (
              <select
                aria-label="Gmail account"
                value={accountId}
                onChange={(e) => go({ accountId: e.target.value })}
              >
                {ids.map((id) => (
                  <option key={id}>{id}</option>
                ))}
              </select>
            )}
            <button type="button" onClick={() => go({ day: addCalendarDays(week, -7) })}>
              ‹ Previous week
            </button>
            <button
              type="button"
              onClick={() => today && go({ day: today })}
              disabled={!today || weekStart(today) === week}
            >
              This week
            </button>
            <button type="button" onClick={() => go({ day: addCalendarDays(week, 7) })}>
              Next week ›
            </button>
            <input
              type="date"
              aria-label="Week of"
              value={week}
              onChange={(e) => e.target.value && go({ day: e.target.value })}
            />
          </nav>
        )}
      </header>
      {body}
    </main>
  );
}

function WeekReview({
  accountId,
  week,
  links,
}: {
  accountId: string;
  week: string;
  links: ReviewLinks;
}) {
  const [review] = useRequest('review.week', { accountId, day: week });
  if (review.status === 'loading') return <p className="hint">Loading…</p>;
  if (review.status === 'error') return <p role="alert">{review.message}</p>;
  return <ReviewSections review={review.data} accountId={accountId} links={links} />;
}

export function ReviewSections({
  review,
  accountId,
  links,
}: {
  review: WeeklyReview;
  accountId: string;
  links: ReviewLinks;
}) {
  const tables = useMemo(() => reviewTables(review), [review]);
  const t = review.promises.totals;
  const working = review.week.days.filter((d) => d.working).length;
  const holidays = review.week.days.filter((d) => d.holiday);
  const table = { accountId, weekStart: review.week.start };
  const customerLink = (id: string | null, name: string) =>
    id ? (
      <a href={customerPagePath(accountId, id)} target="_blank" rel="noreferrer">
        {name}
      </a>
    ) : (
      name || '–'
    );
  const byId = <R extends { customerId: string | null; customer: string }>(
    header: string,
    row: R,
  ) => (header === 'Customer' ? customerLink(row.customerId, row.customer) : undefined);

  return (
    <>
      <p className="review__summary" data-testid="review-summary">
        {working} working day{working === 1 ? '' : 's'}
        {holidays.length > 0 &&
          ` (${holidays.map((d) => `${d.holiday || 'holiday'} on ${formatCivilDate(d.date)}`).join(', ')})`}
        . Promises due: {t['on-time']} kept on time, {t['after-heads-up']} after a heads-up,{' '}
        {t.late} late, {t.missed} missed
        {t.open > 0 && `, ${t.open} still open`}. {review.breaches.length} breach
        {review.breaches.length === 1 ? '' : 'es'}. {review.quiet.length} customer
        {review.quiet.length === 1 ? '' : 's'} gone quiet.
      </p>

      <section className="panel" aria-labelledby="review-promises">
        <h2 id="review-promises">Promises kept</h2>
        <PromisesChart review={review} />
        <ReviewTableView
          {...table}
          table={tables.promises}
          caption={`${tables.promises.rows.length} promise${tables.promises.rows.length === 1 ? '' : 's'} due this week`}
          cell={byId}
        />
      </section>

      <section className="panel" aria-labelledby="review-replies">
        <h2 id="review-replies">Reply times against targets</h2>
        <ReplyTimesChart review={review} />
        <ReviewTableView
          {...table}
          table={tables.replies}
          caption="Replies sent this week, per customer"
          cell={byId}
        />
      </section>

      <section className="panel" aria-labelledby="review-breaches">
        <h2 id="review-breaches">Breaches</h2>
        <BreachesChart review={review} />
        <ReviewTableView
          {...table}
          table={tables.breaches}
          caption="Replies later than their target, and customers still waiting past it at the week’s end"
          cell={(header, row, text) =>
            header === 'Thread' ? (
              <a
                href={gmailThreadUrl(accountId, row.threadId)}
                onClick={(e) => {
                  e.preventDefault();
                  links.openThread(accountId, row.threadId);
                }}
              >
                {text || '(no subject)'}
              </a>
            ) : (
              byId(header, row)
            )
          }
        />
      </section>

      <section className="panel" aria-labelledby="review-quiet">
        <h2 id="review-quiet">Customers gone quiet</h2>
        <QuietChart review={review} />
        <ReviewTableView
          {...table}
          table={tables.quiet}
          caption="Customers with a cadence you had not written to in time by the week’s end"
          cell={byId}
        />
        <p className="hint">
          Cadences are set per customer and per tier in the{' '}
          <a href={`${links.optionsUrl}#customers`}>options</a>.
        </p>
      </section>
    </>
  );
}
