import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findBoilerplate } from '../../../../src/core/analysis/boilerplate';
import { prepare } from '../../../../src/core/text';
import { fixturesDir, samplesDir } from '../../helpers/paths';
import { analyse } from './helpers';

interface ExpectedFile {
  officials: Array<{ name: string; titles: string[] }>;
  people: Array<{ name: string; role: string }>;
  notOfficials?: string[];
}

const expectedDir = path.join(fixturesDir, 'expected');
const samples = fs.existsSync(samplesDir) ? fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort() : [];

/**
 * The bundled samples against their hand-written ground truth (test/fixtures/expected/*.json), as the
 * analysis pipeline runs: cleaned, converted, boilerplate excluded.
 */
describe('officials: bundled samples', () => {
  it('has samples with ground truth', () => {
    assert.ok(samples.length >= 8, `samples in ${samplesDir}`);
  });

  for (const file of samples) {
    const expectedPath = path.join(expectedDir, file.replace(/\.txt$/, '.json'));
    it(file, () => {
      assert.ok(fs.existsSync(expectedPath), `ground truth ${expectedPath}`);
      const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8')) as ExpectedFile;
      const text = prepare(fs.readFileSync(path.join(samplesDir, file), 'utf8')).text;
      const r = analyse(text, { exclude: findBoilerplate(text) });
      assert.deepStrictEqual(
        r.officials.map((o) => ({ name: o.name, titles: o.titles })),
        expected.officials,
      );
      assert.deepStrictEqual(
        r.people.map((p) => ({ name: p.name, role: p.role })),
        expected.people,
      );
      for (const trap of expected.notOfficials ?? []) {
        for (const o of r.officials) assert.ok(!o.name.includes(trap) && !trap.includes(o.name), `${o.name} is not an official (${trap})`);
      }
    });
  }
});
