import type { Span } from '../../text/types';
import type { Official } from '../types';
import { findBylines } from './bylines';
import { attachNames } from './detect';
import { linkMentions } from './link';
import { Coverage, OfficialRegistry } from './registry';
import { addPersonNames, TextSegmentation } from './segmenter';
import { scanTitles } from './titles';
import type { PersonEntry } from './types';

export type { PersonEntry } from './types';

export interface OfficialsResult {
  officials: Official[];
  /** People credited in the report who are not officials (记者, 编辑, 通讯员 …). */
  people: PersonEntry[];
}

export interface FindOfficialsOptions {
  /**
   * Ranges to ignore (boilerplate: related-article lists, footers …). One exception: a credit line that
   * stands alone on its line (`记者：某某　责任编辑：某某`) is still read for people, because boilerplate
   * detection dims such lines as page footers while they credit this report.
   */
  exclude?: Span[];
}

/**
 * Officials with their titles, and the non-official people credited in the report, in cleaned Simplified
 * text. Loads jieba on first call (synchronously; run it off the UI thread). Names found are added to
 * jieba's dictionary for the rest of the process, so later documents segment them whole too.
 */
export function findOfficials(text: string, opts: FindOfficialsOptions = {}): OfficialsResult {
  const coverage = new Coverage(text.length);
  for (const span of opts.exclude ?? []) coverage.mark(span);
  const skip = (start: number, end: number): boolean => coverage.any(start, end);

  const bylines = findBylines(text, skip);
  for (const span of bylines.spans) coverage.mark(span);

  const registry = new OfficialRegistry(coverage);
  const seg = new TextSegmentation(text);
  const titles = scanTitles(text, seg, skip);
  const unattached = attachNames(text, titles, seg, registry, coverage);

  const names = registry.names();
  if (names.length) {
    const added = addPersonNames(names);
    // Chunks holding a name just added to the dictionary segment differently now.
    linkMentions(text, seg.afterAdding(added), registry, coverage, unattached);
  }
  return { officials: registry.toOfficials(), people: bylines.people };
}
