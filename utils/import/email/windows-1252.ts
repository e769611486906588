/**
 * Windows-1252, which browsers use for ISO-8859-1 too. Decoded here rather than
 * by TextDecoder because Node 20's TextDecoder drops the bytes 0x80–0x9F (’, €,
 * “ ” …) that mail from older programs is full of; browsers decode them right.
 */

/** The characters of the bytes 0x80–0x9F; the five unused ones stand for themselves. */
export const c1Characters = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? c1Characters[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
