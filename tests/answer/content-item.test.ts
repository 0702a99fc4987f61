import { describe, expect, it } from "vitest";
import { contentItem, itemAsked } from "../../src/answer/content-item.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const engine = createEngine(plan, {
  cacheDir: TEST_CACHE_DIR,
  clock: () => new Date("2026-11-25T09:00:00+09:00"),
});
const hozen = plan.projects.find((p) => p.name === "公共施設保全事業");

// One numbered item of a project's 内容, asked after it (probe 254: 「②は？」 had been searched, 該当 0件).
describe("a numbered item of the project in view", () => {
  it.each([
    ["②は？", 2],
    ["①だけでいいです", 1],
    ["③って何？", 3],
    ["その②の内容は？", 2],
    ["内容の③を教えてください", 3],
    // Named by a word of it and asked about (probe 283).
    ["④の説明会は誰向けなの？", 4],
    ["③の館内Wi-Fiは誰が使えるの？", 3],
    ["②のルーターの貸出は何年間？", 2],
  ])("reads %s as item %i", (q, n) => {
    expect(itemAsked(q)).toBe(n);
  });

  it.each([["②の事業は？"], ["7-2の②"], ["2番目は？"], ["①と②の違いは？"], ["②の事業はどれ？"]])(
    "reads no item in %s",
    (q) => {
      expect(itemAsked(q)).toBeNull();
    },
  );

  it("takes the item's text up to the next number, its mark off", () => {
    expect(hozen).toBeDefined();
    const content = hozen?.content ?? "";
    const second = content.slice(content.indexOf("②") + 1, content.indexOf("③")).trim();
    expect(second.length).toBeGreaterThan(0);
    expect(hozen && contentItem(hozen, 2)).toBe(second);
    expect(hozen && contentItem(hozen, 9)).toBeNull();
  });

  it("answers 「②は？」 after a project's 内容 with that item first, the project kept", async () => {
    const first = await engine.ask("公共施設保全事業の内容を教えて");
    const a = await engine.ask("②は？", { previous: goesOnFrom(first) });
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(hozen ? [projectKey(hozen)] : []);
    expect(a.notes[0]).toBe(`公共施設保全事業の内容②: ${hozen && contentItem(hozen, 2)}`);
  });

  it("says the item is not there when the 内容 has none", async () => {
    const first = await engine.ask("公共施設保全事業の内容を教えて");
    const a = await engine.ask("⑨は？", { previous: goesOnFrom(first) });
    expect(a.notes[0]).toBe("公共施設保全事業の内容に⑨はありません。");
  });
});
