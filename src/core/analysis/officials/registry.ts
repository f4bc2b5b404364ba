import type { Span } from '../../text/types';
import type { Official } from '../types';
import type { NameMatch, TitleMatch } from './types';

/** Which characters are taken: excluded boilerplate, credit lines, names and titles already found. */
export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  mark(span: Span): void {
    this.taken.fill(1, Math.max(0, span.start), Math.min(this.taken.length, span.end));
  }

  any(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end && i < this.taken.length; i++) if (this.taken[i]) return true;
    return false;
  }
}

interface Entry {
  name: string;
  titles: string[];
  labels: string[];
  mentions: Span[];
  titleSpans: Span[];
  firstMention: number;
}

/** Officials of one document, keyed by full name, with their titles in order of appearance. */
export class OfficialRegistry {
  private readonly byName = new Map<string, Entry>();

  constructor(private readonly coverage: Coverage) {}

  /** Records a mention of `name` with the titles (or group labels) attached to it there. */
  add(name: NameMatch | (Span & { name: string }), titles: readonly TitleMatch[]): void {
    let e = this.byName.get(name.name);
    if (!e) {
      e = { name: name.name, titles: [], labels: [], mentions: [], titleSpans: [], firstMention: name.start };
      this.byName.set(name.name, e);
    }
    e.mentions.push({ start: name.start, end: name.end });
    e.firstMention = Math.min(e.firstMention, name.start);
    this.coverage.mark(name);
    for (const t of titles) {
      const list = t.label ? e.labels : e.titles;
      if (!list.includes(t.text)) list.push(t.text);
      e.titleSpans.push({ start: t.start, end: t.end });
      this.coverage.mark(t);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** Titles of `name` so far (group labels only when there is nothing more specific). */
  titlesOf(name: string): string[] {
    const e = this.byName.get(name);
    return e ? (e.titles.length ? e.titles : e.labels) : [];
  }

  toOfficials(): Official[] {
    return [...this.byName.values()]
      .sort((a, b) => a.firstMention - b.firstMention)
      .map((e) => ({
        name: e.name,
        titles: e.titles.length ? [...e.titles] : [...e.labels],
        mentions: sortUnique(e.mentions),
        titleSpans: sortUnique(e.titleSpans),
      }));
  }
}

function sortUnique(spans: Span[]): Span[] {
  // Mentions are mostly recorded in text order: sort a copy only when they are not.
  const sorted = inOrder(spans) ? spans : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1].start || s.end !== sorted[i - 1].end);
}

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}
