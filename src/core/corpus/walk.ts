import * as fs from 'fs';
import * as path from 'path';
import { anyGlob, compileGlob, type GlobMatcher } from './glob';

export const DEFAULT_INCLUDE = '**/*.{txt,md}';
/** The `zhengwu.corpus.exclude` default: dependency, VCS and build folders, and project docs. */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/out/**',
  '**/build/**',
  '**/README.md',
  '**/CHANGELOG.md',
];

export interface FileStat {
  /** Relative to the corpus root, `/`-separated. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface WalkProblem {
  path: string;
  reason: string;
}

/** Which relative paths are corpus documents, and which folders need not be entered at all. */
export interface DocumentFilter {
  isDocument(relPath: string): boolean;
  skipsFolder(relDir: string): boolean;
}

export class CorpusFilter implements DocumentFilter {
  private readonly included: GlobMatcher;
  private readonly excluded: GlobMatcher;

  constructor(include: string = DEFAULT_INCLUDE, exclude: readonly string[] = DEFAULT_EXCLUDE) {
    this.included = compileGlob(include);
    this.excluded = anyGlob(exclude);
  }

  /** Hidden files and anything inside a hidden folder never count (.git, .vscode, editor backups). */
  isDocument(relPath: string): boolean {
    return !isHidden(relPath) && this.included(relPath) && !this.excluded(relPath);
  }

  skipsFolder(relDir: string): boolean {
    return isHidden(relDir) || this.excluded(relDir);
  }
}

function isHidden(relPath: string): boolean {
  return relPath.split('/').some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

const STAT_CONCURRENCY = 32;

/**
 * Lists the corpus documents under `root` with size and modification time, sorted by path. Folders the
 * filter excludes are not entered; symbolic links to files count, links to folders are not followed
 * (a link cycle would never end). Unreadable folders and files become problems, not failures.
 */
export async function walkCorpus(root: string, filter: DocumentFilter, signal?: AbortSignal): Promise<{ files: FileStat[]; problems: WalkProblem[] }> {
  const candidates: string[] = [];
  const problems: WalkProblem[] = [];
  const visit = async (relDir: string): Promise<void> => {
    if (signal?.aborted) return;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(path.join(root, relDir), { withFileTypes: true });
    } catch (err) {
      problems.push({ path: relDir || '.', reason: fsReason(err) });
      return;
    }
    const folders: string[] = [];
    for (const e of entries) {
      const rel = relDir ? `${relDir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!filter.skipsFolder(rel)) folders.push(rel);
      } else if ((e.isFile() || e.isSymbolicLink()) && filter.isDocument(rel)) candidates.push(rel);
    }
    for (const f of folders) await visit(f);
  };
  await visit('');

  const files: FileStat[] = [];
  let next = 0;
  const statNext = async (): Promise<void> => {
    while (next < candidates.length && !signal?.aborted) {
      const rel = candidates[next++];
      try {
        const st = await fs.promises.stat(path.join(root, rel));
        if (st.isFile()) files.push({ path: rel, size: st.size, mtimeMs: st.mtimeMs });
      } catch (err) {
        problems.push({ path: rel, reason: fsReason(err) });
      }
    }
  };
  await Promise.all(Array.from({ length: STAT_CONCURRENCY }, statNext));
  files.sort((a, b) => comparePaths(a.path, b.path));
  return { files, problems };
}

/** Code-unit order: stable across platforms and locales (views sort for display themselves). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function fsReason(err: unknown): string {
  switch ((err as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
}
