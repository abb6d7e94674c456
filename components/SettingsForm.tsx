import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { hashFor, type OptionsSection } from '../lib/options-sections';
import { changeFromDraft, describeHours, draftFrom, errorsFor, type DraftErrors, type SettingsDraft } from '../lib/settings-form';
import { WEEKDAYS, type ReplyTarget, type Settings } from '../lib/settings';
import { holidaysFromIcs, mergeHolidays } from '../lib/working-time/holidays-ics';
import { addCalendarDays, todayIn } from '../lib/business-time';
import { useClient, useRequest } from './client-context';
import { GoingQuietSettings } from './settings/GoingQuietSettings';
import { IntegrationStatus } from './IntegrationStatus';
import { formatAgo } from '../lib/format';
import { SettingToggle } from './settings/SettingToggle';
import { zoneChoices, zoneLabel } from './time-zones';

const DAY_NAMES = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;

type Setter = <K extends keyof Settings>(key: K, value: Settings[K]) => void;
interface SectionProps {
  draft: SettingsDraft;
  set: Setter;
  setText: (key: 'ownDomains' | 'sendAsAliases' | 'ignoredSenders', value: string) => void;
  setDraft: (update: (d: SettingsDraft) => SettingsDraft) => void;
  errors: DraftErrors;
  /** Validation runs when a field is left: `touch` marks it as left. */
  touch: (key: string) => void;
}

function Field(props: { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  const { id, label, error, hint, children } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** aria props that tie a control to its error and hint. */
const described = (id: string, error?: string, hint = false) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined,
});

/**
 * The settings sections of the options page over one draft. Every section edits the same
 * draft; the sticky save bar saves them all at once and warns before leaving with changes
 * unsaved. `section` picks what is shown; on the other pages only the save bar shows.
 */
export function SettingsForm({ initial, section, onSaved }: { initial: Settings; section: OptionsSection; onSaved?: (s: Settings) => void }) {
  const send = useClient();
  const [draft, setDraftState] = useState<SettingsDraft>(() => draftFrom(initial));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const pristine = useMemo(() => JSON.stringify(draftFrom(initial)), [initial]);
  const dirty = JSON.stringify(draft) !== pristine;
  // Settings changed elsewhere (a restore, another tab) replace an untouched draft; a draft
  // with changes is kept, and saving it wins. Adjusted during render, not in an effect.
  const [seen, setSeen] = useState(pristine);
  if (seen !== pristine) {
    setSeen(pristine);
    if (JSON.stringify(draft) === seen) setDraftState(draftFrom(initial));
  }
  const result = useMemo(() => changeFromDraft(draft), [draft]);
  const allErrors = 'errors' in result ? result.errors : {};
  const errors = errorsFor(allErrors, touched);

  const setDraft = (update: (d: SettingsDraft) => SettingsDraft) => {
    setDraftState(update);
    setStatus(null);
  };
  const props: SectionProps = {
    draft,
    errors,
    setDraft,
    set: (key, value) => setDraft((d) => ({ ...d, settings: { ...d.settings, [key]: value } })),
    setText: (key, value) => setDraft((d) => ({ ...d, [key]: value })),
    touch: (key) => setTouched((t) => (t.has(key) ? t : new Set([...t, key]))),
  };

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  async function save() {
    if ('errors' in result) {
      setTouched(new Set(Object.keys(result.errors)));
      setStatus({ kind: 'error', text: `${describeCount(Object.keys(result.errors).length)} fixing; nothing was saved.` });
      return;
    }
    setSaving(true);
    try {
      const saved = await send('settings.update', { change: result.change });
      setDraftState(draftFrom(saved));
      setTouched(new Set());
      setStatus({ kind: 'saved', text: 'Settings saved.' });
      onSaved?.(saved);
    } catch (err) {
      setStatus({ kind: 'error', text: (err as Error).message });
    } finally {
      setSaving(false);
    }
  }

  const body = {
    general: <GeneralSection {...props} />,
    'working-time': <WorkingTimeSection {...props} />,
    targets: <TargetsSection {...props} />,
    'follow-ups': <FollowUpsSection {...props} />,
    mail: <MailSection {...props} />,
    notifications: <NotificationsSection {...props} />,
  }[section as string];

  return (
    <>
      {body && (
        <form
          className="settings"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {body}
        </form>
      )}
      {(dirty || status) && (
        <div className="save-bar" role="region" aria-label="Unsaved changes">
          {status ? (
            <span role={status.kind === 'error' ? 'alert' : 'status'} className={`outcome outcome--${status.kind}`}>
              {status.text}
            </span>
          ) : (
            <span>You have unsaved changes.</span>
          )}
          {dirty && (
            <span className="row">
              <button
                type="button"
                onClick={() => {
                  setDraftState(draftFrom(initial));
                  setTouched(new Set());
                  setStatus(null);
                }}
              >
                Discard changes
              </button>
              <button type="button" className="button--primary" disabled={saving} onClick={() => void save()}>
                {saving ? 'Saving…' : 'Save changes'}
              </button>
            </span>
          )}
        </div>
      )}
    </>
  );
}

