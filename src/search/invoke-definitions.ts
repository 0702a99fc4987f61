// kuromoji's unknown-word character classes (unk_invoke.dat): per class a byte (always invoke), a byte
// (grouping), an int32 (max length) and a NUL-terminated name. kuromoji reads classes until the buffer ends,
// and its inflated file is zero-padded to 1 MiB, so a stock build also makes ~150,000 empty classes from the
// padding (~25 ms and a young generation full of objects that survive). No character maps to them: every
// class a character can have is named, and a name is never empty.

/** The definitions without the padding: up to the last name's terminator. */
export function withoutPadding(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  // The last non-zero byte ends the last name; its terminator is the byte after it.
  return end === 0 ? bytes : bytes.subarray(0, Math.min(end + 1, bytes.length));
}
