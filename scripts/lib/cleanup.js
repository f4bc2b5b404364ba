// One place that undoes what a script started (code-server process groups, browsers, temp folders),
// whether the script ends normally, throws, or is interrupted. Ctrl-C must not leave a server behind.
const handlers = [];
let installed = false;
let pending = null;
let interruptedBy = null;

/**
 * Registers `fn` to run at cleanup. `sync` is the variant used when the process is already exiting
 * (`process.on('exit')` cannot await), typically a plain kill. Returns a function that unregisters.
 */
function onCleanup(fn, sync) {
  install();
  const entry = { fn, sync };
  handlers.push(entry);
  return () => {
    const i = handlers.indexOf(entry);
    if (i >= 0) handlers.splice(i, 1);
  };
}

/**
 * Runs the registered handlers, newest first; errors are reported, not thrown, so every one runs.
 * Concurrent callers (a signal arriving while the script's own error path cleans up) share one run.
 */
function runCleanup() {
  if (!pending) {
    pending = (async () => {
      while (handlers.length) {
        const { fn } = handlers.pop();
        try {
          await fn();
        } catch (err) {
          console.error(`[cleanup] ${err && err.message ? err.message : err}`);
        }
      }
    })().finally(() => (pending = null));
  }
  return pending;
}

/** The signal that interrupted the script, if any: its error path should stay quiet then. */
function interrupted() {
  return interruptedBy;
}

function install() {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    for (const { sync } of handlers.splice(0).reverse()) {
      try {
        if (sync) sync();
      } catch {
        /* exiting: nothing left to report to */
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (interruptedBy) return;
      interruptedBy = signal;
      console.error(`\n[cleanup] ${signal}: stopping what this run started`);
      runCleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/**
 * Runs a harness entry point: cleans up either way, exits with its code, and turns a thrown error into
 * exit 2 with `[tag] HARNESS FAILURE (what)` (a HarnessError prints its message, anything else its stack).
 * `summaryFile` (optional) gets a harness-error marker so test-all does not read a stale or missing summary.
 */
function runHarness(main, { tag, what, summaryFile, HarnessError }) {
  main()
    .then(async (code) => {
      await runCleanup();
      process.exit(code);
    })
    .catch(async (err) => {
      await runCleanup();
      if (interrupted()) return; // the signal handler reports and exits
      if (summaryFile && !require('fs').existsSync(summaryFile)) {
        require('fs').writeFileSync(summaryFile, JSON.stringify({ passed: 0, failed: 0, pending: 0, harnessError: true }));
      }
      const text = err instanceof HarnessError ? err.message : err.stack || String(err);
      console.error(`\n[${tag}] HARNESS FAILURE (${what}):\n${text}`);
      process.exit(2);
    });
}

module.exports = { onCleanup, runCleanup, interrupted, runHarness };
