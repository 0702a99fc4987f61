// kuromoji's dictionary, decompressed once and kept on disk. kuromoji ships it as 12 gzip files (~17 MB) and
// inflates ~100 MB at every start (~250 ms of CPU here, with a copy of every buffer on top). This cache keeps
// the inflated bytes, without the zero padding at the end of most files, in a folder named by a hash of
// kuromoji's version and the dictionary files it came from; a start reads them straight into buffers of
// the original size, byte for byte what kuromoji would have inflated. Any I/O failure means no cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, statfs, utimes, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { z } from "zod";

const PREFIX = "kuromoji-dict-";
const MANIFEST = "manifest.json";
/** The cache is not written when it would leave less free space than this (the SQLite store lives nearby). */
const SPARE_BYTES = 512 * 2 ** 20;
/** A folder left half-written by a process that died is removed after this long, */
const ABANDONED_MS = 3600_000;
/** another dictionary's (another kuromoji, another install sharing PLAN_CACHE_DIR) once unused this long. */
const UNUSED_MS = 7 * 24 * 3600_000;
const DAY_MS = 24 * 3600_000;

const ManifestSchema = z.object({
  files: z.record(
    z.string(),
    z.object({ size: z.number().int().nonnegative(), stored: z.number().int().nonnegative() }),
  ),
});
type Manifest = z.infer<typeof ManifestSchema>;

export interface DictionaryCache {
  /** The inflated files, when a complete cache for this dictionary is on disk. */
  files: ((name: string) => Promise<ArrayBuffer>) | null;
  /** Writes the inflated files (every one of the dictionary's) for the next start. Never throws. */
  save(files: ReadonlyMap<string, ArrayBuffer>): Promise<void>;
  /** After a start from the cache: marks it as in use and removes what is abandoned. Never throws. */
  tidy(): Promise<void>;
}

export function dictionaryFolder(dicPath: string, cacheDir: string): string {
  const hash = createHash("sha256");
  const require = createRequire(import.meta.url);
  hash.update(String((require("kuromoji/package.json") as { version: string }).version));
  hash.update(resolve(dicPath));
  for (const name of gzipNames(dicPath)) {
    const { size, mtimeMs } = statSync(join(dicPath, name));
    hash.update(`\0${name}\0${size}\0${mtimeMs}`);
  }
  return join(cacheDir, `${PREFIX}${hash.digest("hex").slice(0, 24)}`);
}

function gzipNames(dicPath: string): string[] {
  return readdirSync(dicPath)
    .filter((name) => name.endsWith(".gz"))
    .sort();
}

export function openDictionaryCache(
  dicPath: string,
  cacheDir: string,
  spareBytes: number = SPARE_BYTES,
): DictionaryCache {
  let folder: string;
  try {
    folder = dictionaryFolder(dicPath, cacheDir);
  } catch {
    return { files: null, save: async () => {}, tidy: async () => {} };
  }
  const manifest = completeManifest(dicPath, folder);
  return {
    files: manifest ? (name) => readInflated(folder, name, manifest) : null,
    save: (files) => save(folder, cacheDir, files, spareBytes),
    tidy: async () => {
      try {
        // Marked at most once a day: a folder's time says when it was last used.
        if (Date.now() - (await stat(folder)).mtimeMs > DAY_MS) await utimes(folder, new Date(), new Date());
      } catch {
        // A read-only cache folder: it is used, just never marked.
      }
      await removeOthers(folder, cacheDir);
    },
  };
}

/** The manifest, if it names every dictionary file and every stored file has the length it records. */
function completeManifest(dicPath: string, folder: string): Manifest | null {
  try {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), "utf8")));
    for (const name of gzipNames(dicPath)) {
      const entry = manifest.files[name];
      if (!entry || entry.stored > entry.size) return null;
      if (statSync(join(folder, `${name}.raw`)).size !== entry.stored) return null;
    }
    return manifest;
  } catch {
    return null;
  }
}

async function readInflated(folder: string, name: string, manifest: Manifest): Promise<ArrayBuffer> {
  const entry = manifest.files[name];
  if (!entry) throw new Error(`${name} is not in the dictionary cache`);
  // The original size, zero-filled; the stored bytes are read into its start.
  const buffer = new ArrayBuffer(entry.size);
  const handle = await open(join(folder, `${name}.raw`), "r");
  try {
    let read = 0;
    while (read < entry.stored) {
      const { bytesRead } = await handle.read(new Uint8Array(buffer, read, entry.stored - read), 0);
      if (bytesRead === 0) throw new Error(`${name} in the dictionary cache is shorter than recorded`);
      read += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return buffer;
}

/** The length without the zero bytes at the end. */
function storedLength(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

async function save(
  folder: string,
  cacheDir: string,
  files: ReadonlyMap<string, ArrayBuffer>,
  spareBytes: number,
): Promise<void> {
  const temp = `${folder}.tmp-${process.pid}-${Date.now()}`;
  try {
    const manifest: Manifest = { files: {} };
    let total = 0;
    for (const [name, buffer] of files) {
      const bytes = new Uint8Array(buffer);
      manifest.files[name] = { size: bytes.length, stored: storedLength(bytes) };
      total += manifest.files[name].stored;
    }
    await mkdir(temp, { recursive: true });
    const { bavail, bsize } = await statfs(temp);
    if (bavail * bsize < total + spareBytes)
      throw new Error("not enough free space for the dictionary cache");
    for (const [name, buffer] of files) {
      const stored = manifest.files[name]?.stored ?? 0;
      await writeFile(join(temp, `${name}.raw`), new Uint8Array(buffer, 0, stored));
    }
    await writeFile(join(temp, MANIFEST), JSON.stringify(manifest));
    // The folder appears whole or not at all. One is saved only when the folder failed its check, so a
    // damaged copy is replaced; a reader that loses the race only inflates the dictionary itself.
    await rm(folder, { recursive: true, force: true });
    await rename(temp, folder);
  } catch {
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    return;
  }
  await removeOthers(folder, cacheDir);
}

/** Removes other dictionaries (~64 MB each) unused for a week, and half-written folders an hour old. */
async function removeOthers(folder: string, cacheDir: string): Promise<void> {
  try {
    for (const name of await readdir(cacheDir)) {
      const other = join(cacheDir, name);
      if (!name.startsWith(PREFIX) || other === folder) continue;
      const age = Date.now() - (await stat(other)).mtimeMs;
      if (age > (name.includes(".tmp-") ? ABANDONED_MS : UNUSED_MS))
        await rm(other, { recursive: true, force: true });
    }
  } catch {
    // Nothing to tidy, or a read-only cache folder.
  }
}
