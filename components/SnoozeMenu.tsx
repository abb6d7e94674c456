import { useState } from 'react';
import type { Schedule } from '../lib/business-time';
import { SNOOZE_LABELS, SNOOZE_PRESETS, snoozeUntil, wallTimeToInstant, type SnoozePreset } from '../lib/snooze';

/**
 * Snooze presets as a native select (keyboard and screen readers get a real listbox for free),
 * with "Pick a time…" opening a date-time field read in the user's own time zone.
 */
export function SnoozeMenu({
  label,
  schedule,
  now,
  onSnooze,
}: {
  /** What is snoozed, for screen readers: "Snooze the reply clock". */
  label: string;
  schedule: Schedule;
  now: () => Date;
  onSnooze: (until: Date) => void;
}) {
  const [picking, setPicking] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (picking) {
    const submit = () => {
      const until = wallTimeToInstant(value, schedule.timeZone);
      if (!until || until <= now()) return setError('Pick a time in the future.');
      setPicking(false);
      setError(null);
      onSnooze(until);
    };
    return (
      <span className="ft-snooze-pick">
        <input type="datetime-local" aria-label={`${label} until`} value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="button" onClick={submit}>
          Snooze
        </button>
        <button type="button" onClick={() => setPicking(false)}>
          Cancel
        </button>
        {error && (
          <span role="alert" className="ft-error">
            {error}
          </span>
        )}
      </span>
    );
  }
  return (
    <select
      aria-label={label}
      value=""
      onChange={(e) => {
        const choice = e.target.value;
        if (choice === 'pick') return setPicking(true);
        if (choice) onSnooze(snoozeUntil(choice as SnoozePreset, schedule, now()));
      }}
    >
      <option value="">Snooze…</option>
      {SNOOZE_PRESETS.map((p) => (
        <option key={p} value={p}>
          {SNOOZE_LABELS[p]}
        </option>
      ))}
      <option value="pick">Pick a time…</option>
    </select>
  );
}
