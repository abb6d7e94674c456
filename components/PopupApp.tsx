import { useMemo, useState, type ReactNode } from 'react';
import type { OptionsSection } from '../lib/options-sections';
import { scheduleFromSettings, todayIn } from '../lib/business-time';
import { badgeSummary, triageSections, type TriageSection } from '../lib/triage';
import { EmptyState } from './EmptyState';
import { IntegrationStatus } from './IntegrationStatus';
import { useUndoableActions } from './actions';
import { ConfirmRow, PromiseRow, QuietRow, WaitingRow, type RowContext } from './popup/TriageRows';
import { reviewPagePath } from '../lib/relationship/links';
import { useRequest } from './client-context';

/** Rows per group before "Show all": the popup answers at a glance and opens fast with 1,000 items. */
export const GROUP_CAP = 10;

export interface PopupProps {
  /** Opens the options page, at a section when given (options.html#section). */
  openOptions: (section?: OptionsSection) => void;
  /** Opens a thread, in the account's open Gmail tab when there is one. */
  openThread: (accountId: string, threadId: string) => void;
  /** Opens a Gmail compose to `to` in the account. */
  openCompose: (accountId: string, to: string) => void;
  openUrl: (url: string) => void;
  clock?: () => Date;
}

export function PopupApp({
  openOptions,
  openThread,
  openCompose,
  openUrl,
  clock = () => new Date(),
}: PopupProps) {
  const [accounts] = useRequest('accounts.list', {});
  // A first screen (the worst GROUP_CAP of each group) opens fast with any number of items;
  // "Show all" asks for everything.
  const [full, setFull] = useState(false);
  const [attention, reloadAttention] = useRequest(
    'attention.list',
    full ? {} : { limit: GROUP_CAP },
  );
  const [suggested, reloadSuggested] = useRequest('followUps.suggested', {});
  const [settings] = useRequest('settings.get', {});
  const [counts] = useRequest('store.counts', {});
  const reload = () => {
    reloadAttention();
    reloadSuggested();
  };
  const { act, undoBar, error } = useUndoableActions(reload);

  const schedule = useMemo(
    () => (settings.status === 'ready' ? scheduleFromSettings(settings.data) : null),
    [settings],
  );
  // Promises to confirm join when they arrive: the first screen does not wait for them.
  const ready = accounts.status === 'ready' && attention.status === 'ready' && schedule;
  const items = useMemo(
    () => (attention.status === 'ready' ? attention.data.items : []),
    [attention],
  );
  const totals = useMemo(
    () => (attention.status === 'ready' ? attention.data.totals : []),
    [attention],
  );
  const sections = useMemo(
    () => triageSections(items, suggested.status === 'ready' ? suggested.data.items : [], totals),
    [items, suggested, totals],
  );

  let body: ReactNode = <p className="hint">Loading…</p>;
  if (accounts.status === 'error') body = <p role="alert">{accounts.message}</p>;
  else if (attention.status === 'error') body = <p role="alert">{attention.message}</p>;
  else if (accounts.status === 'ready' && accounts.data.length === 0) {
    body = (
      <EmptyState title="Open Gmail to get started">
        <p>
          Follow-through starts watching your replies and promises once you open Gmail in this
          browser.
        </p>
        <button
          type="button"
          className="ft-primary"
          onClick={() => openUrl('https://mail.google.com/')}
        >
          Open Gmail
        </button>
      </EmptyState>
    );
  } else if (ready) {
    const ctx: RowContext = {
      act,
      openThread,
      openCompose,
      schedule,
      today: todayIn(schedule.timeZone, clock()),
      now: clock,
    };
    body = sections.length
      ? sections.map((s) => (
          <AccountSection
            key={s.accountId}
            section={s}
            labelled={sections.length > 1}
            ctx={ctx}
            showAll={() => setFull(true)}
          />
        ))
      : emptyBody();
  }

  function emptyBody(): ReactNode {
    if (suggested.status === 'loading' || counts.status === 'loading') return body;
    // Without customers nothing can be recognised, so "nothing needs you" would be false comfort.
    if (counts.status === 'ready' && counts.data.customers === 0) {
      return (
        <EmptyState title="Add your customers so Follow-through can recognise them">
          <p>Until then no reply clock can start.</p>
          <button type="button" className="ft-primary" onClick={() => openOptions('customers')}>
            Add customers
          </button>
        </EmptyState>
      );
    }
    return (
      <EmptyState title="Nothing needs you right now">
        No customer is waiting past a target and no promise is due.
      </EmptyState>
    );
  }

  return (
    <main className="popup triage">
      <header className="triage__header">
        <div>
          <h1>Follow-through</h1>
          {/* Only when something counts: over an empty state it would be false comfort. */}
          {items.length > 0 && (
            <p className="triage__summary" data-testid="triage-summary">
              {badgeSummary(totals, {
                quietOnBadge: settings.status === 'ready' && settings.data.badgeCountsQuiet,
              })}
            </p>
          )}
        </div>
        <button type="button" className="triage__quiet" onClick={() => openOptions()}>
          Settings
        </button>
      </header>
      <IntegrationStatus clock={clock} />
      {error && (
        <p role="alert" className="ft-error">
          {error}
        </p>
      )}
      {body}
      <div className="triage__undo">{undoBar}</div>
      {accounts.status === 'ready' && accounts.data.length > 0 && (
        <footer className="triage__footer">
          <p className="hint" data-testid="popup-accounts">
            Watching {accounts.data.map((a) => a.id).join(', ')}
          </p>
          <button type="button" className="triage__quiet triage__review" onClick={() => openUrl(reviewPagePath())}>
            Weekly review
          </button>
        </footer>
      )}
    </main>
  );
}

