// Plan text → records. The seed is a PDF table flattened to tab-separated lines, so the parser is a small
// grammar over rows: each cell is lexed into a token (label, code, number, year, direction, text) and a
// state machine places tokens by the labels it has seen, never by a cell's column.
import { SeedParseError } from "../errors.js";
import {
  DIRECTION_WORDS,
  type Direction,
  type Initiative,
  type Plan,
  Plan as PlanSchema,
  type Policy,
  type Project,
  type YearKey,
} from "./schema.js";

const LABELS = [
  "施策",
  "対応するSDGs",
  "施策の方向性",
  "取組",
  "事業名",
  "目的",
  "内容",
  "担当課",
  "方向性",
] as const;
type Label = (typeof LABELS)[number];

type Token =
  | { kind: "label"; value: Label }
  | { kind: "num"; value: number }
  | { kind: "code"; value: string }
  | { kind: "year"; value: YearKey }
  | { kind: "dir"; value: Direction }
  | { kind: "text"; value: string };

interface Row {
  line: number;
  tokens: Token[];
}

const SECTION_HEADING = /^\d+\s*(施策の概要|新規・拡充事業等)$/;
const DASHES = /[‐‑‒–—―−－ｰー]/g;

/** Normalises a cell for classification only: full-width digits and dashes become ASCII. Text keeps its form. */
function classifiable(cell: string): string {
  return cell.normalize("NFKC").replace(DASHES, "-").trim();
}

function lexAtom(cell: string): Token {
  const n = classifiable(cell);
  if ((LABELS as readonly string[]).includes(n)) return { kind: "label", value: n as Label };
  if (/^\d+$/.test(n)) return { kind: "num", value: Number(n) };
  if (/^R\d{1,2}$/.test(n)) return { kind: "year", value: n as YearKey };
  if ((DIRECTION_WORDS as readonly string[]).includes(n)) return { kind: "dir", value: n as Direction };
  if (/^\d+(-\d+){1,2}$/.test(n)) return { kind: "code", value: n };
  return { kind: "text", value: cell };
}

const isDirectionPart = (t: Token): boolean =>
  t.kind === "year" || t.kind === "dir" || (t.kind === "label" && t.value === "方向性");

/** One cell may hold several tokens: `7-1-3 魅力発掘・創造事業`, `財産活用課 方向性`, `方向性 R3 継続 R4 継続`. */
function lexCell(cell: string): Token[] {
  const atom = lexAtom(cell);
  if (atom.kind !== "text") return [atom];
  const codeAndName = /^(\S+)\s+(\S.*)$/.exec(cell);
  if (codeAndName?.[1] && codeAndName[2] && /^\d+-\d+-\d+$/.test(classifiable(codeAndName[1]))) {
    return [
      { kind: "code", value: classifiable(codeAndName[1]) },
      { kind: "text", value: codeAndName[2] },
    ];
  }
  const parts = cell.split(/\s+/).filter((p) => p.length > 0);
  if (parts.length > 1) {
    const lexed = parts.map(lexAtom);
    const head = lexed[0] && isDirectionPart(lexed[0]) ? 0 : 1;
    const rest = lexed.slice(head);
    const first = rest[0];
    if (first && (first.kind === "year" || first.kind === "label") && rest.every(isDirectionPart)) {
      return head === 0 ? rest : [{ kind: "text", value: parts[0] as string }, ...rest];
    }
  }
  return [atom];
}

function lex(text: string): { rows: Row[]; headings: Map<number, string> } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const rows: Row[] = [];
  const headings = new Map<number, string>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    const cells = raw
      .split("\t")
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    if (cells.length === 0) return;
    if (cells.length === 1 && SECTION_HEADING.test(classifiable(cells[0] as string))) {
      headings.set(line, classifiable(cells[0] as string));
    }
    rows.push({ line, tokens: cells.flatMap(lexCell) });
  });
  return { rows, headings };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;

/** Joins text the PDF split across cells or lines: no space between two Japanese characters. */
export function joinText(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return CJK.test(a.slice(-1)) && CJK.test(b.slice(0, 1)) ? a + b : `${a} ${b}`;
}

/** A short label-like cell naming an organisational unit: 人事課, DX推進チーム, 収納課ほか. */
export function looksLikeDepartment(text: string): boolean {
  return (
    text.length <= 30 &&
    !/[。、①-⑳]/.test(text) &&
    /(課|室|チーム|センター|所|局|部|係|班|館)(ほか|他)?$/.test(text)
  );
}

interface ProjectDraft {
  line: number;
  explicitNo: number[];
  initiative: string | null;
  name: string;
  department: string | null;
  purpose: string | null;
  content: string | null;
  directions: Partial<Record<YearKey, Direction>>;
  lastYear: number;
  field: "name" | "purpose" | "content";
}

interface PolicyDraft {
  line: number;
  policy: Policy;
  field: "title" | "sdgs" | "direction" | "initiative";
  projectCount: number;
}

const codeAndTitle = (tokens: Token[]) => {
  const [code, ...rest] = tokens;
  return { code: code?.kind === "code" ? code.value : null, rest };
};