const describeCount = (n: number) => (n === 1 ? 'One setting needs' : `${n} settings need`);

function GeneralSection({ draft, set }: SectionProps) {
  const [accounts] = useRequest('accounts.list', {});
  const s = draft.settings;
  return (
    <>
      <h2>General</h2>
      <IntegrationStatus />
      <h3>Gmail accounts</h3>
      {accounts.status === 'ready' && accounts.data.length === 0 && (
        <p className="hint">
          No account yet: open <a href="https://mail.google.com/">Gmail</a> and Follow-through will know who you are.
        </p>
      )}
      {accounts.status === 'ready' && accounts.data.length > 0 && (
        <ul className="plain-list">
          {accounts.data.map((a) => (
            <li key={a.id}>
              <strong>{a.id}</strong>
              <span className="hint"> · seen in Gmail {formatAgo(a.lastSeenAt, new Date())}</span>
              {a.aliases.length > 0 && <span className="hint"> · also sends as {a.aliases.join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
      <Field id="dateOrder" label="Dates like 3/12 mean">
        <select id="dateOrder" value={s.dateOrder} onChange={(e) => set('dateOrder', e.target.value as Settings['dateOrder'])}>
          <option value="MDY">March 12 (month first)</option>
          <option value="DMY">3 December (day first)</option>
        </select>
      </Field>
    </>
  );
}

function WorkingTimeSection(props: SectionProps) {
  const { draft, set, setDraft, errors, touch } = props;
  const s = draft.settings;
  const zones = zoneChoices(s.timeZone);
  return (
    <>
      <h2>Working time</h2>
      <p className="hint">Business-hour targets count only these hours; holidays and time out of office are skipped.</p>
      <Field id="timeZone" label="Time zone" error={errors.timeZone}>
        <select id="timeZone" value={s.timeZone} onChange={(e) => set('timeZone', e.target.value)} onBlur={() => touch('timeZone')} {...described('timeZone', errors.timeZone)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {zoneLabel(z)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="hours">
        <legend>Working hours</legend>
        <p className="hint">Type them as you would say them: 9-5, or 9-12:30, 13:30-17:30. Leave a day empty for a day off.</p>
        {WEEKDAYS.map((day) => {
          const id = `hours-${day}`;
          const error = errors[`hours.${day}`];
          const shown = describeHours(draft.hours[day]);
          return (
            <Field key={day} id={id} label={DAY_NAMES[day]} error={error} hint={!error && shown ? shown : undefined}>
              <input
                id={id}
                value={draft.hours[day]}
                placeholder="Day off"
                onChange={(e) => setDraft((d) => ({ ...d, hours: { ...d.hours, [day]: e.target.value } }))}
                onBlur={() => touch(`hours.${day}`)}
                {...described(id, error, !error && !!shown)}
              />
            </Field>
          );
        })}
      </fieldset>
      <HolidayList {...props} />
      <DateList
        title="Out of office"
        noun="period"
        range
        items={s.outOfOffice.map((o) => ({ start: o.start, end: o.end, label: o.note }))}
        errors={errors}
        errorKey="outOfOffice"
        touch={touch}
        onChange={(items) => set('outOfOffice', items.map((i) => ({ start: i.start, end: i.end ?? i.start, note: i.label })))}
      />
    </>
  );
}

function HolidayList(props: SectionProps) {
  const { draft, set, errors, touch } = props;
  const s = draft.settings;
  const file = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  async function importIcs(f: File) {
    try {
      const today = todayIn(s.timeZone, new Date());
      // Past holidays never move a clock again; two years ahead covers any promise's due date.
      const { holidays, timedEvents } = holidaysFromIcs(await f.text(), { from: today, until: addCalendarDays(today, 2 * 366) });
      const merged = mergeHolidays(s.holidays, holidays);
      set('holidays', merged.holidays);
      setNotice({
        kind: 'done',
        text:
          `Added ${merged.added} holiday${merged.added === 1 ? '' : 's'} from ${f.name}` +
          (holidays.length > merged.added ? ` (${holidays.length - merged.added} already listed)` : '') +
          (timedEvents ? `; ${timedEvents} event${timedEvents === 1 ? '' : 's'} with a time of day left out` : '') +
          '. Save to keep them.',
      });
    } catch (err) {
      setNotice({ kind: 'error', text: (err as Error).message });
    }
  }
  return (
    <DateList
      title="Holidays"
      noun="holiday"
      items={s.holidays.map((h) => ({ start: h.date, label: h.name }))}
      errors={errors}
      errorKey="holidays"
      touch={touch}
      onChange={(items) => set('holidays', items.map((i) => ({ date: i.start, name: i.label })))}
      extra={
        <>
          <button type="button" onClick={() => file.current?.click()}>
            Import from a calendar (.ics)…
          </button>
          <input
            ref={file}
            type="file"
            accept=".ics,text/calendar"
            hidden
            tabIndex={-1}
            aria-hidden="true"
            data-testid="ics-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importIcs(f);
            }}
          />
          {notice && (
            <span role={notice.kind === 'error' ? 'alert' : 'status'} className={`outcome outcome--${notice.kind}`}>
              {notice.text}
            </span>
          )}
        </>
      }
    />
  );
}

type Tier = Settings['tiers'][number];
type Side = 'firstReply' | 'nextReply';
const SIDE_WORDS: Record<Side, string> = { firstReply: 'first reply', nextReply: 'next reply' };

/** Hours and how they count, in one cell; empty hours fall back (tier → default). */
function TargetCell(props: {
  who: string;
  side: Side;
  value: ReplyTarget | undefined;
  /** What an empty cell means: the default target, shown greyed. */
  fallback?: ReplyTarget;
  placeholder?: string;
  error?: string;
  onChange: (t: ReplyTarget | undefined) => void;
  onBlur: () => void;
}) {
  const { who, side, value, fallback, placeholder, error, onChange, onBlur } = props;
  const unit = value?.unit ?? fallback?.unit ?? 'businessHours';
  return (
    <td>
      <span className="target-cell">
        <input
          type="number"
          min={0.25}
          step={0.25}
          placeholder={placeholder}
          aria-label={`${who}: ${SIDE_WORDS[side]} within, hours${fallback ? ' (empty: the default)' : ''}`}
          aria-invalid={error ? true : undefined}
          value={value?.value ?? ''}
          onChange={(e) => onChange(Number.isFinite(e.target.valueAsNumber) ? { value: e.target.valueAsNumber, unit } : undefined)}
          onBlur={onBlur}
        />
        <select
          aria-label={`${who}: ${SIDE_WORDS[side]}, hours counted as`}
          value={unit}
          disabled={!value}
          onChange={(e) => value && onChange({ ...value, unit: e.target.value as ReplyTarget['unit'] })}
        >
          <option value="businessHours">business hours</option>
          <option value="calendarHours">calendar hours</option>
        </select>
      </span>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </td>
  );
}

function TargetsSection(props: SectionProps) {
  const { draft, set, errors, touch } = props;
  const s = draft.settings;
  const tiers = s.tiers;
  const update = (i: number, tier: Tier) => set('tiers', tiers.map((t, j) => (j === i ? tier : t)));
  const setTierTarget = (i: number, side: Side, target: ReplyTarget | undefined) => {
    const tier = tiers[i]!;
    const targets = { ...tier.targets };
    if (target) targets[side] = target;
    else delete targets[side];
    update(i, { ...tier, targets });
  };
  const fallback = (t: ReplyTarget) => (Number.isFinite(t.value) ? String(t.value) : '');
  const tierListError = errors.tiers;
  return (
    <>
      <h2>Targets &amp; tiers</h2>
      <p className="hint">
        How soon a customer should hear back. A tier’s empty target uses the default; a customer’s own targets win over
        its tier’s.
      </p>
      <div className="table-scroll">
        <table className="data-table targets-table">
          <caption className="visually-hidden">Reply targets by tier</caption>
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col">First reply within</th>
              <th scope="col">Next reply within</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Default</th>
              {(['firstReply', 'nextReply'] as const).map((side) => {
                const key = side === 'firstReply' ? 'firstReplyTarget' : 'nextReplyTarget';
                return (
                  <TargetCell
                    key={side}
                    who="Default"
                    side={side}
                    value={s[key]}
                    error={errors[`${key}.value`]}
                    onChange={(t) => set(key, t ?? { value: Number.NaN, unit: s[key].unit })}
                    onBlur={() => touch(key)}
                  />
                );
              })}
              <td />
            </tr>
            {tiers.map((tier, i) => {
              const who = tier.name.trim() || `Tier ${i + 1}`;
              const nameError = errors[`tiers.${i}.name`];
              return (
                <tr key={i}>
                  <th scope="row">
                    <input
                      aria-label={`Tier ${i + 1} name`}
                      value={tier.name}
                      onChange={(e) => update(i, { ...tier, name: e.target.value })}
                      onBlur={() => touch(`tiers.${i}.name`)}
                      aria-invalid={nameError ? true : undefined}
                    />
                    {nameError && (
                      <span className="field__error" role="alert">
                        {nameError}
                      </span>
                    )}
                  </th>
                  {(['firstReply', 'nextReply'] as const).map((side) => (
                    <TargetCell
                      key={side}
                      who={who}
                      side={side}
                      value={tier.targets[side]}
                      fallback={side === 'firstReply' ? s.firstReplyTarget : s.nextReplyTarget}
                      placeholder={fallback(side === 'firstReply' ? s.firstReplyTarget : s.nextReplyTarget)}
                      error={errors[`tiers.${i}.targets.${side}.value`]}
                      onChange={(t) => setTierTarget(i, side, t)}
                      onBlur={() => touch(`tiers.${i}`)}
                    />
                  ))}
                  <td>
                    <button type="button" disabled={tiers.length === 1} onClick={() => set('tiers', tiers.filter((_, j) => j !== i))}>
                      Remove tier {who}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {tierListError && (
        <p className="field__error" role="alert">
          {tierListError}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          touch('tiers');
          set('tiers', [...tiers, { name: '', targets: {}, cadenceDays: null }]);
        }}
      >
        Add a tier
      </button>
      <NumberField {...props} id="atRisk" field="atRiskPercent" label="At risk from (% of the target)" hint="A reply turns amber when this much of its target has passed." min={1} max={99} />
      <h3>Customers with their own targets</h3>
      <CustomerOverrides />
      <GoingQuietSettings settings={s} set={set} errors={errors} />
    </>
  );
}

/** Customers whose own targets win over their tier's, each linked to its page in the book. */
function CustomerOverrides() {
  const [accounts] = useRequest('accounts.list', {});
  const list = accounts.status === 'ready' ? accounts.data.map((a) => a.id) : [];
  if (list.length === 0) return <p className="hint">Set a customer’s own targets on the customer, in <a href={hashFor('customers')}>Customers</a>.</p>;
  return (
    <>
      {list.map((id) => (
        <AccountOverrides key={id} accountId={id} several={list.length > 1} />
      ))}
    </>
  );
}

function AccountOverrides({ accountId, several }: { accountId: string; several: boolean }) {
  const [rows] = useRequest('customers.list', { accountId });
  if (rows.status !== 'ready') return null;
  const own = rows.data.filter((r) => r.targets && (r.targets.firstReply || r.targets.nextReply));
  const words = (t?: ReplyTarget) => (t ? `${t.value} ${t.unit === 'businessHours' ? 'business' : 'calendar'} h` : 'tier’s');
  return (
    <div>
      {several && <p className="hint">{accountId}</p>}
      {own.length === 0 ? (
        <p className="hint">
          None: every customer follows its tier. Set a customer’s own targets on the customer, in{' '}
          <a href={hashFor('customers')}>Customers</a>.
        </p>
      ) : (
        <ul className="plain-list">
          {own.map((r) => (
            <li key={r.id}>
              <a href={hashFor('customers', r.id)}>{r.name}</a>{' '}
              <span className="hint">
                · first reply {words(r.targets?.firstReply)}, next reply {words(r.targets?.nextReply)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type NumberSetting = 'atRiskPercent' | 'followUpDelayWorkingDays' | 'followUpAtRiskWorkingDays' | 'checkInDelayWorkingDays';

/** A whole number setting: an emptied field stays empty (and says so on blur) rather than 0. */
function NumberField(props: SectionProps & { id: string; field: NumberSetting; label: string; hint?: string; min: number; max: number; disabled?: boolean }) {
  const { draft, set, errors, touch, id, field, label, hint, min, max, disabled } = props;
  const value = draft.settings[field];
  return (
    <Field id={id} label={label} hint={hint} error={errors[field]}>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        disabled={disabled}
        value={Number.isFinite(value) ? value : ''}
        onChange={(e) => set(field, e.target.valueAsNumber)}
        onBlur={() => touch(field)}
        {...described(id, errors[field], !!hint)}
      />
    </Field>
  );
}

function FollowUpsSection(props: SectionProps) {
  const { draft, set } = props;
  const s = draft.settings;
  return (
    <>
      <h2>Follow-ups</h2>
      <fieldset>
        <legend>Promises found in the mail you send</legend>
        {(
          [
            ['ask', 'Ask me before keeping them', 'They wait in “to confirm” in the popup and the sidebar.'],
            ['auto', 'Keep them as follow-ups right away', 'You can still dismiss one.'],
            ['off', 'Off: do not look for promises', 'Nothing is suggested or kept; reply clocks still run.'],
          ] as const
        ).map(([value, label, hint]) => (
          <div className="field field--inline" key={value}>
            <input
              type="radio"
              id={`confirm-${value}`}
              name="confirmCommitments"
              value={value}
              checked={s.confirmCommitments === value}
              onChange={() => set('confirmCommitments', value)}
              aria-describedby={`confirm-${value}-hint`}
            />
            <label htmlFor={`confirm-${value}`}>
              {label} <span className="hint" id={`confirm-${value}-hint`}>— {hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <NumberField {...props} id="delay" field="followUpDelayWorkingDays" label="Follow up after (working days)" hint="For a promise with no date, such as “I’ll send it over”." min={0} max={60} />
      <NumberField
        {...props}
        id="followUpAtRisk"
        field="followUpAtRiskWorkingDays"
        label="Heads-up before a promise is due (working days)"
        hint="The popup lists a promise this many working days before its due date; 0 lists it on the day."
        min={0}
        max={10}
      />
      <SettingToggle id="checkIn" field="checkInAfterDone" label="When a promise is done, remind me to ask the customer whether it did the job" settings={s} set={set} />
      <NumberField {...props} id="checkInDelay" field="checkInDelayWorkingDays" label="Ask after (working days)" min={1} max={60} disabled={!s.checkInAfterDone} />
    </>
  );
}

function MailSection({ draft, setText, errors, touch }: SectionProps) {
  const area = (key: 'ownDomains' | 'sendAsAliases' | 'ignoredSenders', id: string, label: string, hint: string, rows: number) => (
    <Field id={id} label={label} hint={hint} error={errors[key]}>
      <textarea id={id} rows={rows} value={draft[key]} onChange={(e) => setText(key, e.target.value)} onBlur={() => touch(key)} {...described(id, errors[key], true)} />
    </Field>
  );
  return (
    <>
      <h2>Mail</h2>
      {area('ownDomains', 'ownDomains', 'Your company’s domains', 'One per line. Mail from these is internal.', 3)}
      {area(
        'sendAsAliases',
        'aliases',
        'Your send-as addresses',
        'One per line, besides the account you sign in with. Mail from these is yours; Gmail’s own send-as list is picked up when you compose.',
        2,
      )}
      {area('ignoredSenders', 'ignored', 'Ignored senders', 'Addresses or domains, one per line. They never start a reply clock.', 3)}
    </>
  );
}

function NotificationsSection({ draft, set, errors }: SectionProps) {
  const [accounts] = useRequest('accounts.list', {});
  const s = draft.settings;
  const known = accounts.status === 'ready' ? accounts.data.map((a) => a.id) : [];
  // A chosen account stays listed even before Gmail reports it again.
  const accountIds = s.badgeScope === 'all' || known.includes(s.badgeScope) ? known : [...known, s.badgeScope];
  return (
    <>
      <h2>Notifications</h2>
      <SettingToggle id="notifications" field="notifications" label="Desktop notification when a reply is overdue or a follow-up is late" settings={s} set={set} />
      <SettingToggle
        id="headsUpNotification"
        field="headsUpNotification"
        label="Desktop notification when a promise is due the next working day (time for a heads-up)"
        settings={s}
        set={set}
      />
      <Field
        id="badgeScope"
        label="The toolbar badge counts"
        error={errors.badgeScope}
        hint="Customers waiting close to or past their target, and promises due today or late. A “!” after the number (and red) means something is already late; hover the button for the details."
      >
        <select id="badgeScope" value={s.badgeScope} onChange={(e) => set('badgeScope', e.target.value)} {...described('badgeScope', errors.badgeScope, true)}>
          <option value="all">Every signed-in account</option>
          {accountIds.map((id) => (
            <option key={id} value={id}>
              Only {id}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

type DateItem = { start: string; end?: string; label: string };

function DateList(props: {
  title: string;
  noun: string;
  range?: boolean;
  items: DateItem[];
  errors: DraftErrors;
  errorKey: string;
  touch: (key: string) => void;
  onChange: (items: DateItem[]) => void;
  extra?: ReactNode;
}) {
  const { title, noun, range, items, errors, errorKey, touch, onChange, extra } = props;
  const update = (i: number, patch: Partial<DateItem>) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const nameOf = (item: DateItem, i: number) =>
    item.start ? `${noun} ${item.start}${range && item.end && item.end !== item.start ? ` to ${item.end}` : ''}` : `${noun} ${i + 1}`;
  return (
    <fieldset>
      <legend>{title}</legend>
      {items.length === 0 && <p className="hint">None yet.</p>}
      {items.map((item, i) => {
        const error = Object.entries(errors).find(([k]) => k.startsWith(`${errorKey}.${i}.`))?.[1];
        return (
          <div className="date-row" key={i}>
            <input
              type="date"
              aria-label={`${title} ${i + 1} ${range ? 'from' : 'date'}`}
              value={item.start}
              onChange={(e) => update(i, { start: e.target.value })}
              onBlur={() => touch(`${errorKey}.${i}`)}
            />
            {range && (
              <input
                type="date"
                aria-label={`${title} ${i + 1} until`}
                value={item.end ?? ''}
                onChange={(e) => update(i, { end: e.target.value })}
                onBlur={() => touch(`${errorKey}.${i}`)}
              />
            )}
            <input aria-label={`${title} ${i + 1} note`} placeholder="Note" value={item.label} onChange={(e) => update(i, { label: e.target.value })} />
            <button type="button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
              Remove <span className="visually-hidden">{nameOf(item, i)}</span>
            </button>
            {error && (
              <span className="field__error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <div className="row">
        <button type="button" onClick={() => onChange([...items, { start: '', end: '', label: '' }])}>
          Add {range ? 'a period' : 'a holiday'}
        </button>
        {extra}
      </div>
    </fieldset>
  );
}
