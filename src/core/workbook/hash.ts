/**
 * A fast 53-bit string hash (cyrb53, public domain), in plain JavaScript: a hash made with
 * Utilities.computeDigest would cost a service call each time. Used for rating versions and
 * person ids, where it must be stable and well spread, not secret.
 */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(36).padStart(11, '0');
}

/** A new person id ("p-" and 8 characters) not in `taken`; the same inputs give the same id. */
export function newPersonId(name: string, email: string, taken: ReadonlySet<string>): string {
  for (let n = 0; ; n += 1) {
    const id = `p-${hashText(`${name.trim().toLowerCase()}|${email.trim().toLowerCase()}|${n}`).slice(-8)}`;
    if (!taken.has(id)) return id;
  }
}
