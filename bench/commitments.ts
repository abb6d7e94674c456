// Detection speed beside chrono-node alone on the same text.
// Run: npx tsx bench/commitments.ts   (prints one JSON line per measurement)
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { build } from 'esbuild';
import type { detectCommitments as Detect } from '../lib/commitments/index';

// The detector is timed as it ships, bundled, beside chrono-node's published JavaScript. Run straight from TypeScript
// under tsx, every function of ours is wrapped to keep its name, which cost a third of the time in profiles.
// Packages stay external so both sides call the same chrono-node; the bundle sits under node_modules to find them.
const outDir = fileURLToPath(new URL('../node_modules/.cache/follow-through-bench/', import.meta.url));
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [fileURLToPath(new URL('../lib/commitments/index.ts', import.meta.url))],
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  outfile: `${outDir}detector.mjs`,
  logLevel: 'warning',
});
const { detectCommitments } = (await import(pathToFileURL(`${outDir}detector.mjs`).href)) as { detectCommitments: typeof Detect };

const opts = { sentAt: '2026-11-18T15:30:00-05:00', timeZone: 'America/New_York' };
const ref = { instant: new Date(opts.sentAt), timezone: opts.timeZone };

const BODY = [
  'Hi Dana,',
  '',
  'Thanks for the call earlier and for walking me through the procurement process on your side.',
  "I'll send the revised quote by Friday, and our legal team will review your paper in parallel.",
  'Attached is the usage summary for October; the spike on the 14th was the data migration.',
  "Could you send me the signed order form when it's ready? Let me check with finance about the",
  'multi-year discount and circle back early next week.',
  "We'll discuss the rollout plan on Tuesday's call. If you'd like, I can send two customer references.",
  "I'll be out of office on Monday, but Priya will cover any urgent questions.",
  '',
  'Let me know if you have any questions.',
  '',
  'Best,',
  'Sam',
  '--',
  'Sam Lee | Account Manager',
  'Northwind Software | +1 (555) 014-2231 | sam.lee@northwind.example',
].join('\n');

const QUOTE_BLOCK = [
  'On Tue, Nov 17, 2026 at 9:14 AM Jane Doe <jane@acme.example> wrote:',
  '> Hi Sam,',
  "> I'll send the PO by Friday. We reviewed the proposal with the team on Monday and",
  '> have a few questions about the onboarding timeline, the SSO setup and the invoice',
  '> schedule. Could you send the revised quote with the three-year option by next week?',
  '> We will get back to you on the security questionnaire by December 3.',
  '> Thanks,',
  '> Jane',
].join('\n');

function typical(): string {
  let s = BODY;
  while (s.length < 2048) s += `\n\n${QUOTE_BLOCK}`;
  return s;
}

function large(): string {
  const parts = [BODY];
  let n = BODY.length;
  let depth = 1;
  while (n < 200 * 1024) {
    const prefix = '>'.repeat(depth) + ' ';
    const block = QUOTE_BLOCK.split('\n').map((l) => prefix + l).join('\n');
    parts.push(block);
    n += block.length + 2;
    depth = (depth % 6) + 1;
  }
  return parts.join('\n\n');
}

function adversarial(): string {
  let s = 1;
  const rnd = (): number => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const words = ["I'll", 'will', 'send', 'by', 'Friday', 'next', 'week', 'within', '3', 'business', 'days', 'On', 'wrote:', '<div', '&#39;', '>', '12/3', 'let', 'me'];
  const out: string[] = [];
  let n = 0;
  while (n < 1 << 20) {
    const w = rnd() < 0.1 ? 'x'.repeat(Math.floor(rnd() * 40)) : words[Math.floor(rnd() * words.length)]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(rnd() < 0.5 ? ' ' : '  ');
}

/**
 * Median time per call of `fn` and of `base`, measured in alternating rounds so that both see the same load on a
 * shared machine: timed one after the other, a neighbour's burst lands on one side only and the ratio swings.
 */
function paired(fn: () => void, base: () => void, rounds: number, perRound: number, warm = true): [number, number] {
  const time = (f: () => void): number => {
    const t = performance.now();
    for (let i = 0; i < perRound; i++) f();
    return (performance.now() - t) / perRound;
  };
  // Warmed first, so the JIT has compiled both; not chrono-node over a megabyte, which takes seconds a run.
  for (let r = 0; warm && r < 10; r++) {
    time(fn);
    time(base);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(time(fn));
    b.push(time(base));
  }
  const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(a), median(b)];
}

function report(name: string, [value, baselineValue]: [number, number], baseline: string): void {
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  process.stdout.write(`${JSON.stringify({ name, value: r(value), unit: 'ms', baseline, baselineValue: r(baselineValue), ratio: r(value / baselineValue) })}\n`);
}

const small = typical();
const big = large();
const adv = adversarial();

report(
  `commitments.detect.typical-${(small.length / 1024).toFixed(1)}KB`,
  paired(() => detectCommitments(small, opts), () => chrono.parse(small, ref, { forwardDate: true }), 61, 20),
  'chrono.parse',
);
report(
  `commitments.detect.quoted-history-${Math.round(big.length / 1024)}KB`,
  paired(() => detectCommitments(big, opts), () => chrono.parse(big, ref, { forwardDate: true }), 5, 1),
  'chrono.parse',
);
report(
  'commitments.detect.adversarial-1MB',
  paired(() => detectCommitments(adv, opts), () => chrono.parse(adv, ref, { forwardDate: true }), 1, 1, false),
  'chrono.parse',
);
report(
  'commitments.detect.adversarial-1MB-html',
  paired(() => detectCommitments(adv, { ...opts, format: 'html' }), () => adv.match(/\b(?:will|shall)\b|<[^>]{0,200}>/g), 5, 1),
  'regex-scan',
);
