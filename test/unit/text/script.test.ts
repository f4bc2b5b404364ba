import * as assert from 'assert';
import { detectScript } from '../../../src/core/text/script';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../../src/core/text/scriptChars';
import { deriveScriptChars } from './scriptCharsData';

describe('text: script detection', () => {
  it('tells Traditional from Simplified and counts the evidence', () => {
    const trad = detectScript('臨江區召開安全生產工作會議，會議強調要壓實責任。');
    assert.strictEqual(trad.script, 'traditional');
    assert.strictEqual(trad.hanChars, 22);
    assert.ok(trad.traditionalOnly >= 8, `only ${trad.traditionalOnly} Traditional-only characters`);
    assert.strictEqual(trad.simplifiedOnly, 0);
    const simp = detectScript('临江区召开安全生产工作会议，会议强调要压实责任。');
    assert.strictEqual(simp.script, 'simplified');
    assert.strictEqual(simp.traditionalOnly, 0);
    assert.ok(simp.simplifiedOnly >= 8, `only ${simp.simplifiedOnly} Simplified-only characters`);
  });

  it('calls a text mixed only when the minority script is more than noise', () => {
    assert.strictEqual(detectScript('临江区召开安全生产工作会议。臨江區召開安全生產工作會議。').script, 'mixed');
    // One Traditional name quoted in a Simplified report is not a mixed document.
    assert.strictEqual(detectScript('临江区召开安全生产工作会议，会议强调要压实责任，贯彻落实各项部署。來').script, 'simplified');
  });

  it('says unknown when nothing distinguishes the scripts', () => {
    const none = detectScript('Work safety meeting, 2023.');
    assert.deepStrictEqual([none.script, none.hanChars], ['unknown', 0]);
    const neutral = detectScript('中山大道');
    assert.deepStrictEqual([neutral.script, neutral.hanChars], ['unknown', 4]);
    assert.strictEqual(detectScript('').script, 'unknown');
  });

  it('counts astral characters once, as code points', () => {
    const astral = [...SIMPLIFIED_ONLY].filter((c) => c.length === 2).slice(0, 5).join('');
    const r = detectScript(astral + '\uD800');
    assert.strictEqual(r.hanChars, 5);
    assert.strictEqual(r.simplifiedOnly, 5);
  });

  it('gives a region only with evidence, and says what it was', () => {
    const mainland = detectScript('市委常委、區委書記出席會議，市委副書記主持。');
    assert.strictEqual(mainland.region, 'mainland');
    assert.match(mainland.regionEvidence!, /市委×2/);
    assert.strictEqual(detectScript('行政院今日召開會議，立法院亦就預算進行審查。').region, 'taiwan');
    assert.strictEqual(detectScript('特區政府與立法會就條例草案進行討論。').region, 'hongkong');
    const forms = detectScript('會議室裏，他説，這裏和那裏都要檢查。');
    assert.strictEqual(forms.region, 'hongkong');
    assert.match(forms.regionEvidence!, /character forms/);
    // 着 is ordinary Simplified, and one term is not enough.
    assert.strictEqual(detectScript('他看着文件，说着话，想着办法，等着结果。').region, undefined);
    assert.strictEqual(detectScript('市委召开会议。').region, undefined);
    // Conflicting vocabulary: no winner.
    assert.strictEqual(detectScript('市委、區委與行政院、立法院').region, undefined);
  });
});

describe('text: built-in script tables', () => {
  it('match what the OpenCC tables give today', () => {
    const derived = deriveScriptChars();
    assert.ok(
      derived.traditionalOnly === TRADITIONAL_ONLY && derived.simplifiedOnly === SIMPLIFIED_ONLY,
      'src/core/text/scriptChars.ts is stale: run `node out/test/unit/text/scriptCharsData.js --write` after compiling',
    );
  });

  it('put the usual forms on the right side and shared characters on neither', () => {
    for (const c of '區會國這學') assert.ok(TRADITIONAL_ONLY.includes(c) && !SIMPLIFIED_ONLY.includes(c), c);
    for (const c of '区会国这学') assert.ok(SIMPLIFIED_ONLY.includes(c) && !TRADITIONAL_ONLY.includes(c), c);
    // Kept in Traditional phrases (皇后, 天台, 干戈, 公里) or standard in Taiwan/Hong Kong (群, 峰, 温).
    for (const c of '后台干里面群峰秘温着著') assert.ok(!TRADITIONAL_ONLY.includes(c) && !SIMPLIFIED_ONLY.includes(c), c);
  });
});
