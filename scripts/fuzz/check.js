'use strict';
/*
 * One input through the whole text pipeline, with the invariants every stage must keep. Throws an Error
 * whose message starts with the stage on the first broken invariant; returns per-stage wall times (ms).
 */

const TARGETS = ['simplified', 'traditional', 'taiwan', 'hongkong', 'taiwanPhrases'];

class InvariantError extends Error {
  constructor(stage, message) {
    super(`${stage}: ${message}`);
    this.stage = stage;
  }
}

function isBoundary(s, i) {
  if (i <= 0 || i >= s.length) return true;
  const hi = s.charCodeAt(i - 1);
  const lo = s.charCodeAt(i);
  return !(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff);
}

/** Offsets to probe: both ends, evenly spread ones and pseudo-random ones, ascending. */
function probes(length, count = 48) {
  const out = new Set([0, length]);
  for (let k = 1; k < count; k++) out.add(Math.floor((length * k) / count));
  for (let k = 0, x = length * 7 + 13; k < count; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.add(length ? x % (length + 1) : 0);
  }
  return [...out].sort((a, b) => a - b);
}

/** Map lengths, bounds, monotonicity and surrogate safety at probed offsets, both ways and both biases. */
function checkMap(stage, source, target, map) {
  if (map.sourceLength !== source.length) throw new InvariantError(stage, `map sourceLength ${map.sourceLength} ≠ ${source.length}`);
  if (map.targetLength !== target.length) throw new InvariantError(stage, `map targetLength ${map.targetLength} ≠ ${target.length}`);
  for (const [dir, from, to, fn] of [
    ['toSource', target, source, (o, b) => map.toSource(o, b)],
    ['toTarget', source, target, (o, b) => map.toTarget(o, b)],
  ]) {
    for (const bias of ['start', 'end']) {
      let prev = -1;
      for (const o of probes(from.length)) {
        const p = fn(o, bias);
        if (!Number.isInteger(p) || p < 0 || p > to.length) throw new InvariantError(stage, `${dir}(${o}, ${bias}) = ${p} outside [0, ${to.length}]`);
        if (p < prev) throw new InvariantError(stage, `${dir}(${o}, ${bias}) = ${p} < ${prev}: not monotonic`);
        if (isBoundary(from, o) && !isBoundary(to, p)) throw new InvariantError(stage, `${dir}(${o}, ${bias}) = ${p} inside a surrogate pair`);
        prev = p;
      }
    }
  }
  if (map.toSource(target.length, 'end') !== source.length || map.toTarget(source.length, 'end') !== target.length) {
    throw new InvariantError(stage, 'ends do not map to ends');
  }
}

function checkSpan(stage, what, s, text) {
  if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > text.length) {
    throw new InvariantError(stage, `${what} [${s && s.start}, ${s && s.end}) invalid in a text of ${text.length}`);
  }
  if (!isBoundary(text, s.start) || !isBoundary(text, s.end)) throw new InvariantError(stage, `${what} [${s.start}, ${s.end}) splits a surrogate pair`);
}

function analysisSpans(a) {
  const out = [];
  for (const o of a.officials) {
    for (const m of o.mentions) out.push(['official mention', m]);
    for (const t of o.titleSpans) out.push(['title', t]);
  }
  for (const p of a.people) for (const m of p.mentions) out.push(['person', m]);
  for (const d of a.dates) out.push(['date', d]);
  for (const d of a.directives) out.push(['directive', d]);
  for (const s of a.slogans) out.push(['slogan', s]);
  for (const b of a.boilerplate) out.push(['boilerplate', b]);
  for (const p of a.places) out.push(['place', p]);
  for (const e of a.locality.evidence) if (e.span) out.push(['evidence', e.span]);
  return out;
}

/** Wall time of each stage in `stages`, and CPU time of the process (all threads) in `stages.cpu`. */
function timed(stages, name, fn) {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  try {
    return fn();
  } catch (err) {
    if (err instanceof InvariantError) throw err;
    const e = new InvariantError(name, `threw ${err && err.name}: ${err && err.message}`);
    e.cause = err;
    throw e;
  } finally {
    stages[name] = Number(process.hrtime.bigint() - t) / 1e6;
    const cpu = process.cpuUsage(c);
    cpuOf(stages)[name] = (cpu.user + cpu.system) / 1000;
  }
}

const CPU = new WeakMap();
function cpuOf(stages) {
  let c = CPU.get(stages);
  if (!c) CPU.set(stages, (c = {}));
  return c;
}

/** Runs clean, convert (every target, raw and cleaned), prepare and analyze on `input`. */
function checkInput(core, input) {
  const stages = {};
  const cleaned = timed(stages, 'clean', () => core.clean(input));
  checkMap('clean', input, cleaned.text, cleaned.map);
  for (const c of cleaned.report.corrupt) {
    checkSpan('clean', 'corrupt span', c, cleaned.text);
    if (cleaned.text.slice(c.start, c.end) !== c.text) throw new InvariantError('clean', `corrupt span text ${JSON.stringify(c.text)} is not what it indexes`);
  }
  const again = timed(stages, 'clean again', () => core.clean(cleaned.text));
  if (again.text !== cleaned.text) throw new InvariantError('clean again', 'cleaning is not idempotent');

  for (const target of TARGETS) {
    const r = timed(stages, `convert ${target}`, () => core.convert(cleaned.text, target));
    checkMap(`convert ${target}`, cleaned.text, r.text, r.map);
  }
  const raw = timed(stages, 'convert raw', () => core.convert(input, 'simplified'));
  checkMap('convert raw', input, raw.text, raw.map);

  const p = timed(stages, 'prepare', () => core.prepare(input));
  checkMap('prepare', input, p.text, p.map);
  for (const c of p.cleaning.corrupt) {
    checkSpan('prepare', 'corrupt span', c, p.text);
    if (p.text.slice(c.start, c.end) !== c.text) throw new InvariantError('prepare', 'corrupt span text is not what it indexes');
  }

  const a = timed(stages, 'analyze', () => core.analyzeText(p.text));
  for (const [what, s] of analysisSpans(a)) {
    checkSpan('analyze', what, s, p.text);
    const back = p.map.spanToSource(s);
    checkSpan('analyze', `${what} mapped to the raw text`, back, input);
  }
  for (const d of a.dates) {
    if (p.text.slice(d.start, d.end) !== d.text) throw new InvariantError('analyze', `date ${JSON.stringify(d.text)} is not what it indexes`);
  }
  if (typeof a.title !== 'string') throw new InvariantError('analyze', 'title is not a string');
  let total = 0;
  let cpuTotal = 0;
  const cpu = cpuOf(stages);
  for (const k in stages) total += stages[k];
  for (const k in cpu) cpuTotal += cpu[k];
  return { stages, cpu, total, cpuTotal };
}

module.exports = { checkInput, TARGETS, InvariantError };
