import { UsageError } from './args';
import { analyzeUsage, runAnalyze } from './commands/analyze';
import { convertUsage, runConvert } from './commands/convert';
import { runSimilar, similarUsage } from './commands/similar';
import { corpusUsage, runCorpus } from './commands/corpus';
import { overviewUsage, runOverview } from './commands/overview';

/** Output sinks, injectable so tests run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

type Command = { run(argv: readonly string[], io: CliIO): number | Promise<number>; usage: string };

const COMMANDS: Record<string, Command> = {
  convert: { run: runConvert, usage: convertUsage },
  analyze: { run: runAnalyze, usage: analyzeUsage },
  similar: { run: runSimilar, usage: similarUsage },
  corpus: { run: runCorpus, usage: corpusUsage },
  overview: { run: runOverview, usage: overviewUsage },
};

const USAGE = `Usage: zhengwu <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => '  ' + c.usage.split('\n').join('\n  '))
  .join('\n\n')}

Exit codes: 0 success, 1 some file failed (the others were still processed), 2 usage error.`;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`zhengwu: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`zhengwu ${name}: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr(`zhengwu ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // `zhengwu … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: CliIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`zhengwu: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
