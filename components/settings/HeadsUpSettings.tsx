/** The heads-up notification setting: its own component, rendered by the settings form. */
import type { Settings } from '../../lib/settings';

export function HeadsUpSettings({
  settings,
  set,
}: {
  settings: Pick<Settings, 'headsUpNotification'>;
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}) {
  return (
    <div className="field field--inline">
      <input
        id="headsUpNotification"
        type="checkbox"
        checked={settings.headsUpNotification}
        onChange={(e) => set('headsUpNotification', e.target.checked)}
      />
      <label htmlFor="headsUpNotification">
        Desktop notification when a promise is due the next working day (time for a heads-up)
      </label>
    </div>
  );
}
