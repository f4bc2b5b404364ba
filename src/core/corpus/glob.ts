// Glob patterns as VS Code settings write them (`**/*.{txt,md}`, `**/node_modules/**`), matched
// against a path relative to the corpus root with `/` separators. Node 20's path.matchesGlob is
// experimental (it prints a warning) and cannot say whether a whole folder is excluded, which is what
// lets the walk skip node_modules without listing it.
//
// Supported: `*` (within a segment), `?`, `**` (any number of segments, as a whole segment),
// `{a,b}` (nested), `[abc]`, `[a-z]`, `[!abc]`. A pattern ending in `/**` also matches the folder itself.

export interface GlobOptions {
  /** Default: case-insensitive except on Linux, like the file systems. */
  caseInsensitive?: boolean;
}

export type GlobMatcher = (relPath: string) => boolean;

export function compileGlob(pattern: string, opts: GlobOptions = {}): GlobMatcher {
  const caseInsensitive = opts.caseInsensitive ?? process.platform !== 'linux';
  const source = '^' + translate(normalise(pattern)) + '$';
  const re = new RegExp(source, caseInsensitive ? 'iu' : 'u');
  return (relPath) => re.test(relPath);
}

/** True when any of the patterns matches. */
export function anyGlob(patterns: readonly string[], opts: GlobOptions = {}): GlobMatcher {
  const matchers = patterns.filter((p) => p.trim()).map((p) => compileGlob(p, opts));
  return (relPath) => matchers.some((m) => m(relPath));
}

function normalise(pattern: string): string {
  return pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

function translate(p: string): string {
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*' && (i === 0 || p[i - 1] === '/') && (i + 2 === p.length || p[i + 2] === '/')) {
      const atEnd = i + 2 === p.length;
      if (i === 0 && atEnd) out += '.*';
      else if (i === 0) out += '(?:.*/)?'; // `**/x`: x at any depth, the root included
      else if (atEnd) out = out.replace(/\/$/, '') + '(?:/.*)?'; // `x/**`: x itself or anything below
      else out += '(?:.*/)?'; // `a/**/b`: the slash after ** is consumed here
      i += atEnd ? 2 : 3;
      continue;
    }
    if (c === '*') {
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = p.slice(i + 1, end);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      body = body.replace(/[\\\]^]/g, (m) => '\\' + m);
      out += negated ? `[^/${body}]` : `[${body}]`;
      i = end + 1;
    } else if (c === '{') {
      const end = closingBrace(p, i);
      if (end < 0) {
        out += '\\{';
        i++;
        continue;
      }
      out += '(?:' + splitAlternatives(p.slice(i + 1, end)).map(translate).join('|') + ')';
      i = end + 1;
    } else {
      out += c.replace(/[.+^$()|\\{}[\]]/g, (m) => '\\' + m);
      i++;
    }
  }
  return out;
}

function closingBrace(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `a,{b,c},d` → ['a', '{b,c}', 'd']: commas inside nested braces stay. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
