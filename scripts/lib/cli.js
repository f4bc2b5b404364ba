// Small shared pieces of the scripts' command lines.

/** A failure of the test machinery itself (missing build, server or browser trouble), not of a test. */
class HarnessError extends Error {}

/**
 * Parses `--name value` / `--name=value` / `--flag` according to `spec` ({ name: 'string'|'number'|'flag' }).
 * Unknown options are a usage error: a typo must not silently run something else.
 */
function parseArgs(argv, spec) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      out._.push(arg);
      continue;
    }
    const [rawName, inline] = arg.slice(2).split(/=(.*)/s);
    const type = spec[rawName];
    if (!type) usage(`unknown option --${rawName} (known: ${Object.keys(spec).map((k) => '--' + k).join(', ')})`);
    const key = rawName.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (type === 'flag') {
      out[key] = true;
      continue;
    }
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined) usage(`--${rawName} needs a value`);
    if (type === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) usage(`--${rawName} must be a positive number, got ${value}`);
      out[key] = n;
    } else out[key] = value;
  }
  return out;
}

function usage(message) {
  console.error(`usage error: ${message}`);
  process.exit(64);
}

module.exports = { parseArgs, HarnessError };
