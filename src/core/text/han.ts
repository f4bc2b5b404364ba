/** Han ideographs: the unified blocks, their extensions (BMP and astral), compatibility ideographs and 〇. */
export function isHan(cp: number): boolean {
  if (cp < 0x3007) return false;
  if (cp <= 0x9fff) return cp >= 0x4e00 || (cp >= 0x3400 && cp <= 0x4dbf) || cp === 0x3007;
  if (cp >= 0xf900 && cp <= 0xfaff) return true;
  if (cp >= 0x20000 && cp <= 0x323af) return true; // Ext B–H, compatibility supplement
  return false;
}

/** The code point that ends just before `index`, or -1 at the start. Lone surrogates come back as themselves. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
