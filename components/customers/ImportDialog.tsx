import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { detectLayout, FIELD_LABELS, IMPORT_FIELDS, validateMapping, type ColumnMapping, type ImportField, type MappingProblem } from '../../lib/customers/csv/layouts';
import { MAX_FILE_BYTES, MAX_IMPORT_ROWS, readCsv, type CsvTable } from '../../lib/customers/csv/parse';
import { badRowsCsv, projectRows, type ImportPreview, type ImportSummary } from '../../lib/customers/csv/transfer';
import { MessagingError } from '../../lib/messaging/client';
import { useClient } from '../client-context';
import { downloadText } from '../download';
import { plural } from './plural';
import { toUnicodeDomain } from '../../lib/customers/domain';

type Step =
  | { kind: 'pick'; error?: string }
  | { kind: 'reading'; fileName: string; fraction: number; rows: number }
  | { kind: 'mapping'; fileName: string; table: CsvTable; mapping: ColumnMapping; layoutLabel: string; problems: MappingProblem[]; error?: string }
  | { kind: 'planning'; fileName: string; table: CsvTable; mapping: ColumnMapping; layoutLabel: string }
  | { kind: 'review'; fileName: string; table: CsvTable; mapping: ColumnMapping; layoutLabel: string; preview: ImportPreview; error?: string }
  | { kind: 'applying'; fileName: string; rows: number }
  | { kind: 'done'; fileName: string; summary: ImportSummary; replyLost?: boolean };

/** An import of 50,000 rows takes seconds; after this long without an answer the dialog looks for itself. */
export const APPLY_TIMEOUT_MS = 120_000;

class NoAnswer extends Error {}

/**
 * The reply never came (the service worker stopped, the port closed, or no answer in
 * time); the import may or may not have been written. A MessagingError other than
 * 'no-reply' is the background's own answer: that outcome is known.
 */
function replyWasLost(err: unknown): boolean {
  if (err instanceof NoAnswer) return true;
  return !(err instanceof MessagingError) || err.code === 'no-reply';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswer()), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);

/** The bad-row list stays readable and light even when a file is mostly bad. */
const BAD_ROWS_SHOWN = 1000;

