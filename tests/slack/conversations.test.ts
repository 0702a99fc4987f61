import { describe, expect, it } from "vitest";
import {
  createConversations,
  DM_MEMORY_MS,
  REMEMBERED_CONVERSATIONS,
  THREAD_MEMORY_MS,
} from "../../src/slack/conversations.js";

const at = (ms: number) => () => new Date(Date.UTC(2023, 5, 1) + ms);

describe("the last question asked in each thread and DM", () => {
  it("is kept apart for each thread and each DM", () => {
    let now = 0;
    const c = createConversations(() => at(now)());
    c.remember({ channel: "C1", thread: "1.1" }, "マイナンバーカードの担当課は？");
    c.remember({ dm: "D1" }, "人事課の事業");
    expect(c.previous({ channel: "C1", thread: "1.1" })).toBe("マイナンバーカードの担当課は？");
    expect(c.previous({ channel: "C1", thread: "2.2" })).toBeUndefined();
    expect(c.previous({ channel: "C2", thread: "1.1" })).toBeUndefined();
    expect(c.previous({ dm: "D1" })).toBe("人事課の事業");
    now = 1;
    c.remember({ dm: "D1" }, "7-4-2");
    expect(c.previous({ dm: "D1" })).toBe("7-4-2");
  });

  it("is forgotten in a DM after half an hour, and in a thread after a day", () => {
    let now = 0;
    const c = createConversations(() => at(now)());
    c.remember({ dm: "D1" }, "人事課の事業");
    c.remember({ channel: "C1", thread: "1.1" }, "7-4-2");
    now = DM_MEMORY_MS;
    expect(c.previous({ dm: "D1" })).toBe("人事課の事業");
    now = DM_MEMORY_MS + 1;
    expect(c.previous({ dm: "D1" })).toBeUndefined();
    expect(c.previous({ channel: "C1", thread: "1.1" })).toBe("7-4-2");
    now = THREAD_MEMORY_MS + 1;
    expect(c.previous({ channel: "C1", thread: "1.1" })).toBeUndefined();
  });

  it("keeps a bounded number of conversations, forgetting those quiet longest", () => {
    const c = createConversations(at(0));
    c.remember({ dm: "D-first" }, "7-1");
    c.remember({ dm: "D-busy" }, "7-2");
    for (let i = 0; i < REMEMBERED_CONVERSATIONS - 2; i++) c.remember({ dm: `D${i}` }, "7-3");
    c.remember({ dm: "D-busy" }, "7-2 again");
    c.remember({ dm: "D-new" }, "7-4");
    c.remember({ dm: "D-last" }, "7-4");
    expect(c.previous({ dm: "D-first" })).toBeUndefined();
    expect(c.previous({ dm: "D0" })).toBeUndefined();
    expect(c.previous({ dm: "D-busy" })).toBe("7-2 again");
    expect(c.previous({ dm: "D-last" })).toBe("7-4");
  });
});
