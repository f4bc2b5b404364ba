/** Why a file could not be read as text; the message is shown to the user as one line. */
export class DecodeError extends Error {
  constructor(message: string, readonly reason: 'binary' | 'encoding' | 'too-large') {
    super(message);
  }
}

/**
 * Decodes file bytes as text. UTF-8 (with or without BOM) and UTF-16 with a BOM; a NUL byte in the
 * first 8 KB without a UTF-16 BOM means binary. Invalid UTF-8 is an error rather than a string full of
 * U+FFFD, so nothing downstream analyses garbage silently.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new DecodeError('binary file (contains NUL bytes)', 'binary');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DecodeError('not valid UTF-8 text', 'encoding');
  }
}
