import type { ReactNode } from 'react';
import { tableCsv, tableFileName, type ReviewTable } from '../../lib/relationship/review-tables';
import { downloadText } from '../download';

/** The table behind a chart, with its CSV download. */
export function ReviewTableView<R>({
  table,
  caption,
  accountId,
  weekStart,
  cell,
}: {
  table: ReviewTable<R>;
  caption: string;
  accountId: string;
  weekStart: string;
  /** Renders a cell differently (a link), given the column header; undefined keeps the text. */
  cell?: (header: string, row: R, text: string) => ReactNode | undefined;
}) {
  const download = () => downloadText(tableFileName(table, accountId, weekStart), tableCsv(table), 'text/csv;charset=utf-8');
  return (
    <div className="review-table">
      <div className="row row--spread">
        <p className="hint">{caption}</p>
        <button type="button" onClick={download} disabled={table.rows.length === 0}>
          Download CSV
        </button>
      </div>
      {table.rows.length > 0 && (
        <div className="review-table__scroll">
          <table className="figures" aria-label={caption}>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? undefined : 'text'}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {table.columns.map((c) => {
                    const text = c.show ? c.show(row) : String(c.value(row));
                    return (
                      <td key={c.header} className={c.numeric ? undefined : 'text'}>
                        {cell?.(c.header, row, text) ?? text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
