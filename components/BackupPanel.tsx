import { useState, type ChangeEvent } from 'react';
import { useClient, useRequest } from './client-context';
import { downloadText } from './download';

type Outcome = { kind: 'done' | 'error'; text: string } | null;

export function BackupPanel({ onImported }: { onImported?: () => void }) {
  const send = useClient();
  const [accounts] = useRequest('accounts.list', {});
  const [scope, setScope] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function exportNow() {
    setBusy(true);
    try {
      const { filename, text } = await send('backup.export', scope ? { accountId: scope } : {});
      downloadText(filename, text, 'application/json');
      setOutcome({ kind: 'done', text: `Saved ${filename}.` });
    } catch (err) {
      setOutcome({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const summary = await send('backup.import', { text: await file.text() });
      const n = summary.accounts.length;
      setOutcome({
        kind: 'done',
        text:
          `Restored ${n} account${n === 1 ? '' : 's'} from ${file.name}: ` +
          `${summary.counts.customers} customers, ${summary.counts.threads} threads, ` +
          `${summary.counts.followUps} follow-ups` +
          (summary.settingsRestored ? ', and your settings.' : '.'),
      });
      onImported?.();
    } catch (err) {
      setOutcome({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backup-heading" className="panel">
      <h2 id="backup-heading">Backup</h2>
      <p className="hint">
        A backup is a JSON file with your customers, threads, follow-ups and settings. It never
        holds an email body. Restoring replaces the accounts in the file; other accounts stay as
        they are.
      </p>
      <div className="row">
        <label>
          Export{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value)} aria-label="Accounts to export">
            <option value="">All accounts</option>
            {accounts.status === 'ready' &&
              accounts.data.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.id}
                </option>
              ))}
          </select>
        </label>
        <button type="button" onClick={exportNow} disabled={busy}>
          Export backup
        </button>
        <label className="button">
          Import backup…
          <input
            type="file"
            accept="application/json,.json"
            onChange={importFile}
            disabled={busy}
            data-testid="backup-file"
            hidden
          />
        </label>
      </div>
      {outcome && (
        <p role={outcome.kind === 'error' ? 'alert' : 'status'} className={`outcome outcome--${outcome.kind}`}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
