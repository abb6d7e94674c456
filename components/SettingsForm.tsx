import { useState, type FormEvent, type ReactNode } from 'react';
import { changeFromDraft, draftFrom, type DraftErrors, type SettingsDraft } from '../lib/settings-form';
import { WEEKDAYS, type ReplyTarget, type Settings } from '../lib/settings';
import { useClient, useRequest } from './client-context';
import { GoingQuietSettings } from './settings/GoingQuietSettings';
import { HeadsUpSettings } from './settings/HeadsUpSettings';

const DAY_NAMES = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;

const TIME_ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span className="hint">{hint}</span>}
      {error && (
        <span className="field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function TargetInput({ id, value, onChange }: { id: string; value: ReplyTarget; onChange: (t: ReplyTarget) => void }) {
  return (
    <span className="row">
      <input
        id={id}
        type="number"
        min={0.25}
        step={0.25}
        value={value.value}
        onChange={(e) => onChange({ ...value, value: e.target.valueAsNumber })}
      />
      <select
        aria-label={`${id} unit`}
        value={value.unit}
        onChange={(e) => onChange({ ...value, unit: e.target.value as ReplyTarget['unit'] })}
      >
        <option value="businessHours">business hours</option>
        <option value="calendarHours">calendar hours</option>
      </select>
    </span>
  );
}

export function SettingsForm({ initial, onSaved }: { initial: Settings; onSaved?: (s: Settings) => void }) {
  const send = useClient();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(initial));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  const [accounts] = useRequest('accounts.list', {});
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setDraft((d) => ({ ...d, settings: { ...d.settings, [key]: value } }));
  const s = draft.settings;
  const known = accounts.status === 'ready' ? accounts.data.map((a) => a.id) : [];
  // A chosen account stays listed even before Gmail reports it again.
  const accountIds = s.badgeScope === 'all' || known.includes(s.badgeScope) ? known : [...known, s.badgeScope];

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = changeFromDraft(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      setStatus({ kind: 'error', text: 'Some settings need fixing; nothing was saved.' });
      return;
    }
    setErrors({});
    try {
      const saved = await send('settings.update', { change: result.change });
      setDraft(draftFrom(saved));
      setStatus({ kind: 'saved', text: 'Settings saved.' });
      onSaved?.(saved);
    } catch (err) {
      setStatus({ kind: 'error', text: (err as Error).message });
    }
  }

  return (
    <form className="panel settings" onSubmit={save} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading">Working time and targets</h2>
      <Field id="timeZone" label="Time zone" error={errors.timeZone}>
        <input id="timeZone" list="time-zones" value={s.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
        <datalist id="time-zones">
          {TIME_ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </Field>
      <fieldset>
        <legend>Working hours</legend>
        <p className="hint">One or more ranges a day, e.g. 09:00–12:30, 13:30–17:30. Leave empty for a day off.</p>
        {WEEKDAYS.map((day) => (
          <Field key={day} id={`hours-${day}`} label={DAY_NAMES[day]} error={errors[`hours.${day}`]}>
            <input
              id={`hours-${day}`}
              value={draft.hours[day]}
              onChange={(e) => setDraft((d) => ({ ...d, hours: { ...d.hours, [day]: e.target.value } }))}
            />
          </Field>
        ))}
      </fieldset>
      <Field id="firstReply" label="First reply within" error={errors['firstReplyTarget.value']}>
        <TargetInput id="firstReply" value={s.firstReplyTarget} onChange={(t) => set('firstReplyTarget', t)} />
      </Field>
      <Field id="nextReply" label="Next reply within" error={errors['nextReplyTarget.value']}>
        <TargetInput id="nextReply" value={s.nextReplyTarget} onChange={(t) => set('nextReplyTarget', t)} />
      </Field>
      <Field id="atRisk" label="At risk from (% of the target)" error={errors.atRiskPercent}>
        <input id="atRisk" type="number" min={1} max={99} value={s.atRiskPercent} onChange={(e) => set('atRiskPercent', e.target.valueAsNumber)} />
      </Field>
      <Field
        id="delay"
        label="Follow up after (working days)"
        hint="For a promise with no date, such as “I’ll send it over”."
        error={errors.followUpDelayWorkingDays}
      >
        <input id="delay" type="number" min={0} max={60} value={s.followUpDelayWorkingDays} onChange={(e) => set('followUpDelayWorkingDays', e.target.valueAsNumber)} />
      </Field>
      <div className="field field--inline">
        <input id="checkIn" type="checkbox" checked={s.checkInAfterDone} onChange={(e) => set('checkInAfterDone', e.target.checked)} />
        <label htmlFor="checkIn">When a promise is done, remind me to ask the customer whether it did the job</label>
      </div>
      <Field id="checkInDelay" label="Ask after (working days)" error={errors.checkInDelayWorkingDays}>
        <input
          id="checkInDelay"
          type="number"
          min={1}
          max={60}
          disabled={!s.checkInAfterDone}
          value={s.checkInDelayWorkingDays}
          onChange={(e) => set('checkInDelayWorkingDays', e.target.valueAsNumber)}
        />
      </Field>
      <Field id="confirm" label="Commitments found in sent mail">
        <select id="confirm" value={s.confirmCommitments} onChange={(e) => set('confirmCommitments', e.target.value as Settings['confirmCommitments'])}>
          <option value="ask">Ask me before keeping them</option>
          <option value="auto">Keep them as follow-ups right away</option>
        </select>
      </Field>
      <Field id="dateOrder" label="Dates like 3/12 mean">
        <select id="dateOrder" value={s.dateOrder} onChange={(e) => set('dateOrder', e.target.value as Settings['dateOrder'])}>
          <option value="MDY">March 12 (month first)</option>
          <option value="DMY">3 December (day first)</option>
        </select>
      </Field>
      <Field id="ownDomains" label="Your company’s domains" hint="One per line. Mail from these is internal." error={errors.ownDomains}>
        <textarea id="ownDomains" rows={3} value={draft.ownDomains} onChange={(e) => setDraft((d) => ({ ...d, ownDomains: e.target.value }))} />
      </Field>
      <Field id="aliases" label="Your send-as addresses" hint="One per line, besides the account you sign in with. Mail from these is yours; Gmail’s own send-as list is picked up when you compose." error={errors.sendAsAliases}>
        <textarea id="aliases" rows={2} value={draft.sendAsAliases} onChange={(e) => setDraft((d) => ({ ...d, sendAsAliases: e.target.value }))} />
      </Field>
      <Field id="ignored" label="Ignored senders" hint="Addresses or domains, one per line. They never start a reply clock." error={errors.ignoredSenders}>
        <textarea id="ignored" rows={3} value={draft.ignoredSenders} onChange={(e) => setDraft((d) => ({ ...d, ignoredSenders: e.target.value }))} />
      </Field>
      <Field id="badgeScope" label="The toolbar badge counts" error={errors.badgeScope}>
        <select id="badgeScope" value={s.badgeScope} onChange={(e) => set('badgeScope', e.target.value)}>
          <option value="all">Every signed-in account</option>
          {accountIds.map((id) => (
            <option key={id} value={id}>
              Only {id}
            </option>
          ))}
        </select>
      </Field>
      <div className="field field--inline">
        <input id="notifications" type="checkbox" checked={s.notifications} onChange={(e) => set('notifications', e.target.checked)} />
        <label htmlFor="notifications">Desktop notification when a reply is overdue or a follow-up is late</label>
      </div>
      <TierList tiers={s.tiers} errors={errors} onChange={(tiers) => set('tiers', tiers)} />
      <HeadsUpSettings settings={s} set={set} />
      <GoingQuietSettings settings={s} set={set} errors={errors} />
      <DateList
        title="Holidays"
        items={s.holidays.map((h) => ({ start: h.date, label: h.name }))}
        errors={errors}
        errorKey="holidays"
        onChange={(items) => set('holidays', items.map((i) => ({ date: i.start, name: i.label })))}
      />
      <DateList
        title="Out of office"
        range
        items={s.outOfOffice.map((o) => ({ start: o.start, end: o.end, label: o.note }))}
        errors={errors}
        errorKey="outOfOffice"
        onChange={(items) => set('outOfOffice', items.map((i) => ({ start: i.start, end: i.end ?? i.start, note: i.label })))}
      />
      <div className="row">
        <button type="submit">Save settings</button>
        {status && (
          <span role={status.kind === 'error' ? 'alert' : 'status'} className={`outcome outcome--${status.kind}`}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}

type Tier = Settings['tiers'][number];
type Side = keyof Tier['targets'];

/** A tier's own targets; an empty field falls back to the default target above. */
function TierList({ tiers, errors, onChange }: { tiers: Tier[]; errors: DraftErrors; onChange: (tiers: Tier[]) => void }) {
  const update = (i: number, tier: Tier) => onChange(tiers.map((t, j) => (j === i ? tier : t)));
  const setTarget = (i: number, side: Side, hours: number, unit: ReplyTarget['unit']) => {
    const tier = tiers[i]!;
    const targets = { ...tier.targets };
    if (Number.isFinite(hours) && hours > 0) targets[side] = { value: hours, unit };
    else delete targets[side];
    update(i, { ...tier, targets });
  };
  return (
    <fieldset>
      <legend>Customer tiers</legend>
      <p className="hint">Leave a target empty to use the default above. A customer’s own targets win over its tier’s.</p>
      {tiers.map((tier, i) => {
        const error = Object.entries(errors).find(([k]) => k.startsWith(`tiers.${i}.`) || k === 'tiers')?.[1];
        return (
          <div className="row" key={i}>
            <input aria-label={`Tier ${i + 1} name`} value={tier.name} onChange={(e) => update(i, { ...tier, name: e.target.value })} />
            {(['firstReply', 'nextReply'] as const).map((side) => (
              <span key={side} className="row">
                <input
                  type="number"
                  min={0.25}
                  step={0.25}
                  placeholder="default"
                  aria-label={`${tier.name || `Tier ${i + 1}`} ${side === 'firstReply' ? 'first' : 'next'} reply hours`}
                  value={tier.targets[side]?.value ?? ''}
                  onChange={(e) => setTarget(i, side, e.target.valueAsNumber, tier.targets[side]?.unit ?? 'businessHours')}
                />
                <select
                  aria-label={`${tier.name || `Tier ${i + 1}`} ${side === 'firstReply' ? 'first' : 'next'} reply unit`}
                  value={tier.targets[side]?.unit ?? 'businessHours'}
                  onChange={(e) => setTarget(i, side, tier.targets[side]?.value ?? NaN, e.target.value as ReplyTarget['unit'])}
                >
                  <option value="businessHours">{side === 'firstReply' ? 'first reply, business h' : 'next reply, business h'}</option>
                  <option value="calendarHours">{side === 'firstReply' ? 'first reply, calendar h' : 'next reply, calendar h'}</option>
                </select>
              </span>
            ))}
            <button type="button" disabled={tiers.length === 1} onClick={() => onChange(tiers.filter((_, j) => j !== i))}>
              Remove
            </button>
            {error && (
              <span className="field__error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...tiers, { name: '', targets: {}, cadenceDays: null }])}>
        Add a tier
      </button>
    </fieldset>
  );
}

type DateItem = { start: string; end?: string; label: string };

function DateList(props: {
  title: string;
  range?: boolean;
  items: DateItem[];
  errors: DraftErrors;
  errorKey: string;
  onChange: (items: DateItem[]) => void;
}) {
  const { title, range, items, errors, errorKey, onChange } = props;
  const update = (i: number, patch: Partial<DateItem>) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  return (
    <fieldset>
      <legend>{title}</legend>
      {items.length === 0 && <p className="hint">None yet.</p>}
      {items.map((item, i) => {
        const error = Object.entries(errors).find(([k]) => k.startsWith(`${errorKey}.${i}.`))?.[1];
        return (
          <div className="row" key={i}>
            <input type="date" aria-label={`${title} ${i + 1} ${range ? 'from' : 'date'}`} value={item.start} onChange={(e) => update(i, { start: e.target.value })} />
            {range && <input type="date" aria-label={`${title} ${i + 1} until`} value={item.end ?? ''} onChange={(e) => update(i, { end: e.target.value })} />}
            <input aria-label={`${title} ${i + 1} note`} placeholder="Note" value={item.label} onChange={(e) => update(i, { label: e.target.value })} />
            <button type="button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
              Remove
            </button>
            {error && <span className="field__error" role="alert">{error}</span>}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...items, { start: '', end: '', label: '' }])}>
        Add {range ? 'a period' : 'a holiday'}
      </button>
    </fieldset>
  );
}
