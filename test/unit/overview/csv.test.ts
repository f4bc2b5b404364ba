import * as assert from 'assert';
import {
  buildOverview,
  csvCell,
  csvTable,
  officialsCsv,
  placesCsv,
  sloganSpread,
  sloganSpreadCsv,
  slogansCsv,
  timelineCsv,
} from '../../../src/core/corpus/overview';
import { doc } from './factory';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : i + end;
      if (text[stop] === '"') throw new Error(`bare quote at ${stop}`);
      field = text.slice(i, stop);
      i = stop;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
}

describe('overview CSV', () => {
  it('quotes commas, quotes and line breaks; leaves CJK and plain text alone', () => {
    assert.strictEqual(csvCell('安全生产'), '安全生产');
    assert.strictEqual(csvCell('a,b'), '"a,b"');
    assert.strictEqual(csvCell('他说"好"'), '"他说""好"""');
    assert.strictEqual(csvCell('一行\n二行'), '"一行\n二行"');
    assert.strictEqual(csvCell('一行\r\n二行'), '"一行\r\n二行"');
    assert.strictEqual(csvCell('党政同责，一岗双责'), '党政同责，一岗双责', 'a full-width comma is not a separator');
    assert.strictEqual(csvCell(''), '');
    assert.strictEqual(csvCell(null), '');
    assert.strictEqual(csvCell(12), '12');
    assert.strictEqual(csvCell(0), '0');
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    assert.strictEqual(csvCell('=HYPERLINK("http://x","点击")'), `"'=HYPERLINK(""http://x"",""点击"")"`);
    assert.strictEqual(csvCell('+86 10'), "'+86 10");
    assert.strictEqual(csvCell('-1+2'), "'-1+2");
    assert.strictEqual(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.strictEqual(csvCell('\t=1'), "'\t=1");
    assert.strictEqual(csvCell('a=b'), 'a=b', 'only a leading sign matters');
    assert.strictEqual(csvCell(-3), '-3', 'numbers are data, not text');
  });

  it('tables end every record with CRLF and read back field for field', () => {
    const rows = [
      ['title', 'note'],
      ['关于"三管三必须"的通知', '=1+1'],
      ['多行\n标题', '逗号, 和引号"'],
    ];
    const text = csvTable(rows);
    assert.ok(text.endsWith('\r\n'));
    assert.deepStrictEqual(parseCsv(text), [
      ['title', 'note'],
      ['关于"三管三必须"的通知', "'=1+1"],
      ['多行\n标题', '逗号, 和引号"'],
    ]);
  });

  const entries = [
    doc({ path: 'a,b.txt', title: '=cmd|"/c calc"!A1', place: ['上海市', '上海市', '闵行区'], publishedAt: '2024-01-21', slogans: ['三管三必须'], officials: [['宋一帆', '区委副书记', '区长']] }),
    doc({ path: 'c.txt', title: '无锡\n江阴', place: ['江苏省', '无锡市', '江阴市'], publishedAt: '2024-03-10', slogans: ['三管三必须'], officials: [['许卫东', '市长']] }),
    doc({ path: 'd.txt', place: ['江苏省'], publishedAt: '2024-03-11', officials: [['许卫东', '市长']] }),
    doc({ path: 'e.txt', publishedAt: '2024-02-01' }),
  ];
  const o = buildOverview(entries, 1);

  it('timeline: a row per month, a column per series, then the total', () => {
    assert.deepStrictEqual(parseCsv(timelineCsv(o)), [
      ['month', '江苏省', '上海市', 'unknown locality', 'total'],
      ['2024-01', '0', '1', '0', '1'],
      ['2024-02', '0', '0', '1', '1'],
      ['2024-03', '2', '0', '0', '2'],
    ]);
  });

  it('places: parents before children; a municipality’s district has no city', () => {
    assert.deepStrictEqual(parseCsv(placesCsv(o)), [
      ['level', 'province', 'city', 'county', 'code', 'documents'],
      ['province', '江苏省', '', '', '320000', '2'],
      ['city', '江苏省', '无锡市', '', '320200', '1'],
      ['county', '江苏省', '无锡市', '江阴市', '320281', '1'],
      ['province', '上海市', '', '', '310000', '1'],
      ['county', '上海市', '', '闵行区', '310112', '1'],
    ]);
  });

  it('slogans and officials', () => {
    assert.deepStrictEqual(parseCsv(slogansCsv(o)), [
      ['slogan', 'key', 'documents', 'localities', 'provinces', 'first_seen', 'last_seen'],
      ['三管三必须', '三管三必须', '2', '2', '2', '2024-01-21', '2024-03-10'],
    ]);
    assert.deepStrictEqual(parseCsv(officialsCsv(o)), [
      ['name', 'province', 'mentions', 'documents', 'localities', 'locality_count', 'titles'],
      ['许卫东', '江苏省', '2', '2', '江苏省; 江苏省 › 无锡市 › 江阴市', '2', '市长 (2024-03-10 – 2024-03-11, 2)'],
      ['宋一帆', '上海市', '1', '1', '上海市 › 闵行区', '1', '区委副书记 (2024-01-21, 1); 区长 (2024-01-21, 1)'],
    ]);
  });

  it('slogan spread: a row per document, untrusted titles and paths quoted and defused', () => {
    const text = sloganSpreadCsv(sloganSpread(entries, '三管三必须'));
    assert.deepStrictEqual(parseCsv(text), [
      ['slogan', 'date', 'locality', 'path', 'title', 'first_in_locality'],
      ['三管三必须', '2024-01-21', '上海市 › 闵行区', 'a,b.txt', `'=cmd|"/c calc"!A1`, 'yes'],
      ['三管三必须', '2024-03-10', '江苏省 › 无锡市 › 江阴市', 'c.txt', '无锡\n江阴', 'yes'],
    ]);
  });
});
