// kuromoji's unknown-word model without the padding of its files. kuromoji's inflated files are zero-padded
// (unk_invoke.dat and unk_map.dat to 1 MiB, for ~150 and ~250 bytes of data), and its readers read on to the
// buffer's end: the padding became ~150,000 empty character classes and ~130,000 empty map entries at every
// start (~30 ms, and a young generation full of objects that survive). Both files say where they end, so
// kuromoji is handed exactly their data.

/**
 * unk_invoke.dat: per character class a byte (always invoke), a byte (grouping), an int32 (max length) and a
 * NUL-terminated name. Every class has a name: the first empty one is padding.
 */
export function classesWithoutPadding(bytes: Uint8Array): Uint8Array {
  let at = 0;
  while (at + 1 < bytes.length) {
    const nameStart = at + 6;
    if (nameStart >= bytes.length || bytes[nameStart] === 0) break;
    const end = bytes.indexOf(0, nameStart);
    if (end < 0) return bytes;
    at = end + 1;
  }
  return bytes.subarray(0, Math.min(at, bytes.length));
}

/** unk_map.dat: int32 count of classes, then per class: int32 class id, int32 n, n × int32 entry ids. */
export function targetMapWithoutPadding(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) return bytes;
  const count = view.getInt32(0, true);
  let at = 4;
  for (let key = 0; key < count; key++) {
    if (at + 8 > bytes.length) return bytes;
    const n = view.getInt32(at + 4, true);
    if (n < 0) return bytes;
    at += 8 + 4 * n;
  }
  return at > bytes.length ? bytes : bytes.subarray(0, at);
}