function AccountSection({
  section,
  labelled,
  ctx,
  showAll,
}: {
  section: TriageSection;
  labelled: boolean;
  ctx: RowContext;
  showAll: () => void;
}) {
  const groups = (
    <>
      <Group
        title="Customers waiting"
        total={section.waitingTotal}
        showAll={showAll}
        rows={section.waiting.map((i) => (
          <WaitingRow key={i.key} item={i} ctx={ctx} />
        ))}
      />
      <Group
        title="Promises"
        total={section.promisesTotal}
        showAll={showAll}
        rows={section.promises.map((i) => (
          <PromiseRow key={i.key} item={i} ctx={ctx} />
        ))}
      />
      <Group
        title="Gone quiet"
        total={section.quietTotal}
        showAll={showAll}
        rows={section.quiet.map((i) => (
          <QuietRow key={i.key} item={i} ctx={ctx} />
        ))}
      />
      <Group
        title="Promises to confirm"
        total={section.toConfirm.length}
        showAll={showAll}
        rows={section.toConfirm.map((f) => (
          <ConfirmRow key={f.id} f={f} ctx={ctx} />
        ))}
      />
    </>
  );
  // One account needs no label; with several, each gets its own section so nothing is mixed.
  if (!labelled) return groups;
  return (
    <section className="triage__account" aria-label={section.accountId}>
      <h2 className="triage__account-name">{section.accountId}</h2>
      {groups}
    </section>
  );
}

function Group({
  title,
  rows,
  total,
  showAll,
}: {
  title: string;
  rows: ReactNode[];
  total: number;
  showAll: () => void;
}) {
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, GROUP_CAP);
  return (
    <section className="triage__group" aria-label={title}>
      <h3 className="triage__group-title">
        {title} <span className="ft-tag">{total}</span>
      </h3>
      <ul className="ft-items">{shown}</ul>
      {total > shown.length && (
        <button
          type="button"
          className="triage__quiet"
          onClick={() => {
            setAll(true);
            showAll();
          }}
        >
          Show all {total}
        </button>
      )}
    </section>
  );
}
