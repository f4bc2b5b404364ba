import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from '../helpers/paths';

/**
 * Tokenizes text the way VS Code does for a `.txt` or `.md` file with the extension installed: the host
 * grammar (our text.plain base, or a Markdown stand-in) is the root, and the injection grammar is
 * attached through the registry's getInjections, which is what `injectTo` in package.json feeds.
 */

export const injectionGrammarPath = path.join(repoRoot, 'syntaxes', 'zhengwu.injection.tmLanguage.json');
export const plainGrammarPath = path.join(repoRoot, 'syntaxes', 'text.plain.tmLanguage.json');
const markdownStandInPath = path.join(repoRoot, 'test', 'unit', 'grammar', 'fixtures', 'markdown-stand-in.tmLanguage.json');

export const INJECTION_SCOPE = 'text.zhengwu.injection';
export type Host = 'text.plain' | 'text.html.markdown';

/** The public scope names: users target them in editor.tokenColorCustomizations, so tests pin them. */
export const S = {
  annotation: 'comment.annotation.pinyin.zhengwu',
  lostIndent: 'comment.other.lost-indent.zhengwu',
  mojibake: 'invalid.illegal.mojibake.zhengwu',
  replacement: 'invalid.illegal.replacement-character.zhengwu',
  dateline: 'meta.dateline.zhengwu',
  label: 'entity.name.tag.label.dateline.zhengwu',
  separator: 'punctuation.separator.key-value.zhengwu',
  source: 'string.unquoted.source.dateline.zhengwu',
  newsKeyword: 'keyword.other.dateline.zhengwu',
  byline: 'meta.byline.zhengwu',
  role: 'entity.name.tag.role.byline.zhengwu',
  person: 'entity.other.attribute-name.person.byline.zhengwu',
  bylineNote: 'meta.note.byline.zhengwu',
  enumeration: 'keyword.control.enumeration.zhengwu',
  quoteDouble: 'string.quoted.double.zhengwu',
  quoteSingle: 'string.quoted.single.zhengwu',
  quoteCorner: 'string.quoted.other.corner.zhengwu',
  quoteWhiteCorner: 'string.quoted.other.white-corner.zhengwu',
  quoteBegin: 'punctuation.definition.string.begin.zhengwu',
  quoteEnd: 'punctuation.definition.string.end.zhengwu',
  date: 'constant.numeric.date.zhengwu',
  time: 'constant.numeric.time.zhengwu',
} as const;

let onigLibPromise: Promise<vsctm.IOnigLib> | undefined;

export function onigLib(): Promise<vsctm.IOnigLib> {
  onigLibPromise ??= (async () => {
    // The wasm ships next to the package's main file (release/main.js).
    const wasmPath = path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');
    const bytes = fs.readFileSync(wasmPath);
    await oniguruma.loadWASM(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLibPromise;
}

const grammarFiles: Record<string, string> = {
  'text.plain': plainGrammarPath,
  'text.html.markdown': markdownStandInPath,
  [INJECTION_SCOPE]: injectionGrammarPath,
};

const grammars = new Map<Host, Promise<vsctm.IGrammar>>();

export function hostGrammar(host: Host): Promise<vsctm.IGrammar> {
  let grammar = grammars.get(host);
  if (!grammar) {
    grammar = (async () => {
      const registry = new vsctm.Registry({
        onigLib: onigLib(),
        loadGrammar: async (scopeName) => {
          const file = grammarFiles[scopeName];
          return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
        },
        getInjections: (scopeName) =>
          scopeName === 'text.plain' || scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined,
      });
      const loaded = await registry.loadGrammar(host);
      if (!loaded) throw new Error(`grammar ${host} did not load`);
      return loaded;
    })();
    grammars.set(host, grammar);
  }
  return grammar;
}

export interface ScopedLine {
  readonly text: string;
  readonly tokens: readonly vsctm.IToken[];
  readonly stoppedEarly: boolean;
  /** Rule-stack depth after the line: 1 (or the host's block depth) means every span closed. */
  readonly depthAfter: number;
}

export async function tokenize(text: string, host: Host = 'text.plain'): Promise<ScopedLine[]> {
  const grammar = await hostGrammar(host);
  let stack = vsctm.INITIAL;
  const lines: ScopedLine[] = [];
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    lines.push({ text: line, tokens: result.tokens, stoppedEarly: result.stoppedEarly, depthAfter: stack.depth });
  }
  return lines;
}

export function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}

export function scopesAt(line: ScopedLine, index: number): readonly string[] {
  for (const token of line.tokens) {
    if (token.startIndex <= index && index < token.endIndex) return token.scopes;
  }
  return [];
}

interface Located {
  readonly line: ScopedLine;
  readonly lineNumber: number;
  readonly start: number;
  readonly end: number;
}

/** The nth (0-based) occurrence of `needle`, counted across lines. */
export function locate(lines: readonly ScopedLine[], needle: string, occurrence = 0): Located {
  let seen = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    for (let from = line.text.indexOf(needle); from >= 0; from = line.text.indexOf(needle, from + 1)) {
      if (seen++ === occurrence) return { line, lineNumber: n, start: from, end: from + needle.length };
    }
  }
  throw new assert.AssertionError({ message: `text has no occurrence #${occurrence} of ${JSON.stringify(needle)}` });
}

