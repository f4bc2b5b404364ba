import * as assert from 'assert';
import { findOfficials, type FindOfficialsOptions, type OfficialsResult } from '../../../../src/core/analysis/officials';
import type { Official } from '../../../../src/core/analysis/types';

export { findOfficials };

/** Runs the analysis and checks that every span indexes what it claims to. */
export function analyse(text: string, opts?: FindOfficialsOptions): OfficialsResult {
  const r = findOfficials(text, opts);
  assertSpans(text, r);
  return r;
}

/** name → titles, for compact assertions. */
export function titlesByName(r: OfficialsResult): Record<string, string[]> {
  return Object.fromEntries(r.officials.map((o) => [o.name, o.titles]));
}

export function official(r: OfficialsResult, name: string): Official {
  const o = r.officials.find((x) => x.name === name);
  assert.ok(o, `no official ${name}; found ${r.officials.map((x) => x.name).join(', ') || 'none'}`);
  return o;
}

/** The text of each mention of `name`. */
export function mentionTexts(text: string, r: OfficialsResult, name: string): string[] {
  return official(r, name).mentions.map((m) => text.slice(m.start, m.end));
}

export function assertNoOfficials(text: string): void {
  const r = analyse(text);
  assert.deepStrictEqual(
    r.officials.map((o) => o.name),
    [],
    `expected no officials in ${text}`,
  );
}

/**
 * Mentions name the official (or, for given-name and surname references, a part of the name); title
 * spans hold one of the titles; nothing overlaps.
 */
export function assertSpans(text: string, r: OfficialsResult): void {
  for (const o of r.officials) {
    for (const m of o.mentions) {
      const s = text.slice(m.start, m.end);
      assert.ok(s.length > 0 && o.name.includes(s), `mention "${s}" at ${m.start} is not part of ${o.name}`);
    }
    for (const t of o.titleSpans) {
      const s = text.slice(t.start, t.end);
      assert.ok(s.length > 0, `empty title span for ${o.name}`);
    }
    const sorted = [...o.mentions].sort((a, b) => a.start - b.start);
    assert.deepStrictEqual(o.mentions, sorted, `mentions of ${o.name} are sorted`);
  }
  const all = r.officials.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].end <= all[i].start, 'mentions of different officials overlap');
  for (const p of r.people) {
    for (const m of p.mentions) {
      const s = text.slice(m.start, m.end).replace(/[\s\u3000]/g, '');
      assert.strictEqual(s, p.name, `person mention "${text.slice(m.start, m.end)}" is not ${p.name}`);
    }
  }
}
