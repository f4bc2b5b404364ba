import * as fs from 'fs';
import type { Results, Row } from './assemble';

/**
 * BENCHMARKS.md is hand-written except between these markers, which every full run rewrites from the
 * results: explanations of the numbers survive, the numbers are never typed by hand.
 */
export const START = '<!-- bench:generated:start (written by npm run bench; edits here are lost) -->';
export const END = '<!-- bench:generated:end -->';

const fmt = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? 'not measured' : `${v.toLocaleString('en-US')}${unit ? ' ' + unit : ''}`);
const verdict = (r: Row) => (r.pass === null ? '—' : r.pass ? 'met' : '**missed**');

export function generatedSection(res: Results): string {
  const m = res.machine as Record<string, unknown>;
  const conv = res.conversion.mbPerSec;
  const lines = [
    START,
    '',
    `Last full run: ${res.date.slice(0, 16).replace('T', ' ')} UTC, \`${res.command}\`, ${res.runSeconds} s, commit \`${String(m.commit).slice(0, 10)}\`${m.uncommittedChanges ? ' (with uncommitted changes)' : ''}.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}; load average at the start ${(m.loadAverage as number[]).join(' / ')}.`,
    '',
    '| area | figure | measured | target | |',
    '|---|---|---|---|---|',
    ...res.targets.map((r) => `| ${r.area} | ${r.figure} | ${fmt(r.value, r.unit)} | ${r.target} | ${verdict(r)} |`),
    '',
    '| peer comparison | zhengwu | peer | ratio |',
    '|---|---|---|---|',
    `| conversion MB/s vs native OpenCC | ${fmt(conv.zhengwu)} | ${fmt(conv.openccNative)} | ${fmt(res.ratios.conversionVsNative, '×')} |`,
    `| conversion MB/s vs bare opencc-js | ${fmt(conv.zhengwu)} | ${fmt(conv.openccJs)} | ${fmt(res.ratios.conversionVsOpenccJs, '×')} |`,
    `| index build vs read-and-decode loop (s) | ${fmt(res.index.buildSeconds)} | ${fmt(res.index.readOnlySeconds)} | ${fmt(res.ratios.indexVsReadOnly, '×')} |`,
    `| all-pairs time: brute force ÷ engine | | | ${fmt(res.ratios.bruteForceVsEngineTime, '×')} |`,
    '',
    '| results.json field | value |',
    '|---|---|',
    `| analysis.msPer10KB p50 / p95 | ${fmt(res.analysis.msPer10KB.p50)} / ${fmt(res.analysis.msPer10KB.p95)} ms |`,
    `| analysis.ms1MB | ${fmt(res.analysis.ms1MB)} ms |`,
    `| index docs / buildSeconds / readOnlySeconds | ${fmt(res.index.docs)} / ${fmt(res.index.buildSeconds)} / ${fmt(res.index.readOnlySeconds)} |`,
    `| index peakRssMB / reloadSeconds / updateMs | ${fmt(res.index.peakRssMB)} / ${fmt(res.index.reloadSeconds)} / ${fmt(res.index.updateMs)} |`,
    `| similar recall (≥ 12) / recall (all, ≥ 8) / precision | ${fmt(res.similar.recall)} / ${fmt(res.similar.recallAll)} / ${fmt(res.similar.precision)} |`,
    `| similar p95QueryMs wall / CPU (${fmt(res.similar.docs)} documents) | ${fmt(res.similar.p95QueryMs)} / ${fmt(res.similar.p95QueryCpuMs)} |`,
    `| similar bruteForceAgreement (default / with stock formulas) | ${fmt(res.similar.bruteForceAgreement)} / ${fmt(res.similar.bruteForceAgreementIncludeCommon)} |`,
    `| extension activationMs / openToDecoratedMs (first) / warm | ${fmt(res.extension.activationMs)} / ${fmt(res.extension.openToDecoratedMs)} / ${fmt(res.extension.openToDecoratedWarmMs)} |`,
    `| extension vsixBytes | ${fmt(res.extension.vsixBytes)} |`,
    '',
    '| scaling: documents | build s | of which until the first document | peak RSS MB |',
    '|---|---|---|---|',
    ...res.scaling.map((s) => `| ${s.docs.toLocaleString('en-US')} | ${s.buildSeconds} | ${s.firstDocumentSeconds} | ${s.peakRssMB} |`),
    '',
    `Fitted exponents (log-log least squares over the points above): build time ∝ docs^${fmt(res.scalingExponent.buildSeconds)}, ` +
      `build time after the first document ∝ docs^${fmt(res.scalingExponent.buildSecondsWithoutStartup)}, peak RSS ∝ docs^${fmt(res.scalingExponent.peakRssMB)}.`,
    ...(res.failures.length ? ['', `Measurements that failed in this run: ${res.failures.join('; ')}.`] : []),
    '',
    END,
  ];
  return lines.join('\n');
}

export function writeMarkdown(file: string, res: Results): void {
  const section = generatedSection(res);
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + section + text.slice(b + END.length) : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, text);
}
