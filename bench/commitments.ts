// Detection speed beside chrono-node alone on the same text.
// Run: npx tsx bench/commitments.ts   (prints one JSON line per measurement)
import * as chrono from 'chrono-node';
import { detectCommitments } from '../lib/commitments/index';

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

function median(fn: () => void, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function report(name: string, value: number, baseline: string, baselineValue: number): void {
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  process.stdout.write(
    `${JSON.stringify({ name, value: r(value), unit: 'ms', baseline, baselineValue: r(baselineValue), ratio: r(value / baselineValue) })}\n`,
  );
}

const small = typical();
const big = large();
const adv = adversarial();

report(
  `commitments.detect.typical-${(small.length / 1024).toFixed(1)}KB`,
  median(() => detectCommitments(small, opts), 200, 50),
  'chrono.parse',
  median(() => chrono.parse(small, ref, { forwardDate: true }), 200, 50),
);
report(
  `commitments.detect.quoted-history-${Math.round(big.length / 1024)}KB`,
  median(() => detectCommitments(big, opts), 15, 3),
  'chrono.parse',
  median(() => chrono.parse(big, ref, { forwardDate: true }), 5, 1),
);
report(
  'commitments.detect.adversarial-1MB',
  median(() => detectCommitments(adv, opts), 5, 1),
  'chrono.parse',
  median(() => chrono.parse(adv, ref, { forwardDate: true }), 3, 1),
);
report(
  'commitments.detect.adversarial-1MB-html',
  median(() => detectCommitments(adv, { ...opts, format: 'html' }), 5, 1),
  'regex-scan',
  median(() => adv.match(/\b(?:will|shall)\b|<[^>]{0,200}>/g), 5, 1),
);
