// The plan's records as zod schemas: the one source of truth for their TypeScript types.
import { z } from "zod";

/** Every direction word the plan uses, longest-first matters only to the query parser. */
export const DIRECTION_WORDS = ["新規", "継続", "拡充", "臨時拡充", "縮小", "完了", "新規完了"] as const;
export const Direction = z.enum(DIRECTION_WORDS);
export type Direction = z.infer<typeof Direction>;

/** A fiscal year as the plan writes it: R3 = 令和3年度. */
export const YearKey = z.string().regex(/^R[1-9]\d?$/, "a Reiwa year such as R3");
export type YearKey = `R${number}`;

export const PolicyCode = z.string().regex(/^\d+-\d+$/);
export const InitiativeCode = z.string().regex(/^\d+-\d+-\d+$/);

export const Initiative = z.object({
  code: InitiativeCode,
  title: z.string().min(1),
});
export type Initiative = z.infer<typeof Initiative>;

export const Policy = z.object({
  code: PolicyCode,
  title: z.string().min(1),
  sdgs: z.string().min(1).nullable(),
  direction: z.string(),
  initiatives: z.array(Initiative),
});
export type Policy = z.infer<typeof Policy>;

export const Source = z.object({ file: z.string().min(1), line: z.number().int().positive() });
export type Source = z.infer<typeof Source>;

export const Project = z.object({
  policy: PolicyCode,
  no: z.number().int().positive(),
  initiative: InitiativeCode,
  name: z.string().min(1),
  department: z.string().min(1),
  purpose: z.string(),
  content: z.string(),
  directions: z.record(YearKey, Direction),
  source: Source,
});
export type Project = z.infer<typeof Project>;

export const Plan = z.object({
  chapter: z.string(),
  policies: z.array(Policy),
  projects: z.array(Project),
});
export type Plan = z.infer<typeof Plan>;

/** `7-2#17`: how the evaluation and the answer refer to one project. */
export function projectKey(project: Pick<Project, "policy" | "no">): string {
  return `${project.policy}#${project.no}`;
}

/** The fiscal years a record set covers, in order (R3 … R7 for the seed). */
export function yearsOf(projects: readonly Project[]): YearKey[] {
  const years = new Set<number>();
  for (const project of projects)
    for (const key of Object.keys(project.directions)) years.add(Number(key.slice(1)));
  return [...years].sort((a, b) => a - b).map((n) => `R${n}` as YearKey);
}
