import * as fs from 'fs';
import * as path from 'path';
import { cleanAndConvert, clean } from '../../core/text';
import type { ConversionTarget } from '../../core/text/types';
import { parseArgs, UsageError } from '../args';
import { describeFsError, readInput, realPathOf } from '../io';
import type { CliIO } from '../main';

const TARGETS: ReadonlyMap<string, ConversionTarget> = new Map([
  ['simplified', 'simplified'],
  ['traditional', 'traditional'],
  ['taiwan', 'taiwan'],
  ['hongkong', 'hongkong'],
]);

export const convertUsage = `zhengwu convert [--to simplified|traditional|taiwan|hongkong] [--clean-only] [--out DIR] <files…>
  Cleans scrape artifacts (pinyin glued after characters, lost indents) and converts the script.
  One file: the result goes to stdout. Several: each is labelled "==> path <==". --out DIR writes one
  file each into DIR (never over an input).`;

export function transformText(source: string, target: ConversionTarget, cleanOnly: boolean): string {
  return cleanOnly ? clean(source).text : cleanAndConvert(source, target);
}

export function runConvert(argv: readonly string[], io: CliIO): number {
  const args = parseArgs(argv, new Set(['to', 'out']), new Set(['clean-only']));
  const toName = (args.options.get('to') as string | undefined) ?? 'simplified';
  const target = TARGETS.get(toName);
  if (!target) throw new UsageError(`--to must be one of ${[...TARGETS.keys()].join(', ')} (got "${toName}")`);
  const cleanOnly = args.options.has('clean-only');
  if (cleanOnly && args.options.has('to')) throw new UsageError('--clean-only and --to exclude each other');
  if (args.positional.length === 0) throw new UsageError('no input files');
  const outDir = args.options.get('out') as string | undefined;
  if (outDir) prepareOutDir(outDir);

  const inputs = new Set(args.positional.map(realPathOf));
  const written = new Map<string, string>();
  let failed = 0;
  for (const file of args.positional) {
    try {
      const result = transformText(readInput(file), target, cleanOnly);
      if (outDir) {
        const dest = path.join(outDir, path.basename(file));
        const real = realPathOf(dest);
        if (inputs.has(real)) throw new Error(`${file}: output ${dest} would overwrite an input; choose another --out`);
        const earlier = written.get(real);
        if (earlier) throw new Error(`${file}: output ${dest} would overwrite the result of ${earlier}`);
        try {
          fs.writeFileSync(dest, result);
        } catch (err) {
          throw new Error(describeFsError(err, dest));
        }
        written.set(real, file);
      } else if (args.positional.length > 1) {
        io.stdout(`==> ${file} <==\n${result}${result.endsWith('\n') ? '' : '\n'}\n`);
      } else {
        io.stdout(result);
      }
    } catch (err) {
      failed++;
      io.stderr(`zhengwu convert: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function prepareOutDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UsageError(`--out ${describeFsError(err, dir)}`);
  }
  if (!fs.statSync(dir).isDirectory()) throw new UsageError(`--out ${dir} is not a directory`);
}
