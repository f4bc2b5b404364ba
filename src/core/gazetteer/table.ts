/**
 * The generated division table (scripts/build-gazetteer.js → divisions.generated.json, git-ignored).
 *
 * The type-only import below is deliberate: it puts the JSON into the TypeScript program, so `tsc`
 * copies it next to the compiled loader (unit tests run from out/), while the `require` inside
 * `readTable` keeps loading lazy; esbuild inlines the JSON into the bundle. Both need the file to exist
 * at build time: `npm run gazetteer` generates it.
 */
type GeneratedTable = typeof import('./divisions.generated.json');

export interface TableMeta {
  source: string;
  year: number;
  stateOn: string;
  packages: { name: string; version: string; license: string; use: string }[];
  history: string;
  counts: { province: number; city: number; county: number; formerNames: number };
}

export interface RawTable {
  format: number;
  meta: TableMeta;
  /** [code, name, ...formerNames] */
  rows: string[][];
}

export const TABLE_FORMAT = 1;

export class GazetteerMissingError extends Error {
  constructor(cause?: unknown) {
    super(
      'The gazetteer table src/core/gazetteer/divisions.generated.json is missing: run `npm run gazetteer` ' +
        '(node scripts/build-gazetteer.js) before building or testing.' +
        (cause instanceof Error ? ` (${cause.message.split('\n')[0]})` : ''),
    );
    this.name = 'GazetteerMissingError';
  }
}

export function readTable(): RawTable {
  let raw: GeneratedTable;
  try {
    raw = require('./divisions.generated.json');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new GazetteerMissingError(err);
    throw err;
  }
  const table = raw as unknown as RawTable;
  if (table.format !== TABLE_FORMAT || !Array.isArray(table.rows)) {
    throw new Error(`divisions.generated.json has format ${table.format}, expected ${TABLE_FORMAT}: run \`npm run gazetteer\``);
  }
  return table;
}
