export * from './model';
export * from './features';
export * from './skill-space';
export { DEFAULT_SIMILARITY_PARAMETERS, type SimilarityParameters } from './skill-similarity';
export * from './specificity';
export { createScoringContext, type ScoringContext, type ScoringContextOptions } from './context';
export {
  prepareCandidate,
  prepareVacancy,
  isIncomplete,
  type Incomplete,
  type IncompleteReason,
  type PreparedCandidate,
  type PreparedVacancy,
} from './prepare';
export { HARD_RULES, type HardRule } from './hard-rules';
export * from './why-not';
export * from './explanation-types';
export { explainMatch, type CombinedHours, type ExplainOptions, type ExplanationAudience } from './explain';
export { rawPairScore, scorePair } from './pair-score';
export { scoreMatrixTopK, type MatrixOptions, type MatrixResult } from './matrix';
export { rowEntries, type TopKEntry, type TopKTable } from './top-k';
export * from './rank';
export {
  suggestCombinations,
  type CombinationOptions,
  type CombinationPart,
  type CombinationReason,
  type CombinationSuggestion,
} from './combinations';
export * from './allocation';
