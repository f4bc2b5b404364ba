import * as fs from 'fs';
import * as path from 'path';

// No `vscode` import: the same inputs can be written and inspected from plain Node.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const iconv = require('iconv-lite') as { encode(s: string, enc: string): Buffer };

/** What the corpus index must do with an input. */
export type IndexExpectation = { kind: 'indexed' } | { kind: 'skipped'; reason: RegExp };

export interface BadInput {
  /** File name inside the inputs folder. */
  name: string;
  what: string;
  bytes(): Buffer;
  index: IndexExpectation;
  /**
   * `text`: VS Code opens it as text and the extension host gets the document; `maybe`: VS Code may
   * refuse it (binary, too large for the extension host) — either way nothing may break.
   */
  opens: 'text' | 'maybe';
  /** Too long for the reading features (MAX_OPEN_DOCUMENT_CHARS): shown raw, not analysed, and said why. */
  tooLongToRead?: true;
}

/** Over the default `zhengwu.corpus.maxFileSizeMB` (50 MiB) by a few KB: the size the index refuses. */
export const HUGE_BYTES = 50 * 1024 * 1024 + 4096;

/** A Traditional report with glued readings, invented in the genre (see samples/README.md). */
export const TRADITIONAL = [
  '臨江區(qū)召開2024年安全生產(chǎn)工作會(huì)議',
  '　　3月5日，臨江區(qū)召開2024年安全生產(chǎn)工作會(huì)議。區(qū)委副書記、區(qū)長(zhǎng)周明遠(yuǎn)出席會(huì)議並講話。',
  '　　周明遠(yuǎn)強調(diào)，要堅持“安全第一、預(yù)防為主”，全力實現(xiàn)“雙下降”目標。各鎮(zhèn)街要壓緊壓實屬地責任。',
  '　　副區(qū)長(zhǎng)林海主持會(huì)議。（記者 陳曉）',
].join('\n');

const SIMPLIFIED = [
  '临江区召开2024年消防安全工作会议',
  '　　3月8日，临江区召开消防安全工作会议。区委常委、副区长王建国出席会议并讲话。',
  '　　王建国强调，要坚决守住不发生重大火灾事故的底线，全面排查整治各类隐患。',
].join('\n');

const ASTRAL = [
  '𠵾(zhǎ)溪鎮(zhèn)召開防汛工作會(huì)議',
  '　　6月2日，𠵾(zhǎ)溪鎮(zhèn)召開防汛工作會(huì)議，鎮(zhèn)長(zhǎng)𠀾(qiū)德明要求“𠵾(zhǎ)溪不漫堤”。𡈽𠮷(jí)𩸽',
].join('\n');

const PARENTHESES = [
  '各縣(xiàn)(市、區(qū)(縣(xiàn)))要落實責任。',
  '((((區(qū)委書記王海出席',
  '區(qū)委書記(記者 (王(wáng) 明)出席)))',
  '會(huì)議（（（ ）））會(huì)議 (qū 會(huì',
  '（1個(gè)總體、3個(gè)專項(xiàng)方案)',
].join('\n');

const ALL_PINYIN = 'qū yù huì yì zhǎng qiáng diào yào luò shí ān quán shēng chǎn zé rèn\n(qū)(yù)(huì)(yì)(zhǎng)\n';
const ALL_LATIN = 'Mayor Li attended the meeting (CEO) on 2023-08-01. He said (a), (b) and (ban).\nABCDEFG ABCDEFG\n';
const BOILERPLATE = '当前位置：首页 > 政务公开 > 工作动态\n责任编辑：张三\n【打印本页】【关闭窗口】\n版权所有 © 临江区人民政府　主办单位：临江区人民政府办公室\n猜你喜欢\n分享到：\n';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

