// Spec §4 scoring: span overlap, one-to-one greedy matching by largest overlap.
import type { CorpusCase } from './corpus';

export interface Detection {
  start: number;
  end: number;
  due: string | null;
  text?: string;
}

export interface CaseResult {
  id: string;
  gold: { start: number; end: number; quote: string; due: string | null }[];
  detections: Detection[];
  /** Pairs of (gold index, detection index). */
  matches: [number, number][];
}

export interface Scores {
  cases: number;
  gold: number;
  detections: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  messagePrecision: number;
  messageRecall: number;
  dueCorrect: number;
  dueAccuracy: number;
}

export interface Report {
  scores: Scores;
  falsePositives: { id: string; text: string; due: string | null }[];
  misses: { id: string; quote: string; due: string | null }[];
  wrongDates: { id: string; quote: string; expected: string | null; got: string | null }[];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function matchCase(c: CorpusCase, detections: Detection[]): CaseResult {
  const gold = c.commitments.map((g) => {
    const start = c.text.indexOf(g.quote);
    return { start, end: start + g.quote.length, quote: g.quote, due: g.due };
  });
  const pairs: { g: number; d: number; o: number }[] = [];
  gold.forEach((g, gi) =>
    detections.forEach((d, di) => {
      const o = overlap(g, d);
      if (o > 0) pairs.push({ g: gi, d: di, o });
    }),
  );
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.d - b.d);
  const usedG = new Set<number>();
  const usedD = new Set<number>();
  const matches: [number, number][] = [];
  for (const p of pairs) {
    if (usedG.has(p.g) || usedD.has(p.d)) continue;
    usedG.add(p.g);
    usedD.add(p.d);
    matches.push([p.g, p.d]);
  }
  return { id: c.id, gold, detections, matches };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function score(results: CaseResult[]): Report {
  let gold = 0;
  let dets = 0;
  let matched = 0;
  let dueCorrect = 0;
  let msgTp = 0;
  let msgPred = 0;
  let msgGold = 0;
  const report: Report = {
    scores: {} as Scores,
    falsePositives: [],
    misses: [],
    wrongDates: [],
  };
  for (const r of results) {
    gold += r.gold.length;
    dets += r.detections.length;
    matched += r.matches.length;
    const predYes = r.detections.length > 0;
    const goldYes = r.gold.length > 0;
    if (predYes) msgPred++;
    if (goldYes) msgGold++;
    if (predYes && goldYes) msgTp++;
    const mg = new Set(r.matches.map(([g]) => g));
    const md = new Set(r.matches.map(([, d]) => d));
    r.detections.forEach((d, i) => {
      if (!md.has(i)) report.falsePositives.push({ id: r.id, text: d.text ?? `[${d.start},${d.end})`, due: d.due });
    });
    r.gold.forEach((g, i) => {
      if (!mg.has(i)) report.misses.push({ id: r.id, quote: g.quote, due: g.due });
    });
    for (const [gi, di] of r.matches) {
      const g = r.gold[gi]!;
      const d = r.detections[di]!;
      if (g.due === d.due) dueCorrect++;
      else report.wrongDates.push({ id: r.id, quote: g.quote, expected: g.due, got: d.due });
    }
  }
  const precision = ratio(matched, dets);
  const recall = ratio(matched, gold);
  report.scores = {
    cases: results.length,
    gold,
    detections: dets,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    messagePrecision: ratio(msgTp, msgPred),
    messageRecall: ratio(msgTp, msgGold),
    dueCorrect,
    dueAccuracy: ratio(dueCorrect, matched),
  };
  return report;
}
