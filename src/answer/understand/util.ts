// Small helpers the question readers share: a per-catalog memo, regex escaping, cutting matches out.
import type { Catalog } from "../catalog.js";

/** A value built from a catalog once, at its first question, not at every question (a pattern, a map). */
export function perCatalog<T>(build: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const built = new WeakMap<Catalog, T>();
  return (catalog) => {
    if (!built.has(catalog)) built.set(catalog, build(catalog));
    return built.get(catalog) as T;
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces every match with a space, handing its groups ([whole, $1, $2, …]) to `onMatch`. */
export function cut(text: string, pattern: RegExp, onMatch: (m: string[]) => void): string {
  return text.replace(pattern, (...args: unknown[]) => {
    onMatch(args.slice(0, -2) as string[]);
    return " ";
  });
}
