import { dateInPath } from '../analysis/dates/url-dates';
import type { CorpusEntry } from './summary';

/**
 * Analysis reads only a date from a path: `dateInPath` (`/2023/0801/`, `2023-08-01_x.txt`), else a date
 * written in the file name (`2023年8月1日会议.txt`). Two paths that agree on the first and have the
 * same digits and date characters in their names give the same analysis of the same content.
 */
export function sameHint(a: string, b: string): boolean {
  const key = (p: string) => {
    const d = dateInPath(p);
    const name = p.slice(p.lastIndexOf('/') + 1).replace(/[^0-9０-９〇零一二两三四五六七八九十年月日号]+/gu, ' ');
    return `${d ? `${d.year}-${d.month}-${d.day ?? ''}` : ''}|${name}`;
  };
  return key(a) === key(b);
}

/** The vanished entry with this content that the new path may take over, removed from the orphans. */
export function takeOrphan(orphans: Map<string, CorpusEntry[]> | undefined, hash: string, target: string): CorpusEntry | undefined {
  const list = orphans?.get(hash);
  if (!list) return undefined;
  const i = list.findIndex((e) => sameHint(e.path, target));
  if (i < 0) return undefined;
  return list.splice(i, 1)[0];
}
