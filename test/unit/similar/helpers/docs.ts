import * as fs from 'fs';
import * as path from 'path';
import { findBoilerplate } from '../../../../src/core/analysis/boilerplate';
import type { PassageMatch, ReuseDocument } from '../../../../src/core/corpus/similar';
import { prepare } from '../../../../src/core/text';
import { repoRoot } from '../../helpers/paths';
import { contentOf } from './bruteForce';

export const similarFixturesDir = path.join(repoRoot, 'test', 'unit', 'similar', 'fixtures');

/** A raw report as the index receives it: cleaned, converted to Simplified, boilerplate excluded. */
export function documentFrom(id: string, raw: string): ReuseDocument {
  const text = prepare(raw).text;
  return { id, text, exclude: findBoilerplate(text).map(({ start, end }) => ({ start, end })) };
}

export function fixture(name: string): ReuseDocument {
  return documentFrom(name, fs.readFileSync(path.join(similarFixturesDir, name), 'utf8'));
}

/** Content characters (what matching compares) of a span of a document's text. */
export function contentText(text: string, span: { start: number; end: number }): string {
  return contentOf(text, span.start, span.end).chars.join('');
}

/** Asserts-friendly summary of a match. */
export function describeMatch(m: PassageMatch): string {
  return `${m.a.id}[${m.a.start},${m.a.end}) ↔ ${m.b.id}[${m.b.start},${m.b.end}) len ${m.length} score ${m.score}: ${m.text.slice(0, 40)}`;
}
