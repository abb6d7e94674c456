import { useId, useState, type FormEvent } from 'react';
import { errorsFromMessage } from '../../lib/customers/book';
import {
  checkCustomerForm,
  contactKey,
  type CustomerFormValues,
  type TargetFormValues,
} from '../../lib/customers/customer-form';
import type { CustomerWithContacts } from '../../lib/messaging/customers-protocol';
import { useClient } from '../client-context';
import { zoneChoices, zoneLabel } from '../time-zones';

interface Props {
  accountId: string;
  /** Absent for a new customer. */
  id?: string;
  initial: CustomerFormValues;
  tiers: readonly string[];
  onSaved: (saved: CustomerWithContacts) => void;
  onCancel: () => void;
  onDelete?: () => void;
}

/** Messages for a path and everything under it (`domains` shows `domains[1]`'s too). */
function messagesFor(errors: Record<string, string[]>, path: string): string[] {
  return Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}[`) || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages);
}

function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <span id={id} role="alert" className="field__error">
      {messages.join('; ')}
    </span>
  );
}

export function CustomerForm({ accountId, id, initial, tiers, onSaved, onCancel, onDelete }: Props) {
  const send = useClient();
  const uid = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<CustomerFormValues>) => setValues((v) => ({ ...v, ...change }));
  const errorId = (path: string) => `${uid}-${path.replace(/[^a-z0-9]/gi, '-')}-error`;
  const invalid = (path: string) => messagesFor(errors, path).length > 0;
  const described = (path: string) => (invalid(path) ? { 'aria-invalid': true, 'aria-describedby': errorId(path) } : {});
  const tierChoices = tiers.includes(values.tier) || values.tier === '' ? tiers : [...tiers, values.tier];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkCustomerForm(values, accountId, id);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    // Blank contact rows are not sent; drop them so a refusal's contacts[i] is row i + 1.
    setValues((v) => ({ ...v, contacts: v.contacts.filter((c) => `${c.email}${c.name}${c.role}`.trim() !== '') }));
    setBusy(true);
    try {
      onSaved(await send('customers.save', checked.draft));
    } catch (err) {
      setErrors(errorsFromMessage((err as Error).message));
    } finally {
      setBusy(false);
    }
  }

  const targetField = (side: 'firstReply' | 'nextReply', label: string) => {
    const t: TargetFormValues = values[side];
    const path = `targets.${side}`;
    return (
      <div className="field">
        <label htmlFor={`${uid}-${side}`}>{label}</label>
        <span className="row">
          <input
            id={`${uid}-${side}`}
            type="number"
            min="0.25"
            step="0.25"
            value={t.value}
            placeholder="tier default"
            onChange={(e) => set({ [side]: { ...t, value: e.target.value } })}
            {...described(path)}
          />
          <select
            aria-label={`${label}: hours counted as`}
            value={t.unit}
            onChange={(e) => set({ [side]: { ...t, unit: e.target.value as TargetFormValues['unit'] } })}
          >
            <option value="businessHours">business hours</option>
            <option value="calendarHours">calendar hours</option>
          </select>
        </span>
        <FieldError id={errorId(path)} messages={messagesFor(errors, path)} />
      </div>
    );
  };

  const general = errors[''] ?? [];
  return (
    <form onSubmit={submit} noValidate aria-label={id === undefined ? 'New customer' : `Edit ${initial.name}`} className="customer-form">
      <h3>{id === undefined ? 'New customer' : `Edit ${initial.name}`}</h3>
      <div className="field">
        <label htmlFor={`${uid}-name`}>Company name</label>
        <input id={`${uid}-name`} value={values.name} onChange={(e) => set({ name: e.target.value })} {...described('name')} />
        <FieldError id={errorId('name')} messages={messagesFor(errors, 'name')} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-tier`}>Tier</label>
        <select id={`${uid}-tier`} value={values.tier} onChange={(e) => set({ tier: e.target.value })} {...described('tier')}>
          {tierChoices.map((t) => (
            <option key={t} value={t}>
              {tiers.includes(t) ? t : `${t} (not in settings)`}
            </option>
          ))}
        </select>
        <FieldError id={errorId('tier')} messages={messagesFor(errors, 'tier')} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-domains`}>Domains</label>
        <input
          id={`${uid}-domains`}
          value={values.domains}
          placeholder="acme.com, acme.de"
          onChange={(e) => set({ domains: e.target.value })}
          {...described('domains')}
        />
        <FieldError id={errorId('domains')} messages={messagesFor(errors, 'domains')} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-notes`}>Notes</label>
        <textarea id={`${uid}-notes`} rows={3} value={values.notes} onChange={(e) => set({ notes: e.target.value })} {...described('notes')} />
        <FieldError id={errorId('notes')} messages={messagesFor(errors, 'notes')} />
      </div>
      {targetField('firstReply', 'First reply target')}
      {targetField('nextReply', 'Next reply target')}
      <div className="field">
        <label htmlFor={`${uid}-cadence`}>Touch base every N days (blank = tier default)</label>
        <input
          id={`${uid}-cadence`}
          type="number"
          min="1"
          step="1"
          value={values.cadenceDays}
          placeholder="tier default"
          onChange={(e) => set({ cadenceDays: e.target.value })}
          {...described('cadenceDays')}
        />
        <FieldError id={errorId('cadenceDays')} messages={messagesFor(errors, 'cadenceDays')} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-zone`}>Their time zone</label>
        <select
          id={`${uid}-zone`}
          value={values.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
          aria-describedby={`${uid}-zone-hint`}
          {...described('timeZone')}
        >
          <option value="">Not set</option>
          {zoneChoices(values.timeZone).map((z) => (
            <option key={z} value={z}>
              {zoneLabel(z)}
            </option>
          ))}
        </select>
        <span id={`${uid}-zone-hint`} className="hint">
          A promise like “by 5pm your time” in mail to them is dated on their clock.
        </span>
        <FieldError id={errorId('timeZone')} messages={messagesFor(errors, 'timeZone')} />
      </div>
      <fieldset>
        <legend>Contacts</legend>
        {values.contacts.length === 0 && <p className="hint">No contacts yet.</p>}
        {values.contacts.map((contact, i) => {
          const n = i + 1;
          const update = (change: Partial<typeof contact>) =>
            set({ contacts: values.contacts.map((c) => (c.key === contact.key ? { ...c, ...change } : c)) });
          const path = `contacts[${i}]`;
          return (
            <div key={contact.key} className="contact-row">
              <input aria-label={`Contact ${n} name`} placeholder="Name" value={contact.name} onChange={(e) => update({ name: e.target.value })} />
              <input
                aria-label={`Contact ${n} email`}
                placeholder="name@company.com"
                type="email"
                value={contact.email}
                onChange={(e) => update({ email: e.target.value })}
                {...described(`${path}.email`)}
              />
              <input aria-label={`Contact ${n} role`} placeholder="Role" value={contact.role} onChange={(e) => update({ role: e.target.value })} />
              <button type="button" onClick={() => set({ contacts: values.contacts.filter((c) => c.key !== contact.key) })}>
                Remove contact {n}
              </button>
              <FieldError id={errorId(`${path}.email`)} messages={messagesFor(errors, path)} />
            </div>
          );
        })}
        <button type="button" onClick={() => set({ contacts: [...values.contacts, { key: contactKey(), email: '', name: '', role: '' }] })}>
          Add a contact
        </button>
      </fieldset>
      {general.length > 0 && (
        <p role="alert" className="outcome outcome--error">
          {general.join('; ')}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy}>
          Save customer
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete} disabled={busy}>
            Delete customer
          </button>
        )}
      </div>
    </form>
  );
}
