import * as assert from 'assert';
import { S, ScopedLine, hasScope, tokenize } from './tokenizer';

// A scraped article often arrives as one huge line. The tokenizer must get through it without
// catastrophic backtracking; these tests check that it returns and that its tokens make sense. They do
// not measure time: the generous timeout only turns a hang into a failure.

const TARGET_LENGTH = 200_000;

function repeatTo(unit: string, length: number): { line: string; repetitions: number } {
  const repetitions = Math.ceil(length / unit.length);
  return { line: unit.repeat(repetitions), repetitions };
}

function countTokens(line: ScopedLine, scope: string): number {
  return line.tokens.filter((t) => hasScope(t.scopes, scope)).length;
}

function assertContiguous(line: ScopedLine): void {
  assert.strictEqual(line.stoppedEarly, false);
  assert.ok(line.tokens.length > 0);
  assert.strictEqual(line.tokens[0].startIndex, 0);
  for (let i = 1; i < line.tokens.length; i++) {
    assert.strictEqual(line.tokens[i].startIndex, line.tokens[i - 1].endIndex, `gap before token ${i}`);
  }
  assert.ok(line.tokens[line.tokens.length - 1].endIndex >= line.text.length, 'tokens stop before the line end');
  assert.strictEqual(line.depthAfter, 1, 'a span stayed open after the line');
}

describe('grammar: very long lines', function () {
  this.timeout(120_000);

  it('tokenizes a ~200 KB line of report text and finds every construct in it', async () => {
    // Invented text in the genre, one of each construct per repetition.
    const unit =
      '一要压实责任，二是排查隐患，落实“四不两直”，青浦區(qū)3月15日召开會(huì)議。' +
      '來(lái)源:某某网 发布时间:2024-03-15 09:30（记者 周 宁 摄）作者：韩冬、邵雨桐 ';
    const { line: text, repetitions } = repeatTo(unit, TARGET_LENGTH);
    const [line] = await tokenize(text);
    assert.strictEqual(line.text.length, text.length);
    assertContiguous(line);
    assert.strictEqual(countTokens(line, S.annotation), 3 * repetitions);
    assert.strictEqual(countTokens(line, S.enumeration), 2 * repetitions);
    assert.strictEqual(countTokens(line, S.quoteBegin), repetitions);
    assert.strictEqual(countTokens(line, S.date), 2 * repetitions);
    assert.strictEqual(countTokens(line, S.time), repetitions);
    // 來 (lái) 源 are three tokens of the label (the annotation nested in it), plus 发布时间.
    assert.strictEqual(countTokens(line, S.label), 4 * repetitions);
    assert.strictEqual(countTokens(line, S.person), 4 * repetitions);
  });

  it('gets through a ~200 KB line of openers that never close', async () => {
    const unit = '“来源:（记者 张越、區(qū 2024-03-「一要(集团 ';
    const { line: text } = repeatTo(unit, TARGET_LENGTH);
    const [line] = await tokenize(text);
    assertContiguous(line);
    assert.strictEqual(countTokens(line, S.quoteDouble), 0);
    assert.strictEqual(countTokens(line, S.quoteCorner), 0);
    assert.strictEqual(countTokens(line, S.annotation), 0);
  });

  it('gets through a ~200 KB line without any structure', async () => {
    const [han] = await tokenize('安'.repeat(TARGET_LENGTH));
    assertContiguous(han);
    assert.strictEqual(han.tokens.length, 1);
    const [marks] = await tokenize('?'.repeat(TARGET_LENGTH));
    assertContiguous(marks);
    assert.ok(hasScope(marks.tokens[0].scopes, S.lostIndent));
  });
});
