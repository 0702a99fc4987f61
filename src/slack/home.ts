// The bot's Home tab, pure: the chapter, its policies with how many projects each, this fiscal year's finishing
// and starting projects (or the plan period when today is outside it), how to ask, and where the digest goes.
import type { types } from "@slack/bolt";
import { EXAMPLE_QUESTIONS } from "../answer/answer.js";
import type { Catalog } from "../answer/catalog.js";
import { projectCode } from "../answer/render-text.js";
import type { Digest } from "../digest/compose.js";
import { outsidePlanSentence } from "../digest/compose.js";
import { reiwaLabel } from "../plan/fiscal.js";
import { escapeText } from "./escape.js";

type HomeView = types.HomeView;
type KnownBlock = types.KnownBlock;

const section = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: text.slice(0, 3000) },
});

export function homeView(catalog: Catalog, today: Digest, digestChannels: readonly string[]): HomeView {
  const { plan } = catalog;
  const policies = plan.policies.map((p) => {
    const count = plan.projects.filter((x) => x.policy === p.code).length;
    return `• *${escapeText(p.code)}* ${escapeText(p.title)}（${count}件）`;
  });
  const label = reiwaLabel(today.fiscalYear);
  const list = (ps: Digest["finishing"]) =>
    ps.map((p) => `• ${escapeText(p.name)}　\`${projectCode(p)}\`　${escapeText(p.department)}`).join("\n");
  const year = today.inPlan
    ? [
        section(
          `*${label}に完了する事業（${today.finishing.length}件）*\n${list(today.finishing) || "なし"}`,
        ),
        section(`*${label}に始まる事業（${today.starting.length}件）*\n${list(today.starting) || "なし"}`),
      ]
    : [section(`*今年度*\n${escapeText(outsidePlanSentence(today))}`)];
  const examples = EXAMPLE_QUESTIONS.slice(0, 3)
    .map((q) => `\`/plan ${escapeText(q)}\``)
    .join("　");
  const channels = digestChannels.length
    ? digestChannels.map((c) => `<#${escapeText(c)}>`).join(" ")
    : "まだありません（`/plan digest on` で購読）";
  return {
    type: "home",
    blocks: [
      { type: "header", text: { type: "plain_text", text: plan.chapter.slice(0, 150) } },
      section(`*施策*（全${plan.projects.length}事業）\n${policies.join("\n")}`),
      { type: "divider" },
      ...year,
      { type: "divider" },
      section(
        `*質問のしかた*\n\`/plan 質問\`（自分だけに回答）、チャンネルで @plan-bot にメンション、またはこのアプリへの DM。\n例: ${examples}`,
      ),
      section(`*ダイジェストの投稿先*\n${channels}`),
    ],
  };
}
