// Runs the detector over corpus cases and scores the result.
import type { CorpusCase } from './corpus';
import { detectCommitments, type Commitment } from './detect';
import { matchCase, score, type CaseResult, type Report } from './score';

export function detectCase(c: CorpusCase): Commitment[] {
  return detectCommitments(c.text, {
    sentAt: c.sentAt,
    timeZone: c.timeZone,
    workingDays: c.workingDays,
    holidays: c.holidays,
    dateOrder: c.dateOrder,
    format: c.format,
  });
}

export function evaluateCases(cases: CorpusCase[]): Report & { results: CaseResult[] } {
  const results = cases.map((c) => matchCase(c, detectCase(c)));
  return { ...score(results), results };
}