/** One line of Traditional text with readings, repeated past the size limit: no line break at all. */
function hugeLine(): Buffer {
  const unit = utf8(TRADITIONAL.replace(/\n/g, ''));
  const out = Buffer.alloc(HUGE_BYTES);
  for (let at = 0; at < out.length; at += unit.length) unit.copy(out, at, 0, Math.min(unit.length, out.length - at));
  // The last copy may end inside a character: cut back to whole characters (ASCII padding keeps the size).
  let end = out.length;
  while (end > 0 && (out[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && out[end - 1] >= 0xc0) end--;
  out.fill(0x2e, end);
  return out;
}

const indexed: IndexExpectation = { kind: 'indexed' };

export const BAD_INPUTS: readonly BadInput[] = [
  { name: 'empty.txt', what: 'an empty file', bytes: () => Buffer.alloc(0), index: indexed, opens: 'text' },
  {
    name: 'binary.txt',
    what: 'a binary file named .txt',
    // A PNG signature and chunk header, then bytes of every value: NULs and control characters.
    bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) & 0xff))]),
    index: { kind: 'skipped', reason: /binary/ },
    opens: 'maybe',
  },
  { name: 'huge-single-line.txt', what: 'a 50 MB single-line file', bytes: hugeLine, index: { kind: 'skipped', reason: /file too large/ }, opens: 'maybe', tooLongToRead: true },
  {
    name: 'invalid-utf8.txt',
    what: 'invalid UTF-8 (stray bytes in a UTF-8 report)',
    bytes: () => {
      const b = utf8(TRADITIONAL);
      const cut = b.indexOf(utf8('會'));
      return Buffer.concat([b.subarray(0, cut), Buffer.from([0xc3, 0x28, 0xff, 0xa0, 0xa1]), b.subarray(cut)]);
    },
    // A few bad bytes in a UTF-8 report: indexed with U+FFFD (reported as corrupt), as the editor shows it.
    index: indexed,
    opens: 'text',
  },
  { name: 'gbk-as-utf8.txt', what: 'a GBK file opened as UTF-8', bytes: () => iconv.encode(SIMPLIFIED, 'gbk'), index: indexed, opens: 'text' },
  { name: 'crlf.txt', what: 'CRLF line ends', bytes: () => utf8(TRADITIONAL.replace(/\n/g, '\r\n')), index: indexed, opens: 'text' },
  { name: 'cr.txt', what: 'CR line ends', bytes: () => utf8(TRADITIONAL.replace(/\n/g, '\r')), index: indexed, opens: 'text' },
  { name: 'bom-utf8.txt', what: 'a UTF-8 BOM', bytes: () => withBom([0xef, 0xbb, 0xbf], utf8(TRADITIONAL)), index: indexed, opens: 'text' },
  { name: 'bom-utf16le.txt', what: 'UTF-16LE with a BOM', bytes: () => withBom([0xff, 0xfe], Buffer.from(TRADITIONAL, 'utf16le')), index: indexed, opens: 'text' },
  { name: 'bom-utf16be.txt', what: 'UTF-16BE with a BOM', bytes: () => withBom([0xfe, 0xff], utf16be(TRADITIONAL)), index: indexed, opens: 'text' },
  {
    name: 'lone-surrogate-utf16.txt',
    what: 'lone surrogates (UTF-16LE)',
    bytes: () => withBom([0xff, 0xfe], Buffer.from(TRADITIONAL.replace('會', '\ud840會').replace('區', '區\udc00'), 'utf16le')),
    index: indexed,
    opens: 'text',
  },
  {
    name: 'lone-surrogate-utf8.txt',
    what: 'a surrogate encoded in UTF-8 (CESU bytes)',
    bytes: () => Buffer.concat([utf8(TRADITIONAL.slice(0, 20)), Buffer.from([0xed, 0xa0, 0x80]), utf8(TRADITIONAL.slice(20))]),
    index: indexed,
    opens: 'text',
  },
  { name: 'astral-pinyin.txt', what: 'astral characters (𠵾) next to pinyin readings', bytes: () => utf8(ASTRAL), index: indexed, opens: 'text' },
  { name: 'parentheses.txt', what: 'unbalanced and nested parentheses', bytes: () => utf8(PARENTHESES), index: indexed, opens: 'text' },
  { name: 'all-pinyin.txt', what: 'all pinyin', bytes: () => utf8(ALL_PINYIN), index: indexed, opens: 'text' },
  { name: 'all-latin.txt', what: 'all Latin', bytes: () => utf8(ALL_LATIN), index: indexed, opens: 'text' },
  { name: 'boilerplate.txt', what: 'only boilerplate', bytes: () => utf8(BOILERPLATE), index: indexed, opens: 'text' },
];

/** Writes every input into `dir` (created) and returns the absolute paths by name. */
export function writeBadInputs(dir: string, inputs: readonly BadInput[] = BAD_INPUTS): Map<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  const out = new Map<string, string>();
  for (const input of inputs) {
    const file = path.join(dir, input.name);
    fs.writeFileSync(file, input.bytes());
    out.set(input.name, file);
  }
  return out;
}
