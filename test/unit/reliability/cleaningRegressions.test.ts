import * as assert from 'assert';
import { clean } from '../../../src/core/text/clean';

/*
 * Cases the idempotence property found: each cleaned differently on a second pass. Kept as plain
 * examples so the reason for each rule in clean.ts stays visible.
 */
describe('reliability: cleaning regressions found by the properties', () => {
  const twice = (s: string) => {
    const once = clean(s);
    assert.strictEqual(clean(once.text).text, once.text, `second pass changed ${JSON.stringify(once.text)}`);
    return once;
  };

  it('removes a second reading glued right after the first (both readings of a polyphone)', () => {
    const c = twice('長(zhǎng)(cháng)期規劃');
    assert.strictEqual(c.text, '長期規劃');
    assert.strictEqual(c.report.pinyinRemoved, 2);
    assert.deepStrictEqual(c.map.spanToSource({ start: 0, end: 1 }), { start: 0, end: 15 }, '長 owns both readings');
    assert.strictEqual(twice('區(qū)（qū）(qu1)域').text, '區域');
    // A real parenthesis after a reading is still text.
    assert.strictEqual(twice('集團(tuán)(集團)').text, '集團(集團)');
  });

  it('removes every leading BOM, not one per pass', () => {
    const c = twice('\uFEFF\uFEFF會議');
    assert.strictEqual(c.text, '會議');
    assert.strictEqual(c.map.toSource(0, 'end'), 2);
    assert.deepStrictEqual(c.map.spanToSource({ start: 0, end: 1 }), { start: 2, end: 3 });
    assert.strictEqual(twice('\uFEFF會\uFEFF議').text, '會\uFEFF議', 'a BOM inside the text is a character like any other');
  });

  it('keeps a reading glued to a `?` that starts a line, and reports it', () => {
    for (const s of ['??(qū)區委', '?(qū)?區委', '\n??(qū)區委', '????(qū)區委']) {
      const c = twice(s);
      assert.strictEqual(c.text, s, 'the `?` run cannot be told from a lost indent once its reading is gone');
      assert.strictEqual(c.report.spacesRestored, 0);
      const reported = c.report.corrupt.find((x) => x.text.includes('(qū)'));
      assert.ok(reported, `${JSON.stringify(s)}: ${JSON.stringify(c.report.corrupt)}`);
      assert.strictEqual(reported.kind, 'orphan-pinyin');
    }
    // Elsewhere a reading after a destroyed character still goes, and the loss is reported.
    const mid = twice('全區?(qū)域');
    assert.strictEqual(mid.text, '全區?域');
    assert.match(mid.report.corrupt[0].message, /qū/);
    // And a lost indent before an intact character is still restored.
    assert.strictEqual(twice('??區(qū)委').text, '　　區委');
  });
});
