// What staff asked and did not find: the report the people who keep dict/ read to know what to add next.
// Pure: recorded questions in, a summary out (JSON for scripts, Japanese text for people and Slack).
import type { Catalog } from "../answer/catalog.js";
import { normalizeWidth } from "../search/normalize.js";
import type { Outcome, QuestionWithVotes } from "../store/store.js";

export interface Report {
  since: string;
  questions: number;
  outcomes: Record<Outcome, number>;
  unanswered: { question: string; count: number }[];
  disliked: { question: string; count: number; projects: string[] }[];
  projects: { policy: string; no: number; name: string; count: number }[];
}

/** `30d`, `12h`, `2w`: how far back a report looks, in milliseconds. */
export function parseSince(text: string): number | null {
  const m = /^(\d{1,4})\s*([hdw])$/.exec(text.trim());
  if (!m) return null;
  const unit = { h: 3600_000, d: 86_400_000, w: 7 * 86_400_000 }[m[2] as "h" | "d" | "w"];
  return Number(m[1]) * unit;
}

/** Questions that differ only in width, case or spacing are one question. */
const key = (q: string) => normalizeWidth(q).replace(/\s+/g, " ").trim();

function top<T extends { count: number }>(items: Iterable<T>, limit: number): T[] {
  return [...items].sort((a, b) => b.count - a.count).slice(0, limit);
}

export function buildReport(
  rows: readonly QuestionWithVotes[],
  catalog: Catalog,
  since: Date,
  limit = 10,
): Report {
  const outcomes: Record<Outcome, number> = { exact: 0, strong: 0, partial: 0, none: 0 };
  const unanswered = new Map<string, { question: string; count: number }>();
  const disliked = new Map<string, { question: string; count: number; projects: string[] }>();
  const projects = new Map<string, number>();
  for (const r of rows) {
    outcomes[r.outcome] += 1;
    if (r.outcome === "none") {
      const k = key(r.question);
      const entry = unanswered.get(k) ?? { question: r.question, count: 0 };
      entry.count += 1;
      unanswered.set(k, entry);
    }
    if (r.down > 0) {
      const k = key(r.question);
      const entry = disliked.get(k) ?? { question: r.question, count: 0, projects: r.projects };
      entry.count += r.down;
      disliked.set(k, entry);
    }
    const first = r.projects[0];
    if (first) projects.set(first, (projects.get(first) ?? 0) + 1);
  }
  const byKey = new Map(catalog.plan.projects.map((p) => [`${p.policy}#${p.no}`, p]));
  return {
    since: since.toISOString(),
    questions: rows.length,
    outcomes,
    unanswered: top(unanswered.values(), limit),
    disliked: top(disliked.values(), limit),
    projects: top(
      [...projects].flatMap(([k, count]) => {
        const p = byKey.get(k);
        return p ? [{ policy: p.policy, no: p.no, name: p.name, count }] : [];
      }),
      limit,
    ),
  };
}

const share = (n: number, total: number) => (total === 0 ? "0%" : `${Math.round((n / total) * 100)}%`);

export function reportText(r: Report): string {
  const lines = [
    `質問の記録（${r.since.slice(0, 10)} 以降）: ${r.questions}件`,
    `  該当なし ${r.outcomes.none}件（${share(r.outcomes.none, r.questions)}）・関連のみ ${r.outcomes.partial}件（${share(r.outcomes.partial, r.questions)}）・該当 ${r.outcomes.strong}件・完全一致 ${r.outcomes.exact}件`,
  ];
  lines.push("", "見つからなかった質問（多い順）:");
  lines.push(
    ...(r.unanswered.length ? r.unanswered.map((u) => `  ${u.count}回  ${u.question}`) : ["  なし"]),
  );
  lines.push("", "「違う」が多かった質問:");
  lines.push(
    ...(r.disliked.length
      ? r.disliked.map(
          (d) =>
            `  ${d.count}票  ${d.question}（示した事業: ${d.projects.slice(0, 3).join(", ") || "なし"}）`,
        )
      : ["  なし"]),
  );
  lines.push("", "よく尋ねられた事業:");
  lines.push(
    ...(r.projects.length
      ? r.projects.map((p) => `  ${p.count}回  ${p.name}（${p.policy} No.${p.no}）`)
      : ["  なし"]),
  );
  return lines.join("\n");
}
