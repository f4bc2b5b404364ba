import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as path from 'path';
import { DecodeError, checkSize, decodeBytes, decodeText, vscodeEncodingId } from '../../../src/core/corpus/decode';
import { plausibility } from '../../../src/core/corpus/plausibility';
import { fixturesDir, samplesDir, sharedCorpusDir } from '../helpers/paths';

const dir = path.join(fixturesDir, 'encodings');

interface Manifest {
  texts: Record<string, string>;
  decodable: { file: string; text: string; encoding: string; bom: boolean }[];
  rejected: { file: string; reason: 'binary' | 'encoding' }[];
}

const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const reference = (name: string) => fs.readFileSync(path.join(dir, manifest.texts[name]), 'utf8');
const bytesOf = (file: string) => fs.readFileSync(path.join(dir, file));

function rejects(bytes: Uint8Array, reason: DecodeError['reason'], message: RegExp, opts = {}): void {
  assert.throws(
    () => decodeBytes(bytes, opts),
    (err: unknown) => {
      assert.ok(err instanceof DecodeError, `not a DecodeError: ${String(err)}`);
      assert.strictEqual(err.reason, reason, err.message);
      assert.match(err.message, message);
      assert.ok(!err.message.includes('\n'), 'the message is one line');
      return true;
    },
  );
}

