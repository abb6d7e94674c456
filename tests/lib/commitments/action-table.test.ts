import { describe, expect, it } from 'vitest';
import { findTableItems } from '../../../lib/commitments/action-table';
import { makeContext } from '../../../lib/commitments/deadline';
import { makeCalendar } from '../../../lib/commitments/working-days';

const ctx = makeContext(new Date('2026-11-30T16:25:00Z'), 'Europe/London', makeCalendar()); // Monday
const ours = new Set(['naomi', 'lattice']);

const rows = (text: string): [string, string | null, boolean][] =>
  findTableItems(text, ours, ctx).map((t) => [text.slice(t.action.start, t.action.end), t.deadline?.due ?? null, t.ours]);

describe('action tables', () => {
  it.each([
    [
      'a Ref column first, the Action column named',
      'Ref  Action                          Owner         Due\nA1   Circulate revised project plan  Lattice (us)  4 Dec\nA2   Confirm access list             Client        7 Dec',
      [
        ['Circulate revised project plan', '2026-12-04', true],
        ['Confirm access list', '2026-12-07', false],
      ],
    ],
    [
      'a row already done is a report',
      'Task                               Owner     Status\nData extract from legacy system    Us        Done 19 Nov\nUAT sign-off                       Us        Due 3 Dec',
      [
        ['Data extract from legacy system', null, false],
        ['UAT sign-off', null, true],
      ],
    ],
    [
      'pipes, with a rule line and a number column',
      '| # | Action | Owner | Due |\n|---|---|---|---|\n| 1 | Send updated quote | Me | 4 Dec |\n| 2 | Confirm budget | Halden Group | 11 Dec |',
      [
        ['Send updated quote', '2026-12-04', true],
        ['Confirm budget', '2026-12-11', false],
      ],
    ],
    [
      'columns aligned with spaces, our company tagged (us)',
      'ACTION                 OWNER          DUE\nDraft SLA schedule v2  Me             Fri 4 Dec\nOnboarding training    Lattice (us)   w/c 7 Dec\nPilot data extract     Finch & Co     4 Dec',
      [
        ['Draft SLA schedule v2', '2026-12-04', true],
        ['Onboarding training', '2026-12-11', true],
        ['Pilot data extract', '2026-12-04', false],
      ],
    ],
    ['a table without an owner column is not an action table', 'Item    Price\nStarter    $20\nGrowth    $35', []],
    ['the table ends at a line of another shape', 'What | Who | When\nRate card | Me | Thursday\n\nThanks, Naomi', [['Rate card', '2026-12-03', true]]],
  ] as [string, string, [string, string | null, boolean][]][])('%s', (_name, text, want) => {
    expect(rows(text)).toEqual(want);
  });
});