const isInitiativeOf = (code: string | null, policy: string): code is string =>
  /^\d+-\d+-\d+$/.test(code ?? "") && (code ?? "").startsWith(`${policy}-`);

const textOf = (tokens: readonly Token[]): string =>
  tokens.reduce((acc, t) => joinText(acc, String(t.value)), "");

export interface ParsedSeed {
  plan: Plan;
  /** The line each policy and initiative code is defined on, to name both places of a conflict. */
  codeLines: Map<string, number>;
}

/** Parses one seed file. Throws SeedParseError naming `file` and the line on anything outside the grammar. */
export function parsePlan(text: string, file: string): Plan {
  return parseSeed(text, file).plan;
}

export function parseSeed(text: string, file: string): ParsedSeed {
  const codeLines = new Map<string, number>();
  const { rows, headings } = lex(text);
  let chapter: string | null = null;
  let section: "none" | "overview" | "projects" = "none";
  const policies: PolicyDraft[] = [];
  const projects: Project[] = [];
  let policy: PolicyDraft | null = null;
  let project: ProjectDraft | null = null;

  const fail = (line: number, expected: string, found?: Token | string): never => {
    throw new SeedParseError(file, line, expected, typeof found === "object" ? String(found.value) : found);
  };

  const closeProject = () => {
    if (!project || !policy) return;
    const p = project;
    const owner = policy;
    project = null;
    owner.projectCount += 1;
    const no = owner.projectCount;
    if (!p.initiative) return fail(p.line, "an initiative code such as 7-2-6 after 事業名");
    if (!p.name) return fail(p.line, "a project name after the code");
    if (!p.initiative.startsWith(`${owner.policy.code}-`)) {
      return fail(p.line, `an initiative of policy ${owner.policy.code}`, p.initiative);
    }
    if (!owner.policy.initiatives.some((i) => i.code === p.initiative)) {
      return fail(p.line, `an initiative listed under 取組 of policy ${owner.policy.code}`, p.initiative);
    }
    if (p.department === null) return fail(p.line, `a 担当課 (responsible department) for 「${p.name}」`);
    if (p.purpose === null) return fail(p.line, `a 目的 row for 「${p.name}」`);
    if (p.content === null) return fail(p.line, `a 内容 row for 「${p.name}」`);
    const wrongNo = p.explicitNo.find((n) => n !== no);
    if (wrongNo !== undefined) {
      return fail(
        p.line,
        `project number ${no} (its position in policy ${owner.policy.code})`,
        String(wrongNo),
      );
    }
    projects.push({
      policy: owner.policy.code,
      no,
      initiative: p.initiative,
      name: p.name,
      department: p.department,
      purpose: p.purpose,
      content: p.content,
      directions: p.directions as Record<YearKey, Direction>,
      source: { file, line: p.line },
    });
  };

  const appendToProject = (p: ProjectDraft, value: string) => {
    if (p.field === "name") p.name = joinText(p.name, value);
    else p[p.field] = joinText(p[p.field] ?? "", value);
  };

  /** Tokens after a row's label and main text: department, 方向性, year/direction pairs, continuations. */
  const tail = (p: ProjectDraft, line: number, tokens: Token[]) => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      switch (t.kind) {
        case "label":
          if (t.value === "方向性" || t.value === "担当課") break;
          return fail(line, "方向性, a year or the department", t);
        case "year": {
          const year = Number(t.value.slice(1));
          if (year <= p.lastYear) {
            return fail(line, `a year after R${p.lastYear} (years in order, each once)`, t.value);
          }
          p.lastYear = year;
          const next = tokens[i + 1];
          if (next?.kind === "dir") {
            p.directions[t.value] = next.value;
            i++;
          } else if (next?.kind === "text" && !looksLikeDepartment(next.value)) {
            return fail(line, `a direction for ${t.value} (one of ${DIRECTION_WORDS.join(" ")})`, next);
          }
          break;
        }
        case "dir":
          return fail(line, "a year (R3 …) before the direction", t);
        case "text":
          if (looksLikeDepartment(t.value)) {
            if (p.department !== null) return fail(line, "one 担当課 per project", t);
            p.department = t.value;
          } else appendToProject(p, t.value);
          break;
        case "num":
        case "code":
          return fail(line, "方向性, a year or the department", t);
      }
    }
  };

  for (const row of rows) {
    const heading = headings.get(row.line);
    if (heading !== undefined) {
      closeProject();
      section = heading.endsWith("施策の概要") ? "overview" : "projects";
      continue;
    }
    if (section === "none") {
      const only = row.tokens[0];
      if (chapter === null && row.tokens.length === 1 && only?.kind === "text") {
        chapter = only.value;
        continue;
      }
      fail(row.line, "the chapter heading or 「1 施策の概要」", row.tokens[0]);
    }
    let tokens = row.tokens;
    const leadingNo = tokens[0]?.kind === "num" ? tokens[0].value : null;
    if (leadingNo !== null) tokens = tokens.slice(1);
    const first = tokens[0];
    if (!first) {
      fail(row.line, "more than a number on the row", String(leadingNo));
      continue;
    }

    if (section === "overview") {
      if (first.kind === "label" && first.value === "施策") {
        closeProject();
        const { code, rest } = codeAndTitle(tokens.slice(1));
        if (!code || !/^\d+-\d+$/.test(code))
          fail(row.line, "a policy code such as 7-1 after 施策", tokens[1]);
        const title = textOf(rest);
        if (!title) fail(row.line, "the policy's title after its code");
        if (policies.some((d) => d.policy.code === code))
          fail(row.line, "a policy code not used before", code ?? "");
        policy = {
          line: row.line,
          policy: { code: code as string, title, sdgs: null, direction: "", initiatives: [] },
          field: "title",
          projectCount: 0,
        };
        policies.push(policy);
        codeLines.set(code as string, row.line);
        continue;
      }
      if (!policy) {
        fail(row.line, "a 施策 row opening the policy", first);
        continue;
      }
      const current: PolicyDraft = policy;
      if (first.kind === "label" && first.value === "対応するSDGs") {
        // The SDGs cell is wrapped text (`17 パートナーシップで 目標を達成しよう`): rejoin its pieces.
        const text = tokens
          .slice(1)
          .flatMap((t) => String(t.value).split(/\s+/))
          .reduce(joinText, "");
        current.policy.sdgs = text.length > 0 ? text : null;
        current.field = "sdgs";
      } else if (first.kind === "label" && first.value === "施策の方向性") {
        current.policy.direction = textOf(tokens.slice(1));
        current.field = "direction";
      } else if ((first.kind === "label" && first.value === "取組") || first.kind === "code") {
        const { code, rest } = codeAndTitle(first.kind === "code" ? tokens : tokens.slice(1));
        if (!isInitiativeOf(code, current.policy.code)) {
          fail(row.line, `an initiative code under ${current.policy.code}`, code ?? tokens[1]);
        }
        const title = textOf(rest);
        if (!title) fail(row.line, "the initiative's title after its code");
        if (current.policy.initiatives.some((i) => i.code === code))
          fail(row.line, "a new initiative code", code ?? "");
        current.policy.initiatives.push({ code: code as string, title } satisfies Initiative);
        codeLines.set(code as string, row.line);
        current.field = "initiative";
      } else if (tokens.every((t) => t.kind === "text")) {
        const text = textOf(tokens);
        const last = current.policy.initiatives.at(-1);
        if (current.field === "initiative" && last) last.title = joinText(last.title, text);
        else if (current.field === "sdgs") current.policy.sdgs = joinText(current.policy.sdgs ?? "", text);
        else if (current.field === "direction")
          current.policy.direction = joinText(current.policy.direction, text);
        else current.policy.title = joinText(current.policy.title, text);
      } else {
        fail(row.line, "施策, 対応するSDGs, 施策の方向性 or 取組", first);
      }
      continue;
    }

    // section === "projects"
    if (!policy) {
      fail(row.line, "「1 施策の概要」 before the projects");
      continue;
    }
    if (first.kind === "label" && first.value === "事業名") {
      closeProject();
      const { code, rest } = codeAndTitle(tokens.slice(1));
      if (!code || !/^\d+-\d+-\d+$/.test(code))
        fail(row.line, "an initiative code such as 7-2-6 after 事業名", tokens[1]);
      const nameEnd = rest.findIndex((t) => t.kind !== "text");
      const nameTokens = nameEnd === -1 ? rest : rest.slice(0, nameEnd);
      const draft: ProjectDraft = {
        line: row.line,
        explicitNo: leadingNo === null ? [] : [leadingNo],
        initiative: code,
        name: textOf(nameTokens),
        department: null,
        purpose: null,
        content: null,
        directions: {},
        lastYear: 0,
        field: "name",
      };
      project = draft;
      tail(draft, row.line, nameEnd === -1 ? [] : rest.slice(nameEnd));
      continue;
    }
    if (!project) {
      fail(row.line, "a 事業名 row opening a project", first);
      continue;
    }
    const current: ProjectDraft = project;
    if (leadingNo !== null) current.explicitNo.push(leadingNo);
    if (first.kind === "label" && (first.value === "目的" || first.value === "内容")) {
      const field = first.value === "目的" ? "purpose" : "content";
      if (current[field] !== null) fail(row.line, `one ${first.value} row per project`, first);
      const body = tokens[1];
      current[field] = body?.kind === "text" ? body.value : "";
      current.field = field;
      tail(current, row.line, tokens.slice(body?.kind === "text" ? 2 : 1));
    } else {
      tail(current, row.line, tokens);
    }
  }
  closeProject();
  if (chapter === null) throw new SeedParseError(file, 1, "the chapter heading");
  if (policies.length === 0) throw new SeedParseError(file, rows.at(-1)?.line ?? 1, "at least one 施策");
  const checked = PlanSchema.safeParse({ chapter, policies: policies.map((d) => d.policy), projects });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new SeedParseError(
      file,
      1,
      `a record matching the plan schema (${issue?.path.join(".")}: ${issue?.message})`,
    );
  }
  return { plan: checked.data, codeLines };
}
