// Action items written as a text table: a header row naming the owner column ("Owner", "Who") and
// rows under it, cells split by "|" or by runs of spaces. A row whose owner is our side is a
// promise (spec §1, owner-tagged action item); its due cell, if any, is the deadline.
import { labelIsUs } from './classify';
import { findDeadline, type Deadline, type DeadlineContext } from './deadline';
import type { Span } from './sentences';

export interface TableItem {
  /** The row's whole line. */
  row: Span;
  /** The action cell. */
  action: Span;
  deadline: Deadline | null;
  /** Offset of the due cell, for the deadline's index. */
  dueAt: number;
  ours: boolean;
}

const OWNER_HEAD = /^(?:owners?|who|responsible|assignee|action owner|by whom|lead)$/i;
const DUE_HEAD = /^(?:due|when|date|deadline|by|due date|target(?: date)?|by when|timing|eta)$/i;
const NUMBER_HEAD = /^(?:#|no\.?|nr\.?|item no\.?|ref\.?|id|ref no\.?)?$/i;
const ACTION_HEAD = /^(?:actions?|tasks?|what|action items?|next steps?|description|deliverables?|to-?do)$/i;
const STATUS_HEAD = /^(?:status|state|progress)$/i;
// A row already done is a report, not a promise: "Mapping review   Us   Done 22 Feb".
const DONE_CELL = /^(?:done|complete|completed|closed|finished|delivered|sent|shipped|resolved|✓|✔|✅)\b/i;
const RULE_LINE = /^[\s|:+=_-]+$/;

interface Cell {
  text: string;
  start: number;
}

/** Cells of one line: split by "|" when the line has two or more, else by runs of two or more spaces or tabs. */
function cells(line: string, at: number): Cell[] {
  const pipes = (line.match(/\|/g) ?? []).length >= 2;
  const sep = pipes ? /\|/g : /\t+|\s{2,}/g;
  const out: Cell[] = [];
  let last = 0;
  const push = (end: number): void => {
    const raw = line.slice(last, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '' || pipes) out.push({ text, start: at + last + lead });
  };
  for (let m = sep.exec(line); m !== null; m = sep.exec(line)) {
    push(m.index);
    last = m.index + m[0].length;
  }
  push(line.length);
  // The empty cells outside the first and last pipe.
  if (pipes) {
    if (out[0]?.text === '' && /^\s*\|/.test(line)) out.shift();
    if (out[out.length - 1]?.text === '' && /\|\s*$/.test(line)) out.pop();
  }
  return out;
}

// The cheap test before any line is split: an owner column's header word somewhere.
const OWNER_WORD = /\b(?:owners?|who|responsible|assignee|lead)\b/i;

export function findTableItems(text: string, ourNames: ReadonlySet<string>, ctx: DeadlineContext): TableItem[] {
  if (!OWNER_WORD.test(text)) return [];
  const items: TableItem[] = [];
  const lines: Span[] = [];
  for (let s = 0; s <= text.length; ) {
    const e = text.indexOf('\n', s);
    const end = e < 0 ? text.length : e;
    lines.push({ start: s, end });
    s = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const head = cells(text.slice(lines[i]!.start, lines[i]!.end), lines[i]!.start);
    if (head.length < 2 || head.length > 8) continue;
    const owner = head.findIndex((c) => OWNER_HEAD.test(c.text));
    if (owner < 0) continue;
    const due = head.findIndex((c) => DUE_HEAD.test(c.text));
    const status = head.findIndex((c) => STATUS_HEAD.test(c.text));
    const named = head.findIndex((c) => ACTION_HEAD.test(c.text));
    const action = named >= 0 ? named : head.findIndex((c, k) => k !== owner && k !== due && !NUMBER_HEAD.test(c.text));
    if (action < 0) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = text.slice(lines[j]!.start, lines[j]!.end);
      if (RULE_LINE.test(line) && line.trim() !== '') continue;
      const row = cells(line, lines[j]!.start);
      if (row.length !== head.length) break;
      const who = row[owner]!.text;
      const when = due >= 0 ? row[due]! : null;
      const what = row[action]!;
      const done = [status, due].some((k) => k >= 0 && DONE_CELL.test(row[k]!.text));
      if (what.text === '') continue;
      items.push({
        row: lines[j]!,
        action: { start: what.start, end: what.start + what.text.length },
        deadline: when ? findDeadline(when.text, ctx) : null,
        dueAt: when ? when.start : 0,
        ours: labelIsUs(who, ourNames) && !done,
      });
    }
    i = j - 1;
  }
  return items;
}
