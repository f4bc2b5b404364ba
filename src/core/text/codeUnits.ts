/*
 * Strings built from code units in a typed buffer: cleaning and conversion copy the text into one
 * buffer, edit it there and read it back once, instead of gathering millions of small strings.
 * Code units are copied verbatim, so lone surrogates survive (TextDecoder would replace them).
 */

/*
 * Node's UTF-16LE codec copies code units verbatim (lone surrogates included) in native code, 10–20×
 * faster than String.fromCharCode over chunks. It reads the typed array's memory as little-endian, so it
 * is used only where Uint16Array is little-endian too; elsewhere (or without Buffer) the portable loop runs.
 */
const nativeUtf16 = typeof Buffer === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of `buf[0, length)`. */
export function decodeUnits(buf: Uint16Array, length: number): string {
  if (nativeUtf16) return Buffer.from(buf.buffer, buf.byteOffset, length * 2).toString('utf16le');
  return decodeUnitsPortable(buf, length);
}

/** A buffer of at least `capacity` (≥ s.length) code units whose first `s.length` are those of `s`. */
export function encodeUnits(s: string, capacity = s.length): Uint16Array {
  const buf = new Uint16Array(Math.max(capacity, s.length));
  if (nativeUtf16) Buffer.from(buf.buffer, buf.byteOffset, s.length * 2).write(s, 'utf16le');
  else encodeUnitsPortable(s, buf);
  return buf;
}

/** @internal The fallbacks, exported so that tests hold them to the native path. */
export function decodeUnitsPortable(buf: Uint16Array, length: number): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let k = 0; k < length; k += CHUNK) {
    const part = buf.subarray(k, Math.min(length, k + CHUNK));
    parts.push(String.fromCharCode.apply(null, part as unknown as number[]));
  }
  return parts.join('');
}

/** @internal */
export function encodeUnitsPortable(s: string, buf: Uint16Array): void {
  for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i);
}
