// Lookups over the plan that structured questions need: codes, departments, fiscal-year span.

import type { Initiative, Plan, Policy, Project, YearKey } from "../plan/schema.js";
import { yearsOf } from "../plan/schema.js";
import { normalizeWidth } from "../search/normalize.js";

export interface Department {
  /** As the plan writes it (収納課ほか). */
  name: string;
  /** Width-normalised forms a question may use for it, longest first: 収納課ほか, 収納課. */
  fullForms: string[];
  /** The name without its unit suffix (人事課 → 人事), accepted only where a question clearly means a unit. */
  stem: string;
  /** The unit suffix: 課, チーム, … (empty when the name has none). */
  suffix: string;
  /** Other names staff use for it (dict/departments.txt: 管財課, 情シス), width-normalised, longest first. */
  aliases: string[];
}

export interface Catalog {
  plan: Plan;
  policies: ReadonlyMap<string, Policy>;
  initiatives: ReadonlyMap<string, Initiative & { policy: Policy }>;
  chapters: ReadonlySet<string>;
  departments: readonly Department[];
  years: readonly YearKey[];
  /** The plan's typos (its spelling → the right one, dict/typos.txt): an answer showing one says so. */
  typos: ReadonlyMap<string, string>;
}

const UNIT_SUFFIX = /(課|室|チーム|係|班|センター)$/;

/**
 * The plan's departments and the forms a question may name them by. `aliases` (other name → the plan's name,
 * from dict/departments.txt) adds the names staff use; an alias of a department the plan lacks is ignored.
 */
export function departmentsOf(
  projects: readonly Project[],
  aliases: ReadonlyMap<string, string> = new Map(),
): Department[] {
  const names = [...new Set(projects.map((p) => p.department))];
  const departments = names.map((name) => {
    const base = name.replace(/(ほか|他)$/, "");
    const suffix = UNIT_SUFFIX.exec(base)?.[0] ?? "";
    const stem = base.slice(0, base.length - suffix.length);
    // A joint unit is also called by each of its parts (人権・男女共生課 → 男女共生課, 人権課), and typed
    // without its middle dot (人権男女共生課).
    const parts =
      stem.includes("・") && suffix
        ? [...stem.split("・").map((part) => `${part}${suffix}`), `${stem.replaceAll("・", "")}${suffix}`]
        : [];
    // Two words of two kanji are shortened to their first kanji each (財産活用 → 財活, 政策企画 → 政企), as 総務企画
    // is 総企: staff's usual abbreviation, with or without the suffix.
    const initials = /^\p{Script=Han}{4}$/u.test(stem)
      ? [`${stem[0]}${stem[2]}`, `${stem[0]}${stem[2]}${suffix}`]
      : [];
    const named = [...aliases]
      .filter(([, official]) => official === name || official === base)
      .map(([alias]) => normalizeWidth(alias));
    return {
      name,
      named,
      forms: [...[name, base, ...parts, ...initials].map(normalizeWidth), ...named],
      stem: normalizeWidth(stem),
      suffix: normalizeWidth(suffix),
    };
  });
  // A part counts only where no other department has that name or part.
  const count = new Map<string, number>();
  for (const d of departments) for (const f of new Set(d.forms)) count.set(f, (count.get(f) ?? 0) + 1);
  return departments
    .map(({ name, named, forms, stem, suffix }) => ({
      name,
      fullForms: [...new Set(forms)].filter((f) => count.get(f) === 1).sort((a, b) => b.length - a.length),
      stem,
      suffix,
      aliases: named.filter((f) => count.get(f) === 1).sort((a, b) => b.length - a.length),
    }))
    .sort((a, b) => (b.fullForms[0]?.length ?? 0) - (a.fullForms[0]?.length ?? 0));
}

/**
 * A project's name as a sentence says it: with its place (7-2 No.3) when another project of the plan has the same
 * name (市税等徴収事務事業, No.2 and No.3), so that 「…、…は令和7年度も計画に載っています」 tells them apart. Filled
 * by buildCatalog, keyed by the project itself.
 */
const SAID_NAMES = new WeakMap<Project, string>();
/** The place a said name ends with when two projects share it: （7-2 No.3）. */
export const SAID_PLACE = /（\d+-\d+ No\.\d+）$/;
export function saidName(project: Project): string {
  return SAID_NAMES.get(project) ?? project.name;
}

export function buildCatalog(
  plan: Plan,
  aliases: ReadonlyMap<string, string> = new Map(),
  typos: ReadonlyMap<string, string> = new Map(),
): Catalog {
  const policies = new Map(plan.policies.map((p) => [p.code, p]));
  const initiatives = new Map(
    plan.policies.flatMap((p) => p.initiatives.map((i) => [i.code, { ...i, policy: p }] as const)),
  );
  const chapters = new Set(plan.policies.map((p) => p.code.split("-")[0] as string));
  const named = new Map<string, number>();
  for (const p of plan.projects) named.set(p.name, (named.get(p.name) ?? 0) + 1);
  for (const p of plan.projects)
    SAID_NAMES.set(p, (named.get(p.name) ?? 0) > 1 ? `${p.name}（${p.policy} No.${p.no}）` : p.name);
  return {
    plan,
    policies,
    initiatives,
    chapters,
    departments: departmentsOf(plan.projects, aliases),
    years: yearsOf(plan.projects),
    typos,
  };
}

/** The project of a policy by its number there (7-2 No.17), if the plan has one. */
export const projectNumbered = (catalog: Catalog, policy: string, no: number): Project | undefined =>
  catalog.plan.projects.find((p) => p.policy === policy && p.no === no);

export function projectsUnder(catalog: Catalog, code: string): Project[] {
  const depth = code.split("-").length;
  return catalog.plan.projects.filter((p) =>
    depth === 1 ? p.policy.split("-")[0] === code : depth === 2 ? p.policy === code : p.initiative === code,
  );
}

/** Codes that exist and lie nearest to an unknown one: same parent first, then by numeric distance. */
export function nearestCodes(catalog: Catalog, code: string, limit = 3): string[] {
  const parts = code.split("-").map(Number);
  const known = [...catalog.chapters, ...catalog.policies.keys(), ...catalog.initiatives.keys()].filter(
    (c) => c.split("-").length === parts.length || c.split("-").length === parts.length - 1,
  );
  const distance = (candidate: string) => {
    const other = candidate.split("-").map(Number);
    let d = 0;
    for (let i = 0; i < parts.length; i++) {
      const weight = 100 ** (parts.length - i);
      d += weight * Math.abs((parts[i] ?? 0) - (other[i] ?? 0));
    }
    return d + (other.length === parts.length ? 0 : 1);
  };
  return known.sort((a, b) => distance(a) - distance(b)).slice(0, limit);
}
