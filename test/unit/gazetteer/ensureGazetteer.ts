import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../helpers/paths';

/**
 * The gazetteer table is generated (git-ignored): `npm run gazetteer` writes it into src/, and tsc copies
 * it next to the compiled loader in out/. A fresh checkout tested without that step gets it generated
 * here, in both places, from the installed data packages.
 */
export function ensureGazetteer(): void {
  const targets = [
    path.join(repoRoot, 'src/core/gazetteer/divisions.generated.json'),
    path.join(repoRoot, 'out/src/core/gazetteer/divisions.generated.json'),
  ].filter((f) => !fs.existsSync(f));
  if (!targets.length) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-gazetteer.js'), '--quiet', ...targets.flatMap((t) => ['--out', t])], {
    stdio: 'inherit',
  });
}
