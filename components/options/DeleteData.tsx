import { useState } from 'react';
import { countsInWords } from '../../lib/backup-preview';
import { ConfirmDialog } from '../ConfirmDialog';
import { plural } from '../customers/plural';
import { useClient, useRequest } from '../client-context';

const EVERYTHING = 'everything';

/**
 * Deletes one account's data, or everything, after a typed confirmation (the account's
 * address, or the word "delete everything"). The background recomputes the badge.
 */
export function DeleteData({ onDeleted }: { onDeleted?: () => void }) {
  const send = useClient();
  const [accounts] = useRequest('accounts.list', {});
  const [target, setTarget] = useState('');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const list = accounts.status === 'ready' ? accounts.data.map((a) => a.id) : [];
  const chosen = target || list[0] || EVERYTHING;
  const [counts] = useRequest('store.counts', chosen === EVERYTHING ? {} : { accountId: chosen });

  async function remove() {
    const deleted = await send('data.delete', chosen === EVERYTHING ? { everything: true } : { accountId: chosen });
    setDone(
      chosen === EVERYTHING
        ? 'Everything was deleted; settings are back to their defaults.'
        : `Deleted ${chosen}: ${plural(deleted.customers, 'customer')}, ${plural(deleted.threads, 'thread')}, ${plural(deleted.followUps, 'follow-up')}.`,
    );
    setTarget('');
    onDeleted?.();
  }

  return (
    <section aria-labelledby="delete-heading" className="panel panel--danger">
      <h2 id="delete-heading">Delete data</h2>
      <p className="hint">
        Removes the data from this computer. If Gmail is still open with that account, Follow-through starts afresh
        for it. Export a backup first if you may want it back.
      </p>
      <div className="row">
        <label htmlFor="delete-target">Delete</label>
        <select id="delete-target" value={chosen} onChange={(e) => setTarget(e.target.value)}>
          {list.map((id) => (
            <option key={id} value={id}>
              All data of {id}
            </option>
          ))}
          <option value={EVERYTHING}>Everything, settings included</option>
        </select>
        <button type="button" className="button--danger" onClick={() => setOpen(true)}>
          Delete…
        </button>
      </div>
      {done && (
        <p role="status" className="outcome outcome--done">
          {done}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={chosen === EVERYTHING ? 'Delete everything?' : `Delete all data of ${chosen}?`}
        confirmLabel="Delete"
        busyLabel="Deleting…"
        danger
        typeToConfirm={chosen === EVERYTHING ? 'delete everything' : chosen}
        onConfirm={remove}
        onClose={() => setOpen(false)}
      >
        <p>
          {counts.status === 'ready' ? `${countsInWords(counts.data) || 'Nothing is stored'}.` : 'Counting…'}
          {chosen === EVERYTHING && ' Your settings go back to their defaults.'}
        </p>
        <p>This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
