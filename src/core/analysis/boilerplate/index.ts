import type { Span } from '../../text/types';
import { paragraphs } from '../lines';
import {
  classifyLine,
  hanCount,
  isDateOnly,
  isImageFile,
  isMenuItem,
  isRelatedHeader,
  normalise,
  trailingFurniture,
  type BoilerplateKind,
} from './lineRules';

export type { BoilerplateKind } from './lineRules';
export { SpanCursor } from './spanCursor';

export interface BoilerplateBlock extends Span {
  kind: BoilerplateKind;
}

/** A non-blank line (blank ones are neutral everywhere and left out). */
interface Line {
  start: number;
  end: number;
  /** Trimmed, bullet-free content. */
  text: string;
  bullet: boolean;
  kind?: BoilerplateKind;
  /** For a line whose furniture is only a trailing credit: where that credit starts. */
  partStart?: number;
}

/** Fewest consecutive short lines that make a vertical menu rather than a couple of headings. */
const MIN_MENU_RUN = 4;
/** …or fewer, when every one of them carries a bullet. */
const MIN_BULLETED_RUN = 3;
/** A related-article list goes on while its lines stay this short (titles, dates, teasers). */
const MAX_RELATED_LINE = 60;
const MAX_CAPTION = 60;
const MAX_CACHED_LINE = 24;

/**
 * Finds what on a scraped page is not the article: navigation, related-article lists, copyright and
 * reprint notices, footers, captions, dateline/source lines and share widgets. Blocks cover whole lines
 * (from the line's first code unit to its last before the newline), merged when consecutive lines
 * (blank lines between allowed) have the same kind; sorted, non-overlapping.
 */
export function findBoilerplate(text: string): BoilerplateBlock[] {
  const lines = splitLines(text);
  // Short furniture lines repeat (menus, dates, 首页): classify each distinct one once.
  const seen = new Map<string, BoilerplateKind | null>();
  for (const line of lines) {
    if (line.text.length <= MAX_CACHED_LINE) {
      let kind = seen.get(line.text);
      if (kind === undefined) seen.set(line.text, (kind = classifyLine(line.text) ?? null));
      line.kind = kind ?? undefined;
    } else {
      line.kind = classifyLine(line.text);
    }
    if (!line.kind) {
      const trailing = trailingFurniture(text, line.start, line.end);
      if (trailing) {
        line.kind = trailing.kind;
        line.partStart = trailing.start;
      }
    }
  }
  markMenuRuns(lines);
  markRelatedLists(lines);
  markCaptionsUnderImages(lines);
  return mergeBlocks(lines);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Empty lines are neutral everywhere below: leaving them out keeps blank-heavy pages cheap.
  for (const { start, end } of paragraphs(text)) {
    const { text: t, bullet } = normalise(text.slice(start, end));
    if (t.length > 0) lines.push({ start, end, text: t, bullet });
  }
  return lines;
}

/** Vertical menus: several consecutive one-word lines (`• 要闻`, `• 政务`, `• 冷水滩` …). */
function markMenuRuns(lines: Line[]): void {
  let run: Line[] = [];
  const flush = () => {
    const bulleted = run.filter((l) => l.bullet).length;
    if (run.length >= MIN_MENU_RUN || (run.length >= MIN_BULLETED_RUN && bulleted === run.length)) {
      for (const l of run) l.kind = 'navigation';
    }
    run = [];
  };
  for (const line of lines) {
    const candidate = (line.kind === undefined || line.kind === 'navigation') && line.partStart === undefined && isMenuItem(line.text);
    if (candidate) run.push(line);
    else flush();
  }
  flush();
}

/**
 * After a header such as `猜你喜欢` or `相关阅读`, the page lists other articles: short titles, their
 * dates and teasers cut off with `更多`. The list ends at the first line long enough to be a paragraph.
 */
function markRelatedLists(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'related' || !isRelatedHeader(lines[i].text)) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.kind === 'navigation' || l.kind === 'related') continue;
      // The page's own footer (copyright, credits) ends the list.
      if (l.kind === 'copyright' || l.kind === 'footer' || l.partStart !== undefined) break;
      // Items carry their own dates, `图说:` teasers and the like: inside the list they are the list.
      if (!isListLine(l.text)) break;
      l.kind = 'related';
    }
    i = j - 1;
  }
}

function isListLine(t: string): boolean {
  return t.length <= MAX_RELATED_LINE || isDateOnly(t) || /(更多|详情|全文)\s*[>》»]*$|……$|\.\.\.$/.test(t);
}

/**
 * The first line under a picture's file name (`111_副本.jpg`) is its caption when it is short and
 * reads as one description: not a dateline lead (`…讯`), not several sentences, not a spaced headline.
 */
function markCaptionsUnderImages(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'caption' || !isImageFile(lines[i].text)) continue;
    const l = lines[i + 1];
    if (!l) break;
    if (l.kind === undefined && looksLikeCaption(l.text)) l.kind = 'caption';
  }
}

function looksLikeCaption(t: string): boolean {
  if (t.length > MAX_CAPTION || hanCount(t) < 4) return false;
  if (/^\S{0,20}\d{1,2}月\d{1,2}日(电|讯)|本报讯|^(据|记者)|(讯|电)\s*[(（]|[(（]\s*(记者|通讯员)/.test(t)) return false;
  const body = t.replace(/[。.！!]$/, '');
  if (/[。！？!?；;]/.test(body)) return false;
  // Spaced headlines (`扎实部署 压实责任`) are structure of the article, not descriptions of a photo.
  if (/^[\u4e00-\u9fff]{2,8}(\s+[\u4e00-\u9fff]{2,8})+$/.test(t)) return false;
  return true;
}

function mergeBlocks(lines: Line[]): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [];
  let open: BoilerplateBlock | undefined;
  for (const line of lines) {
    if (!line.kind) {
      open = undefined;
      continue;
    }
    // A trailing credit shares its line with article text: it may open a block, never extend one.
    if (open && open.kind === line.kind && line.partStart === undefined) {
      open.end = line.end;
    } else {
      open = { start: line.partStart ?? line.start, end: line.end, kind: line.kind };
      blocks.push(open);
    }
  }
  return blocks;
}
