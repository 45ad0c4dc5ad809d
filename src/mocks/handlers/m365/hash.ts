/** FNV-1a with a murmur3 finaliser: browser-safe, synchronous, random-looking enough for a mock. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `words` × 8 hex digits derived from `text`. */
export function hashHex(text: string, words: number): string {
  return Array.from({ length: words }, (_, i) =>
    hash32(text, i + 1)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
}

/** A stable GUID-shaped value for `text` (e.g. a page's setId). */
export function hashGuid(text: string): string {
  const hex = hashHex(text, 4);
  const part = (from: number, to: number): string => hex.slice(from, to);
  return `${part(0, 8)}-${part(8, 12)}-4${part(13, 16)}-a${part(17, 20)}-${part(20, 32)}`;
}
