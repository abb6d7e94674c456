/**
 * "Going quiet" in the settings: each tier's default contact cadence (customers without a
 * cadence of their own take it) and whether quiet customers count on the toolbar badge. Its
 * own component, rendered by the settings form, so the form's layout can change around it.
 */
import type { Settings } from '../../lib/settings';
import { SettingToggle } from './SettingToggle';

export function GoingQuietSettings({
  settings,
  set,
  errors = {},
}: {
  settings: Pick<Settings, 'tiers' | 'badgeCountsQuiet'>;
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** The form's errors by field path ("tiers.0.cadenceDays"). */
  errors?: Partial<Record<string, string>>;
}) {
  const setCadence = (i: number, text: string) => {
    const days = text.trim() === '' ? null : Number(text);
    set(
      'tiers',
      settings.tiers.map((t, j) => (j === i ? { ...t, cadenceDays: days } : t)),
    );
  };
  return (
    <fieldset className="going-quiet" aria-labelledby="going-quiet-heading">
      <legend id="going-quiet-heading">Going quiet</legend>
      <p className="hint">
        A customer you have not written to for longer than this is listed as gone quiet. A
        customer’s own cadence wins; blank means its tier never goes quiet.
      </p>
      {settings.tiers.map((tier, i) => (
        <div className="field field--inline" key={i}>
          <label htmlFor={`tier-cadence-${i}`}>{tier.name || `Tier ${i + 1}`}: touch base every</label>
          <input
            id={`tier-cadence-${i}`}
            type="number"
            min={1}
            max={3650}
            inputMode="numeric"
            value={tier.cadenceDays ?? ''}
            onChange={(e) => setCadence(i, e.target.value)}
          />
          <span>days</span>
          {errors[`tiers.${i}.cadenceDays`] && (
            <span className="field__error" role="alert">
              {errors[`tiers.${i}.cadenceDays`]}
            </span>
          )}
        </div>
      ))}
      <SettingToggle
        id="badgeCountsQuiet"
        field="badgeCountsQuiet"
        label="Count customers gone quiet on the toolbar badge (amber, never red)"
        settings={settings}
        set={set}
      />
    </fieldset>
  );
}
