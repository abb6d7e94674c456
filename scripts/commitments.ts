// Commitment detector CLI.
//   npm run -s commitments -- detect FILE.jsonl|DIR [...]
//   npm run -s commitments -- eval FILE.jsonl|DIR [...] [--json]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { detectCase, evaluateCases, formatCorpusError, parseCorpus, type CorpusCase, type CorpusError } from '../lib/commitments/index';

function usage(): never {
  process.stderr.write(
    'usage: commitments detect FILE.jsonl|DIR ...\n       commitments eval FILE.jsonl|DIR ... [--json] [--ignore-due]\n',
  );
  process.exit(2);
}

function expand(p: string): string[] {
  const st = statSync(p);
  if (!st.isDirectory()) return [p];
  return readdirSync(p)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(p, f));
}

function load(paths: string[]): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const errors: CorpusError[] = [];
  for (const p of paths.flatMap(expand)) {
    const parsed = parseCorpus(readFileSync(p, 'utf8'), p);
    cases.push(...parsed.cases);
    errors.push(...parsed.errors);
  }
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`${formatCorpusError(e)}\n`);
    process.stderr.write(`${errors.length} error(s); nothing was run.\n`);
    process.exit(1);
  }
  return cases;
}

const pct = (x: number): string => x.toFixed(3);
const short = (s: string, n = 110): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function main(argv: string[]): void {
  const [cmd, ...rest] = argv;
  const json = rest.includes('--json');
  // The Enron set does not score due dates (its README): --ignore-due leaves them out of the report.
  const ignoreDue = rest.includes('--ignore-due');
  const files = rest.filter((a) => !a.startsWith('--'));
  if (!cmd || files.length === 0) usage();
  for (const f of files) {
    try {
      statSync(f);
    } catch {
      process.stderr.write(`${f}: no such file or directory\n`);
      process.exit(1);
    }
  }
  const cases = load(files);
  if (cmd === 'detect') {
    for (const c of cases) {
      const commitments = detectCase(c).map((d) => ({ start: d.start, end: d.end, text: d.text, due: d.due }));
      process.stdout.write(`${JSON.stringify({ id: c.id, commitments })}\n`);
    }
    return;
  }
  if (cmd !== 'eval') usage();
  const report = evaluateCases(cases);
  const s = report.scores;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ ...s, falsePositives: report.falsePositives.map((f) => f.id), misses: report.misses.map((m) => m.id), wrongDates: report.wrongDates.map((w) => w.id) })}\n`,
    );
    return;
  }
  const lines = [
    `cases ${s.cases}  gold ${s.gold}  detections ${s.detections}  matched ${s.matched}`,
    `precision          ${pct(s.precision)}`,
    `recall             ${pct(s.recall)}`,
    `F1                 ${pct(s.f1)}`,
    `message precision  ${pct(s.messagePrecision)}`,
    `message recall     ${pct(s.messageRecall)}`,
    ignoreDue ? 'due accuracy       (not scored: --ignore-due)' : `due accuracy       ${pct(s.dueAccuracy)}  (${s.dueCorrect}/${s.matched})`,
    '',
    `false positives (${report.falsePositives.length})`,
    ...report.falsePositives.map((f) => `  ${f.id}  due=${f.due ?? 'null'}  ${short(f.text)}`),
    '',
    `misses (${report.misses.length})`,
    ...report.misses.map((m) => `  ${m.id}  due=${m.due ?? 'null'}  ${short(m.quote)}`),
    ...(ignoreDue
      ? []
      : [
          '',
          `wrong dates (${report.wrongDates.length})`,
          ...report.wrongDates.map((w) => `  ${w.id}  expected=${w.expected ?? 'null'} got=${w.got ?? 'null'}  ${short(w.quote)}`),
        ]),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2));
