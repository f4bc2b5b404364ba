import type { FullAnalysis } from '../analysis/analyze';
import type { Prepared } from '../text';
import type { Script } from '../text/types';
import type { TextEncoding } from './detect';

/**
 * What the index keeps of one document's analysis: enough for the trees, tooltips, filters and the
 * officials' trails, without spans or text, so 50,000 of them fit in memory and in a cache file.
 * Names, titles and places are Simplified.
 */
export interface DocumentSummary {
  encoding: TextEncoding;
  /** 0..1, from encoding detection. */
  encodingConfidence: number;
  script: Script;
  title: string;
  /** ISO date or date-time; partial (`--10-20`, `2023-07`) when that is all the document says. */
  publishedAt: string | null;
  meetingDates: string[];
  locality: SummaryLocality;
  officials: SummaryOfficial[];
  people: { name: string; role: string }[];
  /** Normalised slogan keys (same slogan across punctuation and scripts → same key), first occurrence order. */
  slogans: string[];
  /** Each slogan as first written in the document (Simplified, punctuation kept), parallel to `slogans`. */
  sloganTexts: string[];
  /** The first directive, shortened for a tooltip. */
  firstDirective: { text: string; speaker: string | null } | null;
  counts: SummaryCounts;
}

export interface SummaryLocality {
  province: string | null;
  city: string | null;
  county: string | null;
  /** 0..1 */
  confidence: number;
}

export interface SummaryOfficial {
  name: string;
  titles: string[];
  mentions: number;
}

export interface SummaryCounts {
  /** Length of the cleaned Simplified text (UTF-16 units). */
  chars: number;
  officials: number;
  people: number;
  dates: number;
  directives: number;
  slogans: number;
  places: number;
  /** Spans cleaning could not repair (mojibake, U+FFFD). */
  corrupt: number;
  pinyinRemoved: number;
}

/** One indexed file: its identity on disk plus the summary of its content. */
export interface CorpusEntry extends DocumentSummary {
  /** Relative to the corpus root, `/`-separated: the key. */
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-1 of the file's bytes (of the editor text, UTF-8, for an unsaved entry). */
  hash: string;
  /** Summarises an open editor's unsaved text rather than the file: refresh leaves it to the editor. */
  unsaved?: true;
}

const DIRECTIVE_CHARS = 80;

export function summarize(decoded: { encoding: TextEncoding; confidence: number }, prepared: Prepared, a: FullAnalysis): DocumentSummary {
  const slogans: string[] = [];
  const sloganTexts: string[] = [];
  for (const s of a.slogans) {
    if (slogans.includes(s.key)) continue;
    slogans.push(s.key);
    sloganTexts.push(s.text);
  }
  const first = a.directives[0];
  return {
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    script: prepared.script.script,
    title: a.title,
    publishedAt: a.publishedAt ?? null,
    meetingDates: [...a.meetingDates],
    locality: {
      province: a.locality.province ?? null,
      city: a.locality.city ?? null,
      county: a.locality.county ?? null,
      confidence: a.locality.confidence,
    },
    officials: a.officials.map((o) => ({ name: o.name, titles: [...o.titles], mentions: o.mentions.length })),
    people: a.people.map((p) => ({ name: p.name, role: p.role })),
    slogans,
    sloganTexts,
    firstDirective: first ? { text: shorten(prepared.text.slice(first.start, first.end)), speaker: first.speaker ?? null } : null,
    counts: {
      chars: prepared.text.length,
      officials: a.officials.length,
      people: a.people.length,
      dates: a.dates.length,
      directives: a.directives.length,
      slogans: a.slogans.length,
      places: a.places.length,
      corrupt: prepared.cleaning.corrupt.length,
      pinyinRemoved: prepared.cleaning.pinyinRemoved,
    },
  };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DIRECTIVE_CHARS) return flat;
  // Never cut a surrogate pair in half.
  let cut = DIRECTIVE_CHARS;
  const c = flat.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return flat.slice(0, cut) + '…';
}
