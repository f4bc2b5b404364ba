import * as fs from 'fs';
import * as path from 'path';
import { decodeText } from '../core/corpus/decode';

/** Reads one input file as text, turning every failure into a one-line reason. */
export function readInput(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new Error(describeFsError(err, file));
  }
  if (stat.isDirectory()) throw new Error(`${file}: is a directory (give files)`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new Error(describeFsError(err, file));
  }
  try {
    return decodeText(bytes);
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function describeFsError(err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied`;
    case 'EISDIR':
      return `${file}: is a directory`;
    default:
      return `${file}: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** Canonical path for comparing inputs and outputs, following symlinks where the file exists. */
export function realPathOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
