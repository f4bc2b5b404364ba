/**
 * The bundled samples against their hand-written ground truth (test/fixtures/expected/*.json):
 * publication date, meeting dates and the date examples, matched as that folder's README says.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { prepare } from '../../../../src/core/text';
import { fixturesDir, samplesDir } from '../../helpers/paths';
import { describe as list, findDates } from './helpers';

interface Expected {
  title: string;
  publishedAt: string | null;
  meetingDates: string[];
  datesExamples: { text: string; iso: string; isoEnd?: string }[];
}

const expectedDir = path.join(fixturesDir, 'expected');
const samples = fs.existsSync(samplesDir) ? fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')) : [];

describe('dates: bundled samples', () => {
  it('has samples with ground truth', () => assert.ok(samples.length > 0));
  for (const name of samples) {
    const expectedFile = path.join(expectedDir, name.replace(/\.txt$/, '.json'));
    if (!fs.existsSync(expectedFile)) continue;
    it(name, () => {
      const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Expected;
      const { text } = prepare(fs.readFileSync(path.join(samplesDir, name), 'utf8'));
      const result = findDates(text, { title: expected.title, pathHint: path.join(samplesDir, name) });
      assert.strictEqual(result.publishedAt ?? null, expected.publishedAt);
      assert.deepStrictEqual(result.meetingDates, expected.meetingDates);
      for (const example of expected.datesExamples) {
        const found = result.dates.some(
          (d) =>
            (d.text.includes(example.text) || example.text.includes(d.text)) &&
            d.iso === example.iso &&
            (example.isoEnd === undefined || d.isoEnd === example.isoEnd),
        );
        assert.ok(found, `${JSON.stringify(example)} not among ${list(result)}`);
      }
    });
  }
});
