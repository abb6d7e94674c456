export { detectCommitments, CommitmentSchema, toInstant, type Commitment, type DetectOptions } from './detect';
export { maskNonAuthored, htmlToText, type HtmlText } from './strip-quoted';
export { splitSentences, splitClauses, type Span } from './sentences';
export { classifyClause, type ClauseContext, type Verdict } from './classify';
export { findDeadline, makeContext, type Deadline, type DeadlineContext } from './deadline';
export * from './working-days';
export {
  parseCorpus,
  formatCorpusError,
  CorpusCaseSchema,
  GoldCommitmentSchema,
  CorpusParseError,
  type CorpusCase,
  type CorpusError,
  type ParsedCorpus,
} from './corpus';
export { matchCase, score, type CaseResult, type Detection, type Report, type Scores } from './score';
export { detectCase, evaluateCases } from './evaluate';
