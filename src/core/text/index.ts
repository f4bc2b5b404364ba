export type { ConversionTarget, OffsetMap, Script, Span } from './types';
export { MapBuilder, composeMaps, identityMap } from './offsetMap';
export { clean, type CleanReport, type CleanResult, type CorruptSpan } from './clean';
export { detectScript, type Region, type ScriptReport } from './script';
export { convert, type ConversionResult } from './convert';
export { prepare, type PrepareOptions, type Prepared } from './prepare';
export { isPinyinSyllable, readPinyin } from './pinyin';
export { cleanAndConvert } from './cleanConvert';