function CancelRow({ onCancel }: { onCancel: () => void }) {
  return (
    <div className="row">
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/**
 * CSV import: pick → column mapping → preview → confirm. The file is parsed here (in
 * chunks, with progress and cancel); the background plans and writes. Nothing is written
 * before "Import", and then all of it or nothing.
 */
export function ImportDialog({
  accountId,
  onImported,
  onClose,
  timeoutMs = APPLY_TIMEOUT_MS,
}: {
  accountId: string;
  onImported: () => void;
  onClose: () => void;
  timeoutMs?: number;
}) {
  const send = useClient();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const abort = useRef<AbortController | null>(null);
  /** Bumped on cancel, so a preview that answers afterwards is ignored. */
  const generation = useRef(0);

  useEffect(() => () => abort.current?.abort(), []);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'reading', fileName: file.name, fraction: 0, rows: 0 });
    const result = await readCsv(file, {
      signal: controller.signal,
      onProgress: ({ fraction, rows }) => setStep({ kind: 'reading', fileName: file.name, fraction, rows }),
    });
    if (controller.signal.aborted) return;
    if (!result.ok) {
      setStep({ kind: 'pick', error: result.error.message });
      return;
    }
    const detected = detectLayout(result.table.header);
    setStep({
      kind: 'mapping',
      fileName: file.name,
      table: result.table,
      mapping: detected.mapping,
      layoutLabel: detected.label,
      problems: [],
    });
  }

  function cancel() {
    abort.current?.abort();
    generation.current += 1;
    onClose();
  }

  async function dryRun(s: Extract<Step, { kind: 'mapping' }>) {
    const checked = validateMapping(s.mapping, s.table.header.length);
    if (!checked.ok) {
      setStep({ ...s, problems: checked.problems });
      return;
    }
    const mine = ++generation.current;
    const base = { fileName: s.fileName, table: s.table, mapping: checked.mapping, layoutLabel: s.layoutLabel };
    setStep({ kind: 'planning', ...base });
    try {
      const preview = await send('customers.import.plan', { accountId, ...projectRows(s.table.rows, checked.mapping) });
      if (mine === generation.current) setStep({ kind: 'review', ...base, preview });
    } catch (err) {
      if (mine === generation.current) setStep({ kind: 'mapping', ...base, problems: [], error: (err as Error).message });
    }
  }

  async function apply(s: Extract<Step, { kind: 'review' }>) {
    setStep({ kind: 'applying', fileName: s.fileName, rows: s.table.rows.length });
    // The receipt of this id commits with the rows, so a lost reply can be checked in the store.
    const importId = crypto.randomUUID();
    const done = (summary: ImportSummary, replyLost = false) => {
      setStep({ kind: 'done', fileName: s.fileName, summary, replyLost });
      onImported();
    };
    const request = send('customers.import.apply', {
      accountId,
      ...projectRows(s.table.rows, s.mapping),
      expected: s.preview.summary,
      importId,
    });
    try {
      done(await withTimeout(request, timeoutMs));
    } catch (err) {
      if (!replyWasLost(err)) {
        setStep({ ...s, error: (err as Error).message });
        return;
      }
      let receipt: ImportSummary | null;
      try {
        receipt = await send('customers.import.receipt', { accountId, importId });
      } catch {
        setStep({ ...s, error: 'The import got no answer and Follow-through cannot be reached to check it. Reload this page and look at your customer list before importing again.' });
        return;
      }
      if (receipt) {
        done(receipt, true);
        return;
      }
      const late = err instanceof NoAnswer;
      setStep({
        ...s,
        error: late
          ? `No answer after ${Math.round(timeoutMs / 1000)} seconds, and nothing has been written yet. This page will show the result if the import still completes; otherwise run it again.`
          : 'The import was interrupted before it was written (Follow-through’s background stopped); nothing was imported. Run it again.',
      });
      // A slow import that completes after the timeout still reports its result.
      if (late) request.then((summary) => done(summary, true)).catch(() => undefined);
    }
  }

  return (
    <section role="dialog" aria-labelledby="import-heading" className="import-dialog">
      <h3 id="import-heading">Import customers from CSV</h3>
      {step.kind === 'pick' && (
        <>
          <p className="hint">
            A CRM export (HubSpot, Salesforce, Google Contacts) or the Follow-through template, into {accountId}.
            Nothing is written until you confirm the preview. One file holds at most {MAX_FILE_MB} MB and{' '}
            {MAX_IMPORT_ROWS.toLocaleString('en')} rows.
          </p>
          <label>
            CSV file{' '}
            <input type="file" accept=".csv,text/csv,text/plain" onChange={pick} data-testid="customers-import-file" />
          </label>
          {step.error && (
            <p role="alert" className="outcome outcome--error">
              {step.error}
            </p>
          )}
          <CancelRow onCancel={cancel} />
        </>
      )}

      {step.kind === 'reading' && (
        <>
          <p>Reading {step.fileName}…</p>
          <progress aria-label="Reading the file" max={1} value={step.fraction} />
          <p className="hint">{plural(step.rows, 'row')} read</p>
          <CancelRow onCancel={cancel} />
        </>
      )}

      {step.kind === 'mapping' && <MappingStep step={step} onChange={(mapping) => setStep({ ...step, mapping, problems: [] })} onNext={() => dryRun(step)} onCancel={cancel} />}

      {step.kind === 'planning' && (
        <>
          <p>Checking {plural(step.table.rows.length, 'row')} against your customer book…</p>
          <progress aria-label="Checking the rows" />
          <CancelRow onCancel={cancel} />
        </>
      )}

      {step.kind === 'review' && (
        <ReviewStep
          step={step}
          onConfirm={() => apply(step)}
          onBack={() => setStep({ kind: 'mapping', fileName: step.fileName, table: step.table, mapping: step.mapping, layoutLabel: step.layoutLabel, problems: [] })}
          onCancel={cancel}
        />
      )}

      {step.kind === 'applying' && (
        <>
          <p>Importing {step.fileName}…</p>
          <progress aria-label="Importing" />
          <p className="hint">This is written in one step: it completes, or changes nothing.</p>
        </>
      )}

      {step.kind === 'done' && (
        <>
          <p role="status" className="outcome outcome--done" data-testid="customers-import-done">
            Imported {step.fileName}: {plural(step.summary.customersCreated, 'customer')} created,{' '}
            {plural(step.summary.customersMerged, 'customer')} updated, {plural(step.summary.contactsCreated, 'contact')} added,{' '}
            {plural(step.summary.contactsUpdated, 'contact')} updated.
            {step.replyLost && ' (The answer was lost on the way; this is what your customer book now holds.)'}
          </p>
          <div className="row">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function MappingStep({
  step,
  onChange,
  onNext,
  onCancel,
}: {
  step: Extract<Step, { kind: 'mapping' }>;
  onChange: (mapping: ColumnMapping) => void;
  onNext: () => void;
  onCancel: () => void;
}) {
  const { table, mapping } = step;
  const sample = table.rows.find((r) => r.problem === undefined) ?? table.rows[0];
  const setColumn = (field: ImportField, value: string) => {
    const columns = { ...mapping.columns };
    if (value === '') delete columns[field];
    else columns[field] = Number(value);
    onChange({ ...mapping, columns });
  };
  return (
    <>
      <p>
        {step.fileName}: {plural(table.rows.length, 'row')}, detected as <strong>{step.layoutLabel}</strong>. Check which
        column holds what; change any that is wrong.
      </p>
      {table.notices.map((n) => (
        <p key={n} className="hint">
          {n}
        </p>
      ))}
      <div className="mapping" data-testid="customers-import-mapping">
        {IMPORT_FIELDS.map((field) => {
          const index = mapping.columns[field];
          const problem = step.problems.filter((p) => p.field === field);
          return (
            <div className="field" key={field}>
              <label htmlFor={`map-${field}`}>{FIELD_LABELS[field]}</label>
              <span className="row">
                <select id={`map-${field}`} value={index === undefined ? '' : String(index)} onChange={(e) => setColumn(field, e.target.value)}>
                  <option value="">— not imported —</option>
                  {table.header.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {h || `(column ${i + 1})`}
                    </option>
                  ))}
                </select>
                {index !== undefined && sample && <span className="hint">e.g. {sample.cells[index] || '(empty)'}</span>}
              </span>
              {problem.length > 0 && (
                <span role="alert" className="field__error">
                  {problem.map((p) => p.message).join('; ')}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {step.problems
        .filter((p) => p.field === null)
        .map((p) => (
          <p key={p.message} role="alert" className="outcome outcome--error">
            {p.message}
          </p>
        ))}
      {step.error && (
        <p role="alert" className="outcome outcome--error">
          {step.error}
        </p>
      )}
      <div className="row">
        <button type="button" className="button--primary" onClick={onNext}>
          Preview
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

function ReviewStep({
  step,
  onConfirm,
  onBack,
  onCancel,
}: {
  step: Extract<Step, { kind: 'review' }>;
  onConfirm: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { preview } = step;
  const s = preview.summary;
  const writes = s.customersCreated + s.customersMerged + s.contactsCreated + s.contactsUpdated;
  const more = (shown: number, total: number) => (total > shown ? <li className="hint">… and {(total - shown).toLocaleString('en')} more</li> : null);
  return (
    <>
      <h4>Preview: nothing has been written yet</h4>
      <ul data-testid="customers-import-summary" className="import-summary">
        <li>{plural(s.customersCreated, 'customer')} to create</li>
        <li>{plural(s.customersMerged, 'customer')} to merge</li>
        <li>
          {plural(s.contactsCreated, 'contact')} to add ({preview.contactsToExistingCount.toLocaleString('en')} of them to customers
          already in the book), {plural(s.contactsUpdated, 'contact')} to update
        </li>
        <li>{plural(s.skipped, 'row')} skipped</li>
        <li>{plural(s.bad, 'bad row')}</li>
      </ul>
      {preview.unmatchable.length > 0 && (
        <section aria-labelledby="unmatchable-heading" className="import-warning">
          <h4 id="unmatchable-heading">
            {plural(preview.unmatchable.length, 'new customer')} that no email could ever be matched to
          </h4>
          <p className="hint">
            These rows have no domain, no website and no contact email. Add one to the file, or add a domain to the
            customer after the import; until then Follow-through cannot recognise their mail.
          </p>
          <ul className="import-list">
            {preview.unmatchable.map((u, i) => (
              <li key={i}>
                {u.name} — line {u.lines.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {writes === 0 && <p role="status">Nothing new to import: every usable row is already in your customer book.</p>}
      {preview.bad.length > 0 && (
        <section aria-labelledby="bad-rows-heading">
          <h4 id="bad-rows-heading">Bad rows (not imported)</h4>
          <div className="import-list">
            <table>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Field</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {preview.bad.slice(0, BAD_ROWS_SHOWN).map((b) => (
                  <tr key={`${b.line}-${b.reason}`}>
                    <td>{b.line}</td>
                    <td>{b.field ? FIELD_LABELS[b.field] : ''}</td>
                    <td>{b.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.bad.length > BAD_ROWS_SHOWN && (
            <p className="hint">
              {BAD_ROWS_SHOWN.toLocaleString('en')} of {preview.bad.length.toLocaleString('en')} bad rows shown.{' '}
              <button type="button" className="link" onClick={() => downloadText(`${step.fileName}-bad-rows.csv`, badRowsCsv(preview.bad), 'text/csv')}>
                Download all bad rows
              </button>
            </p>
          )}
        </section>
      )}
      <details>
        <summary>Customers to create ({s.customersCreated.toLocaleString('en')})</summary>
        <ul className="import-list">
          {preview.created.map((c, i) => (
            <li key={i}>
              {c.name}
              {c.domains.length > 0 && ` (${c.domains.map(toUnicodeDomain).join(', ')})`} — line {c.lines.join(', ')}
            </li>
          ))}
          {more(preview.created.length, s.customersCreated)}
        </ul>
      </details>
      <details>
        <summary>Customers to merge ({s.customersMerged.toLocaleString('en')})</summary>
        <ul className="import-list">
          {preview.merged.map((m, i) => (
            <li key={i}>
              {m.name}: {m.changed.join(', ')} — line {m.lines.join(', ')}
            </li>
          ))}
          {more(preview.merged.length, s.customersMerged)}
        </ul>
      </details>
      <details>
        <summary>Contacts added to customers already in the book ({preview.contactsToExistingCount.toLocaleString('en')})</summary>
        <ul className="import-list">
          {preview.contactsToExisting.map((c) => (
            <li key={c.email}>
              {c.email} → {c.customer} — line {c.line}
            </li>
          ))}
          {more(preview.contactsToExisting.length, preview.contactsToExistingCount)}
        </ul>
      </details>
      <details>
        <summary>Skipped rows ({s.skipped.toLocaleString('en')})</summary>
        <ul className="import-list">
          {preview.skipped.map((r) => (
            <li key={r.line}>
              Line {r.line}: {r.reason}
            </li>
          ))}
          {more(preview.skipped.length, s.skipped)}
        </ul>
      </details>
      {preview.warningCount > 0 && (
        <details>
          <summary>Warnings ({preview.warningCount.toLocaleString('en')})</summary>
          <ul className="import-list">
            {preview.warnings.map((w, i) => (
              <li key={i}>
                Line {w.line}: {w.message}
              </li>
            ))}
            {more(preview.warnings.length, preview.warningCount)}
          </ul>
        </details>
      )}
      {step.error && (
        <p role="alert" className="outcome outcome--error">
          {step.error}
        </p>
      )}
      <div className="row">
        <button type="button" className="button--primary" onClick={onConfirm} disabled={writes === 0}>
          Import
        </button>
        <button type="button" onClick={onBack}>
          Back to mapping
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
