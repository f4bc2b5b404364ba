import * as assert from 'assert';
import { S, expectExactly, expectUntouched, expectWithin, runsOf, tokenize } from './tokenizer';

// The host is a stand-in with the scopes and block rules of VS Code's Markdown grammar
// (fixtures/markdown-stand-in.tmLanguage.json), so these check how the injection coexists with them.

describe('grammar: injected into Markdown', () => {
  const doc = [
    '# 一、总体要求',
    '一是加强巡查，落实“四不两直”，2024年3月15日前完成。',
    '1. 第一项工作',
    '',
    '```text',
    '一是代码块里的文字，“不着色”，2024-03-15',
    '```',
    '行内 `一是代码 2024-03-15` 不着色，[链接“标题”](https://news.example.cn/2024/03/15/1.html) 也不着色。',
  ].join('\n');

  it('scopes constructs in headings and paragraphs while Markdown keeps its blocks', async () => {
    const lines = await tokenize(doc, 'text.html.markdown');
    expectWithin(lines, '一、总体要求', 'markup.heading.markdown');
    expectExactly(lines, '一、', S.enumeration);
    // The paragraph still opens on a line that starts with a marker: Markdown wins ties at a line start.
    expectWithin(lines, '一是加强巡查', 'meta.paragraph.markdown');
    expectExactly(lines, '一是', S.enumeration);
    expectExactly(lines, '“四不两直”', S.quoteDouble);
    expectExactly(lines, '2024年3月15日', S.date);
  });

  it('leaves Markdown list numbers to Markdown', async () => {
    const lines = await tokenize(doc, 'text.html.markdown');
    expectWithin(lines, '1.', 'punctuation.definition.list.begin.markdown');
    expectUntouched(lines, '1.');
    expectWithin(lines, '第一项工作', 'markup.list.numbered.markdown');
  });

  it('does not touch fenced code, inline code or links', async () => {
    const lines = await tokenize(doc, 'text.html.markdown');
    expectWithin(lines, '一是代码块里的文字', 'markup.fenced_code.block.markdown');
    expectUntouched(lines, '一是代码块里的文字，“不着色”，2024-03-15');
    expectUntouched(lines, '`一是代码 2024-03-15`');
    expectUntouched(lines, '[链接“标题”](https://news.example.cn/2024/03/15/1.html)');
    assert.deepStrictEqual(runsOf(lines, S.date), ['2024年3月15日']);
  });
});
