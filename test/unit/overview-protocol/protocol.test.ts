import * as assert from 'assert';
import { restoreState, validateFromWebview, type FromWebview } from '../../../src/features/overview/protocol';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

function accepts(message: FromWebview): void {
  const r = validateFromWebview(message);
  assert.ok(r.ok, `${JSON.stringify(message).slice(0, 120)} was refused: ${r.ok ? '' : r.error}`);
  assert.deepStrictEqual(r.message, message);
}

function refuses(message: unknown, why: RegExp): void {
  const r = validateFromWebview(message);
  assert.ok(!r.ok, `${JSON.stringify(message)?.slice(0, 120)} was accepted`);
  assert.match(r.error, why);
}

describe('overview protocol: messages from the webview', () => {
  it('accepts every request the page sends', () => {
    accepts({ type: 'ready' });
    accepts({ type: 'requestMonth', month: '2024-03' });
    accepts({ type: 'requestMonth', month: '2024-03', series: '浙江省' });
    accepts({ type: 'requestMonth', month: '2024-12', series: null });
    accepts({ type: 'requestMonth', month: '2024-01', series: ['青海省', '西藏自治区'] });
    accepts({ type: 'requestPlace', path: [] });
    accepts({ type: 'requestPlace', path: ['上海市', '徐汇区'] });
    accepts({ type: 'requestPlace', path: ['江苏省', '无锡市', '江阴市'] });
    accepts({ type: 'requestOfficial', name: '王伟', province: '江苏省', split: true });
    accepts({ type: 'requestOfficial', name: '黎光宇', province: null, split: false });
    accepts({ type: 'requestSlogan', key: '党政同责一岗双责' });
    accepts({ type: 'openDocument', path: 'reports/2024/会议.txt' });
    accepts({ type: 'exportChart', chart: 'timeline', format: 'png', data: PNG });
    accepts({ type: 'exportChart', chart: 'places', format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg" width="10"></svg>' });
    accepts({ type: 'exportChart', chart: 'sloganSpread', format: 'svg', data: '<?xml version="1.0"?>\n<svg></svg>' });
    accepts({ type: 'exportCsv', table: 'officials' });
    accepts({ type: 'exportCsv', table: 'sloganSpread', key: '安全生产' });
    accepts({ type: 'command', command: 'openSamples' });
    accepts({ type: 'cspViolation', directive: 'style-src-attr', blocked: 'inline' });
    accepts({ type: 'cspViolation', directive: 'script-src-elem', blocked: '' });
  });

  it('refuses what is not a message at all', () => {
    for (const raw of [undefined, null, 42, 'ready', [], [{ type: 'ready' }]]) refuses(raw, /not an object/);
    refuses({}, /unknown message type/);
    refuses({ type: 'deleteEverything' }, /unknown message type "deleteEverything"/);
    refuses({ type: 7 }, /unknown message type 7/);
  });

  it('refuses fields it does not know (a message we did not send)', () => {
    refuses({ type: 'ready', extra: 1 }, /ready: unexpected field\(s\) extra/);
    refuses({ type: 'openDocument', path: 'a.txt', viewColumn: 2 }, /unexpected field/);
    refuses({ type: 'requestPlace', path: ['浙江省'], place: {} }, /unexpected field/);
  });

  it('checks the shape of each request', () => {
    refuses({ type: 'requestMonth', month: '2024-3' }, /YYYY-MM/);
    refuses({ type: 'requestMonth', month: '2024-13' }, /YYYY-MM/);
    refuses({ type: 'requestMonth' }, /YYYY-MM/);
    refuses({ type: 'requestMonth', month: '2024-03', series: 5 }, /series/);
    refuses({ type: 'requestMonth', month: '2024-03', series: ['浙江省', 3] }, /series/);
    refuses({ type: 'requestPlace', path: '浙江省' }, /path/);
    refuses({ type: 'requestPlace', path: ['a', 'b', 'c', 'd'] }, /at most three/);
    refuses({ type: 'requestPlace', path: [''] }, /place names/);
    refuses({ type: 'requestOfficial', name: '' }, /name/);
    refuses({ type: 'requestOfficial', name: '王伟', province: '江苏省' }, /split/);
    refuses({ type: 'requestOfficial', name: '王'.repeat(65), province: null, split: false }, /name/);
    refuses({ type: 'requestSlogan', key: '' }, /key/);
    refuses({ type: 'openDocument', path: '' }, /path/);
    refuses({ type: 'openDocument', path: 'x'.repeat(5000) }, /path/);
    refuses({ type: 'command', command: 'workbench.action.terminal.new' }, /unknown command/);
    refuses({ type: 'cspViolation', directive: '', blocked: 'x' }, /short strings/);
  });

  it('writes only pictures and tables it recognises', () => {
    refuses({ type: 'exportChart', chart: 'everything', format: 'png', data: PNG }, /unknown chart/);
    refuses({ type: 'exportChart', chart: 'timeline', format: 'exe', data: PNG }, /png or svg/);
    refuses({ type: 'exportChart', chart: 'timeline', format: 'png', data: 'data:text/html;base64,PGgxPg==' }, /base64 PNG/);
    refuses({ type: 'exportChart', chart: 'timeline', format: 'png', data: PNG + '"><script>' }, /base64 PNG/);
    refuses({ type: 'exportChart', chart: 'timeline', format: 'svg', data: '<html><svg></svg></html>' }, /SVG markup/);
    refuses({ type: 'exportChart', chart: 'timeline', format: 'svg', data: '' }, /non-empty/);
    refuses({ type: 'exportCsv', table: 'passwords' }, /unknown table/);
    refuses({ type: 'exportCsv', table: 'sloganSpread' }, /needs the slogan key/);
    refuses({ type: 'exportCsv', table: 'timeline', key: 'x' }, /only sloganSpread/);
  });
});

describe('overview protocol: saved panel state', () => {
  it('keeps what is valid and drops the rest', () => {
    assert.deepStrictEqual(restoreState(undefined), { tab: 'timeline', drill: [], tables: {} });
    assert.deepStrictEqual(restoreState({ tab: 'slogans', drill: ['浙江省', '杭州市'], slogan: '安全生产', tables: { places: true, officials: false } }), {
      tab: 'slogans',
      drill: ['浙江省', '杭州市'],
      slogan: '安全生产',
      tables: { places: true, officials: false },
    });
    assert.deepStrictEqual(restoreState({ tab: 'nope', drill: 'x', slogan: 5, tables: { places: 'yes', bogus: true } }), {
      tab: 'timeline',
      drill: [],
      slogan: undefined,
      tables: {},
    });
  });
});
