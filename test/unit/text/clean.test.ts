import * as assert from 'assert';
import { clean, type CleanResult } from '../../../src/core/text/clean';

// Every fixture here is invented, in the genre and with the artifacts of the scraped reports.

/** Each character of the cleaned text comes from the same character of the source (indents aside). */
function assertCharsFromSource(source: string, r: CleanResult): void {
  for (let i = 0; i < r.text.length; i++) {
    if (r.text[i] === '\u3000' && source[r.map.toSource(i, 'end')] === '?') continue;
    assert.strictEqual(source[r.map.toSource(i, 'end')], r.text[i], `cleaned[${i}] does not come from its source`);
  }
  assert.strictEqual(r.map.sourceLength, source.length);
  assert.strictEqual(r.map.targetLength, r.text.length);
  for (const c of r.report.corrupt) assert.strictEqual(r.text.slice(c.start, c.end), c.text);
}

function cleaned(source: string): string {
  const r = clean(source);
  assertCharsFromSource(source, r);
  return r.text;
}

describe('text: cleaning pinyin annotations', () => {
  it('removes tone-marked readings glued after characters', () => {
    const src = '臨江區(qū)召開安全生產(chǎn)工作會(huì)議，區(qū)長(zhǎng)李明遠(yuǎn)出席。';
    const r = clean(src);
    assert.strictEqual(r.text, '臨江區召開安全生產工作會議，區長李明遠出席。');
    assert.strictEqual(r.report.pinyinRemoved, 6);
    assert.deepStrictEqual(r.report.corrupt, []);
    assertCharsFromSource(src, r);
  });

  it('removes full-width and mixed parentheses around readings', () => {
    assert.strictEqual(cleaned('區（qū）域(yù）安全'), '區域安全');
  });

  it('keeps real parentheses, including one that holds an annotated character', () => {
    const keep = ['本報訊(記者 張 越)', '某某(集團)公司', '王小明(實習)', '現場照片(含圖片)', '印發(1个总体、2个专题、15个专项实施方案)', '公司(CEO)', '附件(A)', '課件(ppt)', '（集團）', '市(2023)', '表(一)', ' (qū)'];
    for (const s of keep) assert.strictEqual(cleaned(s), s, s);
    assert.strictEqual(cleaned('各級(jí)(市、區(qū))政府'), '各級(市、區)政府');
  });

  it('removes toneless readings where the artifact is evident, and only there', () => {
    assert.strictEqual(cleaned('會(hui)議(yi)要(yao)求'), '會議要求');
    const lone = clean('本次培訓(ban)結束');
    assert.strictEqual(lone.text, '本次培訓(ban)結束', 'one toneless syllable alone may be real text');
    assert.strictEqual(lone.report.pinyinRemoved, 0);
    assert.strictEqual(cleaned('培訓(ban)結束，區(qū)域'), '培訓結束，區域');
  });

  it('reads tone numbers, ü and v, combining marks, and multi-syllable readings', () => {
    assert.strictEqual(cleaned('區(qu1)域(yu4)'), '區域');
    assert.strictEqual(cleaned('綠(lǜ)色、綠(lv4)化'), '綠色、綠化');
    assert.strictEqual(cleaned('區(qu\u0304)域'), '區域');
    assert.strictEqual(cleaned('區域(qūyù)治理'), '區域治理');
  });

  it('handles astral host characters', () => {
    const src = '𠀀(hē)與𫫇(è)英';
    const r = clean(src);
    assert.strictEqual(r.text, '𠀀與𫫇英');
    assertCharsFromSource(src, r);
    assert.deepStrictEqual(r.map.spanToSource({ start: 0, end: 2 }), { start: 0, end: 6 });
    assert.deepStrictEqual(r.map.spanToSource({ start: 3, end: 5 }), { start: 7, end: 12 });
  });

  it('maps a cleaned word back to the raw word with its annotations', () => {
    const src = '區(qū)委副書(shū)記';
    const r = clean(src);
    const at = r.text.indexOf('區委');
    assert.strictEqual(src.slice(r.map.spanToSource({ start: at, end: at + 2 }).start, r.map.spanToSource({ start: at, end: at + 2 }).end), '區(qū)委');
    const span = r.map.spanToSource({ start: 3, end: 5 });
    assert.strictEqual(src.slice(span.start, span.end), '書(shū)記');
  });
});

