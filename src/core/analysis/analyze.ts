import { prepare, type Prepared } from '../text';
import type { Span } from '../text/types';
import { Gazetteer } from '../gazetteer';
import { findBoilerplate } from './boilerplate';
import { findDates } from './dates';
import { findDirectives } from './directives';
import { analyzeLocality, type PlaceMention } from './locality';
import { findOfficials } from './officials';
import { findSlogans } from './slogans';
import type { DocumentAnalysis } from './types';

export interface AnalyzeOptions {
  /** File path or URL: may carry a date or a place. */
  pathHint?: string;
}

/** Everything the editor and the CLI show for one document, over its cleaned Simplified text. */
export interface FullAnalysis extends DocumentAnalysis {
  /** Place names in the text, each with its administrative path (province › city › county). */
  places: (PlaceMention & { path: string[] })[];
}

/**
 * Runs every analyser over cleaned Simplified text. Boilerplate goes first because everything else
 * must ignore it; officials before directives (speakers) and locality (title levels).
 */
export function analyzeText(source: string, opts: AnalyzeOptions = {}): FullAnalysis {
  const text = withLineFeeds(source);
  const boilerplate: Span[] = findBoilerplate(text).map(({ start, end }) => ({ start, end }));
  const exclude = boilerplate;
  const title = findTitle(text, boilerplate);
  const { officials, people } = findOfficials(text, { exclude });
  const { dates, publishedAt, meetingDates } = findDates(text, { exclude, title, pathHint: opts.pathHint });
  const slogans = findSlogans(text, { exclude });
  const directives = findDirectives(text, { exclude, speakers: officials });
  // One scan gives both; officials' names keep places like 宏伟 (in 王宏伟) out of the results.
  const gazetteer = Gazetteer.load();
  // A place named a thousand times has one path: look it up once per division, copy it per mention.
  const paths = new Map<string, string[]>();
  const pathOf = (code: string): string[] => {
    let path = paths.get(code);
    if (!path) paths.set(code, (path = gazetteer.path(code).map((d) => d.name)));
    return path.slice();
  };
  const found = analyzeLocality(text, { title, officials, exclude, pathOf });
  const locality = found.locality;
  const places = found.places as FullAnalysis['places'];
  return { title, publishedAt, meetingDates, locality, officials, people, dates, directives, slogans, boilerplate, places };
}

/**
 * The analysers read lines split at `\n`. A file with CR-only (old Mac) or U+2028/U+2029 line ends would
 * be one long line to them: no headline, no boilerplate lines. Each such break becomes `\n`, one code unit
 * for one, so every offset found still indexes the original text.
 */
export function withLineFeeds(text: string): string {
  if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) return text;
  return text.replace(/\r(?!\n)|[\u2028\u2029]/g, '\n');
}

/** Cleans/converts raw file text, then analyses the result. Spans index `prepared.text`. */
export function analyzeSource(source: string, opts: AnalyzeOptions = {}): { prepared: Prepared; analysis: FullAnalysis } {
  const prepared = prepare(source);
  return { prepared, analysis: analyzeText(prepared.text, opts) };
}

/** The headline: the first non-empty line that is not boilerplate (navigation, source lines, captions). */
export function findTitle(text: string, boilerplate: readonly Span[]): string {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    const inBoilerplate = boilerplate.some((b) => b.start <= start && end <= b.end + 1);
    if (line && !inBoilerplate) return headlineOf(line);
    if (nl < 0) break;
    start = nl + 1;
  }
  return '';
}

/**
 * Scraped pages often lose their headline, leaving the lead paragraph first: then the first sentence
 * (cut at a sensible length) stands in for it rather than the whole paragraph.
 */
function headlineOf(line: string): string {
  if (line.length <= 60) return line;
  const sentence = /^[^。！？!?]*[。！？!?]?/.exec(line)![0];
  const cut = sentence.length <= 40 ? sentence : sentence.slice(0, 40) + '…';
  return cut;
}
