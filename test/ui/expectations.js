// What the UI check expects to see, derived from the sample file itself rather than hard-coded, so
// the check follows the samples as they change and cannot pass on a sample that lacks the artifacts.
const fs = require('fs');
const path = require('path');
const OpenCC = require('opencc-js');

/** A Han character followed by a glued pinyin syllable in parentheses, tone-marked or not: 區(qū), 會(hui). */
const PINYIN_ANNOTATION = /\p{Script=Han}\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){1,7}\)/giu;

function countBy(chars) {
  const counts = new Map();
  for (const c of chars) counts.set(c, (counts.get(c) || 0) + 1);
  return counts;
}

/**
 * Traditional characters of the raw text whose plain Traditional→Simplified conversion is one different
 * character, most frequent first: [{ traditional: '區', simplified: '区', count }]. Characters that the
 * phrase-aware conversion of the whole text keeps somewhere (著 in 著名) are left out: seeing them in
 * the Simplified view is correct.
 */
function traditionalPairs(raw) {
  const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
  const converted = t2s(raw);
  const han = raw.match(/\p{Script=Han}/gu) || [];
  const pairs = [];
  for (const [traditional, count] of countBy(han)) {
    const simplified = t2s(traditional);
    if (simplified === traditional || [...simplified].length !== 1 || converted.includes(traditional)) continue;
    pairs.push({ traditional, simplified, count });
  }
  return pairs.sort((a, b) => b.count - a.count);
}

/** Throws when the sample cannot exercise the check: then the check would prove nothing. */
function deriveExpectations(raw, sampleName) {
  const annotations = raw.match(PINYIN_ANNOTATION) || [];
  if (annotations.length === 0) throw new Error(`${sampleName} has no glued pinyin annotations like 區(qū): it cannot test their removal`);
  const pairs = traditionalPairs(raw);
  if (pairs.length < 5) throw new Error(`${sampleName} has only ${pairs.length} Traditional characters: pick a Traditional sample`);
  return { annotations, pairs };
}

/**
 * The provinces the Corpus Overview must draw for the samples: from their hand-written ground truth
 * (test/fixtures/expected), not from the extension's own analysis. Throws when a sample has no truth.
 */
function overviewProvinces(samplesDir, expectedDir) {
  const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt'));
  const provinces = samples.map((f) => JSON.parse(fs.readFileSync(path.join(expectedDir, f.replace(/\.txt$/, '.json')), 'utf8')).locality.province);
  const known = [...new Set(provinces.filter(Boolean))];
  if (known.length < 2) throw new Error(`the samples name only ${known.length} province(s): the overview check needs several`);
  return known;
}

module.exports = { PINYIN_ANNOTATION, deriveExpectations, overviewProvinces, traditionalPairs };
