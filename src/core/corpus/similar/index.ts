export { ReuseIndex } from './reuseIndex';
export { QueryCancelled } from './types';
export type {
  DocSpan,
  MatchOptions,
  PassageMatch,
  ReuseDocument,
  ReuseIndexOptions,
  SerializedReuseIndex,
  SimilarDocument,
  StockFormula,
} from './types';
export { passageAround, passageAt, passages, MAX_PASSAGE } from './passages';
export { normalise, type Normalised } from './normalise';
export { rankSimilar } from './rank';