describe('text: cleaning damaged text', () => {
  it('removes a reading after a destroyed character and reports the garbled run', () => {
    const src = '要全面排查燃?qì)管I(dào)隱患。';
    const r = clean(src);
    assert.strictEqual(r.text, '要全面排查燃?qì)管I隱患。');
    assert.strictEqual(r.report.pinyinRemoved, 1);
    assert.strictEqual(r.report.corrupt.length, 1);
    const c = r.report.corrupt[0];
    assert.strictEqual(c.kind, 'mojibake');
    assert.strictEqual(c.text, '?qì)管I');
    assert.match(c.message, /qì/);
    assert.match(c.message, /dào/);
    assertCharsFromSource(src, r);
  });

  it('keeps orphan readings whose character and parenthesis were lost', () => {
    const src = '市應急局?jú)?zhǎng)講話。';
    const r = clean(src);
    assert.strictEqual(r.text, src);
    assert.strictEqual(r.report.corrupt.length, 1);
    assert.strictEqual(r.report.corrupt[0].kind, 'orphan-pinyin');
    assert.strictEqual(r.report.corrupt[0].text, '?jú)?zhǎng)');
    assert.match(r.report.corrupt[0].message, /jú, zhǎng/);
  });

  it('joins an orphan, garbage and a trailing ? into one run', () => {
    const src = '加強(qiáng)管理?zhuān)k梃?,全面';
    const r = clean(src);
    assert.strictEqual(r.report.corrupt.length, 1);
    assert.strictEqual(r.report.corrupt[0].text, '?zhuān)k梃?');
    assert.strictEqual(r.report.corrupt[0].kind, 'mojibake');
  });

  it('reports a ? standing for a character, with the reading its annotation kept', () => {
    const r = clean('本?(qū)各單位');
    assert.strictEqual(r.text, '本?各單位');
    assert.strictEqual(r.report.corrupt.length, 1);
    assert.strictEqual(r.report.corrupt[0].kind, 'replacement-char');
    assert.strictEqual(r.report.corrupt[0].text, '?');
    assert.match(r.report.corrupt[0].message, /qū/);
  });

  it('reports stray ? between Chinese characters and U+FFFD, keeping them', () => {
    const r = clean('張?明同志強調，安全\uFFFD\uFFFD工作不能放鬆。');
    assert.strictEqual(r.text, '張?明同志強調，安全\uFFFD\uFFFD工作不能放鬆。');
    assert.deepStrictEqual(
      r.report.corrupt.map((c) => [c.kind, c.text]),
      [
        ['replacement-char', '?'],
        ['replacement-char', '\uFFFD\uFFFD'],
      ],
    );
  });

  it('does not report question marks, lone letters or Latin words that are ordinary text', () => {
    for (const s of ['成功秘訣是什麼?\n下一段', 'X光檢查和A股行情', 'What? 沒有', '網址 http://example.com/?id=1', '使用PPT(ā)講解']) {
      assert.deepStrictEqual(clean(s).report.corrupt, [], s);
    }
  });
});

describe('text: cleaning layout', () => {
  it('restores lost full-width spaces at paragraph starts, whatever the line ends', () => {
    const src = '??1月27日上午，會議召開。\n??會議強調。\r\n??會議要求。\r??會議指出。\n????兩段縮進。';
    const r = clean(src);
    assert.strictEqual(r.text, '　　1月27日上午，會議召開。\n　　會議強調。\r\n　　會議要求。\r　　會議指出。\n　　　　兩段縮進。');
    assert.strictEqual(r.report.spacesRestored, 12);
    assert.deepStrictEqual(r.report.corrupt, []);
    assert.deepStrictEqual(r.map.spanToSource({ start: 0, end: 2 }), { start: 0, end: 2 });
  });

  it('leaves ? runs that are not an indent', () => {
    for (const s of ['會議??召開', '???1月', '??\n', '?? 空格', '??']) assert.strictEqual(clean(s).text, s, JSON.stringify(s));
    assert.strictEqual(clean('??(qū)域').report.spacesRestored, 0);
  });

  it('drops a BOM and maps around it', () => {
    const r = clean('\uFEFF區(qū)域');
    assert.strictEqual(r.text, '區域');
    assert.strictEqual(r.map.toSource(0, 'start'), 0);
    assert.strictEqual(r.map.toSource(0, 'end'), 1);
    assert.deepStrictEqual(r.map.spanToSource({ start: 0, end: 1 }), { start: 1, end: 6 });
  });

  it('keeps CRLF and CR line ends as they are', () => {
    assert.strictEqual(cleaned('第一段(duàn)\r\n第二段\r第三段\n'), '第一段\r\n第二段\r第三段\n');
  });

  it('survives lone surrogates', () => {
    const r = clean('\uD800區(qū)\uDC00(qū)\uD800');
    assert.strictEqual(r.text, '\uD800區\uDC00(qū)\uD800');
  });

  it('returns the source itself when there is nothing to clean', () => {
    const src = '徐匯區召開安全生產工作會議（資料圖）。';
    const r = clean(src);
    assert.strictEqual(r.text, src);
    assert.deepStrictEqual(r.report, { pinyinRemoved: 0, spacesRestored: 0, corrupt: [] });
    assert.strictEqual(clean('').text, '');
  });
});
