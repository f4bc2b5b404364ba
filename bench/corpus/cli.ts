/**
 * `node out/bench/corpus/cli.js --docs N [--seed S] [--dir DIR]`: generates (or finds cached) a
 * benchmark corpus and prints one JSON line: {dir, docs, plants, mismatched, bytes, cached, ms}.
 */
import { generateCorpus } from './generate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const t0 = Date.now();
const { dir, manifest, cached } = generateCorpus({ seed: Number(arg('seed') ?? 20261122), docs: Number(arg('docs') ?? 1000), dir: arg('dir') });
console.log(
  JSON.stringify({ dir, docs: manifest.docs.length, plants: manifest.plants.length, mismatched: manifest.mismatched.length, bytes: manifest.bytes, cached, ms: Date.now() - t0 }),
);
