import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from './io';

const TEXT_FILE = /\.(txt|md)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
/** A folder's own documentation is not a report (the extension's default excludes say the same). */
const SKIP_FILES = /^(readme|changelog|license)(\.[a-z]+)?$/i;

/**
 * Expands files and folders into the documents to process, in a stable order. A folder contributes its
 * .txt/.md files (recursively; hidden and build folders and READMEs skipped); problems become `errors`, one line each.
 */
export function expandInputs(inputs: readonly string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      errors.push(describeFsError(err, dir));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(full);
      } else if (e.isFile() && TEXT_FILE.test(e.name) && !SKIP_FILES.test(e.name)) files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (err) {
      errors.push(describeFsError(err, input));
      continue;
    }
    if (stat.isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, errors };
}