function describe(line: ScopedLine, index: number): string {
  const scopes = scopesAt(line, index).filter((s) => s !== 'text.plain' && s !== 'text.html.markdown');
  return `${JSON.stringify(line.text[index])}@${index} [${scopes.join(' ')}]`;
}

/**
 * Every character of the needle carries `scope`, and the characters right before and after it on the
 * same line do not: the construct is recognised with exactly these bounds.
 */
export function expectExactly(lines: readonly ScopedLine[], needle: string, scope: string, occurrence = 0): void {
  const { line, start, end } = locate(lines, needle, occurrence);
  for (let i = start; i < end; i++) {
    assert.ok(hasScope(scopesAt(line, i), scope), `${JSON.stringify(needle)}: ${describe(line, i)} lacks ${scope}`);
  }
  if (start > 0) {
    assert.ok(!hasScope(scopesAt(line, start - 1), scope), `${JSON.stringify(needle)} starts earlier: ${describe(line, start - 1)}`);
  }
  if (end < line.text.length) {
    assert.ok(!hasScope(scopesAt(line, end), scope), `${JSON.stringify(needle)} runs on: ${describe(line, end)}`);
  }
}

/** Every character of the needle carries `scope` (bounds not checked: the scope may extend further). */
export function expectWithin(lines: readonly ScopedLine[], needle: string, scope: string, occurrence = 0): void {
  const { line, start, end } = locate(lines, needle, occurrence);
  for (let i = start; i < end; i++) {
    assert.ok(hasScope(scopesAt(line, i), scope), `${JSON.stringify(needle)}: ${describe(line, i)} lacks ${scope}`);
  }
}

/** No character of the needle carries `scope`. */
export function expectNone(lines: readonly ScopedLine[], needle: string, scope: string, occurrence = 0): void {
  const { line, start, end } = locate(lines, needle, occurrence);
  for (let i = start; i < end; i++) {
    assert.ok(!hasScope(scopesAt(line, i), scope), `${JSON.stringify(needle)}: ${describe(line, i)} must not have ${scope}`);
  }
}

/** No character of the needle carries any scope of the injection grammar. */
export function expectUntouched(lines: readonly ScopedLine[], needle: string, occurrence = 0): void {
  const { line, start, end } = locate(lines, needle, occurrence);
  for (let i = start; i < end; i++) {
    const ours = scopesAt(line, i).filter((s) => s.endsWith('.zhengwu'));
    assert.deepStrictEqual(ours, [], `${JSON.stringify(needle)}: ${describe(line, i)} must carry no zhengwu scope`);
  }
}

/** The texts of the maximal runs of characters that carry `scope`, line by line. */
export function runsOf(lines: readonly ScopedLine[], scope: string): string[] {
  const runs: string[] = [];
  for (const line of lines) {
    let run = '';
    for (const token of line.tokens) {
      const end = Math.min(token.endIndex, line.text.length);
      if (hasScope(token.scopes, scope)) run += line.text.slice(token.startIndex, end);
      else if (run) {
        runs.push(run);
        run = '';
      }
    }
    if (run) runs.push(run);
  }
  return runs;
}
