import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findTitle } from '../../../../src/core/analysis/analyze';
import { findBoilerplate } from '../../../../src/core/analysis/boilerplate';
import { decideLocality } from '../../../../src/core/analysis/locality';
import { findOfficials } from '../../../../src/core/analysis/officials';
import { prepare } from '../../../../src/core/text';
import { ensureGazetteer } from '../../gazetteer/ensureGazetteer';
import { fixturesDir, samplesDir } from '../../helpers/paths';

interface ExpectedLocality {
  province: string | null;
  city: string | null;
  county: string | null;
  level: string;
}

const expectedDir = path.join(fixturesDir, 'expected');
const samples = fs.existsSync(samplesDir) ? fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort() : [];

describe('locality: the bundled samples against their ground truth', () => {
  before(ensureGazetteer);

  it('has samples with ground truth to check', () => {
    assert.ok(samples.length >= 5, `${samples.length} samples in ${samplesDir}`);
  });

  for (const file of samples) {
    const truthFile = path.join(expectedDir, file.replace(/\.txt$/, '.json'));
    it(file, function () {
      if (!fs.existsSync(truthFile)) this.skip();
      const expected: ExpectedLocality = JSON.parse(fs.readFileSync(truthFile, 'utf8')).locality;
      const text = prepare(fs.readFileSync(path.join(samplesDir, file), 'utf8')).text;
      const exclude = findBoilerplate(text).map(({ start, end }) => ({ start, end }));
      const officials = findOfficials(text, { exclude }).officials;
      const l = decideLocality(text, { title: findTitle(text, exclude), officials, exclude });
      const got = { province: l.province ?? null, city: l.city ?? null, county: l.county ?? null, level: l.level };
      assert.deepStrictEqual(got, expected, JSON.stringify(l.evidence.slice(0, 6).map((e) => e.reason)));
      assert.ok(l.confidence >= 0.5, `confidence ${l.confidence}`);
    });
  }
});
