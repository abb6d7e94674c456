/** One yes/no setting as a labelled checkbox: the settings form's notifications, check-ins and badge options. */
import type { Settings } from '../../lib/settings';

type BooleanSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

export function SettingToggle<K extends BooleanSetting>({
  id,
  field,
  label,
  settings,
  set,
}: {
  id: string;
  field: K;
  label: string;
  settings: Pick<Settings, K>;
  set: (key: K, value: boolean) => void;
}) {
  return (
    <div className="field field--inline">
      <input id={id} type="checkbox" checked={settings[field]} onChange={(e) => set(field, e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
