import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { addPersonNames, tagOf, TextSegmentation } from '../../../../src/core/analysis/officials/segmenter';

/** jieba's own segmentation of a whole string, with UTF-16 offsets, for comparison. */
function wholeBoundaries(text: string): number[] {
  const jieba = require('jieba-wasm') as { cut(s: string, hmm: boolean): string[] };
  const out: number[] = [];
  let pos = 0;
  for (const w of jieba.cut(text, true)) {
    out.push(pos);
    pos += w.length;
  }
  return out;
}

function boundaries(seg: TextSegmentation, text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (seg.isBoundary(i) && seg.tokenStartingAt(i)) out.push(i);
  return out;
}

describe('officials: segmentation', () => {
  it('gives UTF-16 offsets around astral characters (jieba counts code points)', () => {
    const text = '𠮷𠮷区长钟晓咏出席';
    const seg = new TextSegmentation(text);
    const t = seg.tokenStartingAt(4)!;
    assert.strictEqual(t.word, '区长');
    assert.deepStrictEqual([t.start, t.end], [4, 6]);
    assert.strictEqual(text.slice(t.start, t.end), t.word);
  });

  it('agrees with segmenting the whole text at once, across chunk edges', () => {
    const sentence = '各街镇要把燃气管网巡查和汛期值守放在心上抓在手上，压紧压实属地责任，确保万无一失。';
    const text = sentence.repeat(40);
    assert.deepStrictEqual(boundaries(new TextSegmentation(text), text), wholeBoundaries(text));
  });

  it('lets a title break inside a word the HMM guessed, but not inside a dictionary word', () => {
    const text = '会议由市应急管理局局长主持，全市各部门';
    const seg = new TextSegmentation(text);
    assert.ok(seg.mayBreak(text.indexOf('市应急')), '由|市');
    assert.ok(!seg.mayBreak(text.indexOf('市各部门')), '全市');
  });

  it('gives dictionary tags, and x for words the dictionary lacks', () => {
    assert.strictEqual(tagOf('江阴'), 'ns');
    assert.strictEqual(tagOf('强调'), 'v');
    assert.strictEqual(tagOf('砺锋桂'), 'x');
  });

  it('keeps names whole once they are added, and adds each name once', () => {
    const text = '会上桂砺峰指出';
    assert.notStrictEqual(new TextSegmentation(text).tokenStartingAt(2)?.tag, 'nr');
    assert.deepStrictEqual(addPersonNames(['桂砺峰', '桂砺峰']), ['桂砺峰']);
    assert.deepStrictEqual(addPersonNames(['桂砺峰']), []);
    const seg = new TextSegmentation(text);
    assert.strictEqual(seg.tokenStartingAt(2)?.word, '桂砺峰');
    assert.strictEqual(seg.tokenStartingAt(2)?.tag, 'nr');
  });

  it('re-segments after adding names only the chunks that hold them', () => {
    const text = '会上邝砺峰指出。' + '，'.repeat(300) + '会上王征指出';
    const before = new TextSegmentation(text);
    before.tokenAt(2);
    before.tokenAt(text.length - 3);
    addPersonNames(['邝砺峰']);
    const after = before.afterAdding(['邝砺峰']);
    assert.strictEqual(after.tokenStartingAt(2)?.tag, 'nr');
    assert.strictEqual(after.tokenAt(text.length - 3), before.tokenAt(text.length - 3), 'untouched chunk reused');
  });

  it('loads jieba only when analysis first runs', () => {
    const mod = path.resolve(__dirname, '../../../../src/core/analysis/officials');
    const script = `
      const seg = require(${JSON.stringify(path.join(mod, 'segmenter'))});
      const { findOfficials } = require(${JSON.stringify(mod)});
      const before = seg.isSegmenterLoaded();
      findOfficials('副区长张敏出席。');
      process.stdout.write(JSON.stringify([before, seg.isSegmenterLoaded()]));`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.deepStrictEqual(JSON.parse(out), [false, true]);
  });
});