describe('corpus decoding', () => {
  describe('fixtures in every encoding decode to the same text', () => {
    it('covers each encoding the reader claims', () => {
      const kinds = new Set(manifest.decodable.map((d) => `${d.encoding}${d.bom ? '+bom' : ''}`));
      for (const k of ['utf-8', 'utf-8+bom', 'utf-16le', 'utf-16be', 'utf-16le+bom', 'utf-16be+bom', 'gbk', 'gb18030', 'big5']) {
        assert.ok(kinds.has(k), `no fixture for ${k}`);
      }
    });

    for (const d of manifest.decodable) {
      it(`${d.file}: ${d.encoding}${d.bom ? ' with BOM' : ''}`, () => {
        const decoded = decodeBytes(bytesOf(d.file));
        assert.strictEqual(decoded.text, reference(d.text));
        assert.strictEqual(decoded.encoding, d.encoding);
        assert.strictEqual(decoded.bom, d.bom);
        assert.ok(decoded.confidence > 0.8 && decoded.confidence <= 1, `confidence ${decoded.confidence}`);
        if (d.bom) assert.strictEqual(decoded.confidence, 1);
      });
    }

    it('decodeText is the text of decodeBytes', () => {
      assert.strictEqual(decodeText(bytesOf('simplified.gbk.txt')), reference('simplified'));
    });

    it('the same text is told apart from its wrong-table reading by a wide margin', () => {
      const gbk = bytesOf('simplified.gbk.txt');
      const right = plausibility(iconv.decode(gbk, 'gb18030'), true);
      const wrong = plausibility(iconv.decode(gbk, 'big5'), true);
      assert.ok(right.score > 0.9, `right ${right.score}`);
      assert.ok(wrong.score < 0.3, `wrong ${wrong.score}`);
      const big5 = bytesOf('traditional.big5.txt');
      assert.ok(plausibility(iconv.decode(big5, 'big5'), true).score > 0.9);
      assert.ok(plausibility(iconv.decode(big5, 'gb18030'), true).score < 0.3);
    });
  });

  describe('real-genre text in legacy encodings', () => {
    const reports = [
      ...fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(samplesDir, f)),
      ...(fs.existsSync(sharedCorpusDir) ? fs.readdirSync(sharedCorpusDir).map((f) => path.join(sharedCorpusDir, f)) : []),
    ];
    it('every sample and shared article encoded as GBK (and Big5 where it fits) decodes back', () => {
      let big5 = 0;
      for (const file of reports) {
        const text = fs.readFileSync(file, 'utf8');
        for (const encoding of ['gbk', 'big5'] as const) {
          const bytes = iconv.encode(text, encoding);
          if (iconv.decode(bytes, encoding) !== text) continue; // Big5 has no Simplified-only characters
          if (encoding === 'big5') big5++;
          const decoded = decodeBytes(bytes);
          assert.strictEqual(decoded.encoding, encoding, `${path.basename(file)} as ${encoding}`);
          assert.strictEqual(decoded.text, text);
        }
        const utf16 = decodeBytes(iconv.encode(text, 'utf-16be'));
        assert.strictEqual(utf16.encoding, 'utf-16be');
        assert.strictEqual(utf16.text, text);
      }
      assert.ok(big5 >= 1, 'at least one report fits Big5');
    });
  });

  describe('rejected input', () => {
    for (const r of manifest.rejected) {
      it(`${r.file}: ${r.reason}`, () => {
        rejects(bytesOf(r.file), r.reason, r.reason === 'binary' ? /^binary file \(/ : /^not valid UTF-8, nor text in GB18030\/GBK, Big5 or UTF-16$/);
      });
    }

    it('names known binary formats', () => {
      rejects(bytesOf('image.png.txt'), 'binary', /PNG image/);
      rejects(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), 'binary', /PDF document/);
    });

    it('a NUL byte beyond the first 8 KB of UTF-8 text still means binary', () => {
      const text = Buffer.from('安全生产工作会议。\n'.repeat(1000), 'utf8');
      rejects(Buffer.concat([text, Buffer.from([0]), text]), 'binary', /NUL/);
    });

    it('a few stray control characters do not make text binary', () => {
      const text = reference('simplified') + '\x01\x02';
      assert.strictEqual(decodeBytes(Buffer.from(text, 'utf8')).text, text);
    });

    it('files over the size limit', () => {
      const bytes = bytesOf('simplified.utf-8.txt');
      rejects(bytes, 'too-large', /^file too large \(927 bytes; the limit is 500 bytes\)$/, { maxBytes: 500 });
      assert.strictEqual(decodeBytes(bytes, { maxBytes: bytes.length }).text, reference('simplified'));
      assert.throws(() => checkSize(60 * 1024 * 1024), /file too large \(60 MB; the limit is 50 MB\)/);
      assert.doesNotThrow(() => checkSize(50 * 1024 * 1024));
    });

    it('a UTF-8 byte-order mark followed by invalid UTF-8', () => {
      rejects(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode('安全生产', 'gbk')]), 'encoding', /UTF-8 byte-order mark/);
    });
  });

  describe('edge cases', () => {
    it('empty and ASCII-only files are UTF-8 with full confidence', () => {
      assert.deepStrictEqual(decodeBytes(new Uint8Array()), { text: '', encoding: 'utf-8', bom: false, confidence: 1 });
      assert.deepStrictEqual(decodeBytes(Buffer.from('plain text\n')), { text: 'plain text\n', encoding: 'utf-8', bom: false, confidence: 1 });
    });

    it('UTF-32 with a byte-order mark', () => {
      const text = reference('simplified');
      const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(text, 'utf-32le')]);
      assert.deepStrictEqual(decodeBytes(le), { text, encoding: 'utf-32le', bom: true, confidence: 1 });
    });

    it('a GB18030 byte-order mark', () => {
      const bytes = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode(reference('simplified'), 'gb18030')]);
      const decoded = decodeBytes(bytes);
      assert.strictEqual(decoded.encoding, 'gb18030');
      assert.strictEqual(decoded.text, reference('simplified'));
    });

    it('GBK text with a damaged byte keeps the replacement character for cleaning to report', () => {
      const bytes = Buffer.concat([iconv.encode(reference('simplified'), 'gbk'), Buffer.from([0xff]), iconv.encode('会议结束。\n', 'gbk')]);
      const decoded = decodeBytes(bytes);
      assert.strictEqual(decoded.encoding, 'gbk');
      assert.ok(decoded.text.includes('\ufffd'));
      assert.ok(decoded.text.endsWith('会议结束。\n'));
    });

    it('a UTF-8 report with a few stray bytes stays UTF-8, each bad sequence a U+FFFD', () => {
      const text = reference('simplified');
      const cut = text.indexOf('。') + 1;
      const strays = [Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff])];
      for (const stray of strays) {
        const bytes = Buffer.concat([Buffer.from(text.slice(0, cut)), stray, Buffer.from(text.slice(cut))]);
        const decoded = decodeBytes(bytes);
        assert.strictEqual(decoded.encoding, 'utf-8', stray.toString('hex'));
        assert.ok(decoded.text.startsWith(text.slice(0, cut) + '\ufffd'), stray.toString('hex'));
        assert.ok(decoded.text.endsWith(text.slice(cut)));
        assert.ok(decoded.confidence < 0.99, 'less sure than valid UTF-8');
      }
      const withBom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.slice(0, cut)), Buffer.from([0xff]), Buffer.from(text.slice(cut))]));
      assert.strictEqual(withBom.encoding, 'utf-8');
      assert.strictEqual(withBom.bom, true);
      assert.ok(withBom.text.includes('\ufffd'));
    });

    it('legacy text is not taken for damaged UTF-8, nor is UTF-8 with many bad bytes', () => {
      assert.strictEqual(decodeBytes(iconv.encode(reference('simplified'), 'gbk')).encoding, 'gbk');
      assert.strictEqual(decodeBytes(iconv.encode(reference('traditional'), 'big5')).encoding, 'big5');
      // Every fifth character damaged: that is not a few stray bytes.
      const chars = [...reference('simplified')].filter((c) => c > '\u00ff').slice(0, 200);
      const noisy = Buffer.concat(chars.map((c, i) => (i % 5 === 0 ? Buffer.from([0xff]) : Buffer.from(c))));
      let encoding: string | undefined;
      try {
        encoding = decodeBytes(noisy).encoding;
      } catch (err) {
        assert.ok(err instanceof DecodeError);
      }
      assert.notStrictEqual(encoding, 'utf-8');
    });

    it('large legacy files are judged on a sample and decoded whole', () => {
      const text = reference('traditional').repeat(300); // ~120 KB in Big5, over the sample size
      const decoded = decodeBytes(iconv.encode(text, 'big5'));
      assert.strictEqual(decoded.encoding, 'big5');
      assert.strictEqual(decoded.text, text);
    });
  });

  it('VS Code encoding ids for "reopen with encoding"', () => {
    assert.strictEqual(vscodeEncodingId('utf-8', true), 'utf8bom');
    assert.strictEqual(vscodeEncodingId('utf-8', false), 'utf8');
    assert.strictEqual(vscodeEncodingId('utf-16le', false), 'utf16le');
    assert.strictEqual(vscodeEncodingId('gbk', false), 'gbk');
    assert.strictEqual(vscodeEncodingId('gb18030', false), 'gb18030');
    assert.strictEqual(vscodeEncodingId('big5', false), 'big5hkscs');
  });
});
