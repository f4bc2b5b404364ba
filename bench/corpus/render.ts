import * as iconv from 'iconv-lite';
import { convert } from '../../src/core/text';
import type { Rng } from './random';

/**
 * Turns a generated Simplified report into the file a scraper would have saved: Traditional script with
 * pinyin glued after some characters and `??` where full-width indents were lost, or GBK bytes.
 */

export type Script = 'simplified' | 'traditional';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gbk';

export interface Rendered {
  bytes: Buffer;
  /** The encoding actually used (GBK falls back to UTF-8 for text GBK cannot hold). */
  encoding: Encoding;
  /**
   * What `prepare(decoded file).text` must give: the Simplified text itself, or for a Traditional file
   * its round trip through Traditional (a few characters do not come back the same).
   */
  expected: string;
}

const PINYIN_SHARE = 0.3;

export function render(r: Rng, simplified: string, script: Script, encoding: Encoding, pinyin: ReadonlyMap<string, string>): Rendered {
  let raw = simplified;
  let expected = simplified;
  if (script === 'traditional') {
    const traditional = convert(simplified, 'traditional').text;
    // Planted spans are offsets into the Simplified text: both conversions must keep every position.
    expected = convert(traditional, 'simplified').text;
    if (traditional.length !== simplified.length || expected.length !== simplified.length) {
      throw new Error('conversion changed the length of a generated report: its planted spans would move');
    }
    raw = withArtifacts(r, traditional, pinyin);
  }
  return { ...encode(raw, encoding), expected };
}

function withArtifacts(r: Rng, text: string, pinyin: ReadonlyMap<string, string>): string {
  const lostIndents = r() < 0.5;
  let out = '';
  for (const c of text) {
    out += c;
    const py = pinyin.get(c);
    if (py && r() < PINYIN_SHARE) out += `(${py})`;
  }
  return lostIndents ? out.replace(/^\u3000\u3000/gm, '??') : out;
}

function encode(text: string, encoding: Encoding): { bytes: Buffer; encoding: Encoding } {
  if (encoding === 'gbk') {
    const bytes = iconv.encode(text, 'gbk');
    if (iconv.decode(bytes, 'gbk') === text) return { bytes, encoding };
    encoding = 'utf-8';
  }
  const utf8 = Buffer.from(text, 'utf8');
  return { bytes: encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8, encoding };
}
