export { ReuseIndex } from './reuseIndex';
export type {
  DocSpan,
  MatchOptions,
  PassageMatch,
  ReuseDocument,
  ReuseIndexOptions,
  SerializedReuseIndex,
  SimilarDocument,
} from './types';
export { passageAt, passages, MAX_PASSAGE } from './passages';
export { normalise, type Normalised } from './normalise';
export { rankSimilar } from './rank';
