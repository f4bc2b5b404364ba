import * as assert from 'assert';
import type { FullAnalysis } from '../../../../src/core/analysis/analyze';
import type { OffsetMap, Span } from '../../../../src/core/text/types';

export interface LabelledSpan extends Span {
  what: string;
}

/** Every range an analysis reports, labelled for assertion messages. */
export function analysisSpans(a: FullAnalysis): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  const add = (what: string, s: Span) => out.push({ what, start: s.start, end: s.end });
  for (const o of a.officials) {
    for (const m of o.mentions) add(`official ${o.name}`, m);
    for (const t of o.titleSpans) add(`title of ${o.name}`, t);
  }
  for (const p of a.people) for (const m of p.mentions) add(`${p.role} ${p.name}`, m);
  for (const d of a.dates) add(`date ${d.text}`, d);
  for (const d of a.directives) add(`directive (${d.cue})`, d);
  for (const s of a.slogans) add(`slogan ${s.text}`, s);
  for (const b of a.boilerplate) add('boilerplate', b);
  for (const p of a.places) add(`place ${p.name}`, p);
  for (const e of a.locality.evidence) if (e.span) add(`evidence ${e.reason}`, e.span);
  return out;
}

export function isCodePointBoundary(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return true;
  const high = s.charCodeAt(i - 1);
  const low = s.charCodeAt(i);
  return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff);
}

/** In bounds, ordered, on code point boundaries, and (where the analysis says so) holding the text it claims. */
export function assertSpansValid(text: string, a: FullAnalysis): void {
  for (const s of analysisSpans(a)) {
    const where = `${s.what} [${s.start}, ${s.end}) in a text of ${text.length}`;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), where);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, where);
    assert.ok(isCodePointBoundary(text, s.start) && isCodePointBoundary(text, s.end), `${where} splits a surrogate pair`);
  }
  for (const d of a.dates) assert.strictEqual(text.slice(d.start, d.end), d.text, `date text at [${d.start}, ${d.end})`);
  for (const s of a.slogans) assert.ok(text.slice(s.start, s.end).includes(s.text), `slogan ${s.text} at [${s.start}, ${s.end})`);
}

/**
 * Monotonic and in bounds in both directions and for both biases, never inside a surrogate pair of the
 * other string where the offset is not inside one of its own. Checks every offset (the texts in property
 * tests are small) or, for a long text, `samples` evenly spread ones.
 */
export function assertMapSound(source: string, target: string, map: OffsetMap, samples = Infinity): void {
  assert.strictEqual(map.sourceLength, source.length, 'sourceLength');
  assert.strictEqual(map.targetLength, target.length, 'targetLength');
  const sides: Array<[string, string, number, (o: number, b: 'start' | 'end') => number, number]> = [
    ['toSource', target, target.length, (o, b) => map.toSource(o, b), source.length],
    ['toTarget', source, source.length, (o, b) => map.toTarget(o, b), target.length],
  ];
  for (const [name, from, fromLength, fn, toLength] of sides) {
    const to = name === 'toSource' ? source : target;
    const step = Number.isFinite(samples) ? Math.max(1, Math.floor(fromLength / samples)) : 1;
    for (const bias of ['start', 'end'] as const) {
      let prev = -1;
      for (let o = 0; o <= fromLength; o = o === fromLength ? o + 1 : Math.min(fromLength, o + step)) {
        const p = fn(o, bias);
        assert.ok(Number.isInteger(p) && 0 <= p && p <= toLength, `${name}(${o}, ${bias}) = ${p} outside [0, ${toLength}]`);
        assert.ok(p >= prev, `${name}(${o}, ${bias}) = ${p} goes back from ${prev}`);
        if (isCodePointBoundary(from, o)) assert.ok(isCodePointBoundary(to, p), `${name}(${o}, ${bias}) = ${p} inside a surrogate pair`);
        prev = p;
      }
    }
    assert.strictEqual(fn(0, 'start'), 0, `${name}(0)`);
    assert.strictEqual(fn(fromLength, 'end'), toLength, `${name}(end)`);
  }
}
