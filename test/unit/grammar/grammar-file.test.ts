import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { repoRoot } from '../helpers/paths';
import { INJECTION_SCOPE, injectionGrammarPath, onigLib, plainGrammarPath } from './tokenizer';

interface Generator {
  renderInjectionGrammar(): string;
}

const generatorPath = path.join(repoRoot, 'syntaxes', 'src', 'build-injection-grammar.js');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walk(node: Json, visit: (key: string, value: Json, where: string) => void, where = '$'): void {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, visit, `${where}[${i}]`));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value, `${where}.${key}`);
      walk(value, visit, `${where}.${key}`);
    }
  }
}

// Roots that common themes colour; a scope outside them would render as plain text everywhere.
const THEMED_ROOTS = ['comment', 'constant', 'entity', 'invalid', 'keyword', 'markup', 'meta', 'punctuation', 'string'];

describe('grammar: the grammar files', () => {
  const raw = fs.readFileSync(injectionGrammarPath, 'utf8');
  const grammar = JSON.parse(raw) as Json & { [key: string]: Json };

  it('is exactly what syntaxes/src/build-injection-grammar.js builds', () => {
    const generator = require(generatorPath) as Generator;
    assert.ok(
      generator.renderInjectionGrammar() === raw,
      'the committed grammar is stale: run `node syntaxes/src/build-injection-grammar.js`',
    );
  });

  it('declares the injection scope and both hosts', () => {
    assert.strictEqual(grammar.scopeName, INJECTION_SCOPE);
    const selector = String(grammar.injectionSelector);
    assert.match(selector, /(^|,\s*)L:text\.plain\b/);
    assert.match(selector, /(^|,\s*)text\.html\.markdown\b[^,]*-markup\.fenced_code/);
  });

  it('compiles every regex with the Oniguruma that VS Code uses', async () => {
    await onigLib();
    let count = 0;
    walk(grammar, (key, value, where) => {
      if (!['match', 'begin', 'end', 'while'].includes(key) || typeof value !== 'string') return;
      count++;
      try {
        new oniguruma.OnigScanner([value]).dispose();
      } catch (e) {
        assert.fail(`${where} does not compile: ${(e as Error).message}`);
      }
    });
    assert.ok(count > 30, `only ${count} regexes found`);
  });

  it('uses themed scope roots and a .zhengwu suffix on every scope', () => {
    const names = new Set<string>();
    walk(grammar, (key, value, where) => {
      // $.name is the grammar's display name, not a scope.
      if ((key === 'name' || key === 'contentName') && typeof value === 'string' && where !== '$.name') {
        for (const scope of value.split(' ')) names.add(scope);
      }
    });
    assert.ok(names.size > 15);
    for (const scope of names) {
      assert.ok(scope.endsWith('.zhengwu'), `${scope} lacks the .zhengwu suffix`);
      assert.ok(THEMED_ROOTS.includes(scope.split('.')[0]), `${scope} has no themed root`);
    }
  });

  it('ships a base grammar for plain text that names text.plain and matches nothing', () => {
    const plain = JSON.parse(fs.readFileSync(plainGrammarPath, 'utf8')) as { scopeName: string; patterns: unknown[] };
    assert.strictEqual(plain.scopeName, 'text.plain');
    assert.deepStrictEqual(plain.patterns, []);
  });
});
