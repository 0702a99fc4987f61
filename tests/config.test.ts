import { describe, expect, it } from "vitest";
import {
  digestRules,
  engineSettings,
  parseConfig,
  proxySettings,
  storeSettings,
  urlSecrets,
} from "../src/config.js";
import { ConfigError } from "../src/errors.js";

const BOT = "xoxb-123-456-abcdef";
const APP = "xapp-1-A1-789-abcdef";
const SECRET = "0123456789abcdef";

/** The ConfigError a setting raises (or null): what an operator reads at start-up. */
function failure(read: () => unknown): ConfigError | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

describe("the mode plan-bot starts in", () => {
  it("is the local console with no Slack settings, blank ones included", () => {
    expect(parseConfig({}).mode).toEqual({ kind: "console" });
    expect(
      parseConfig({ SLACK_BOT_TOKEN: "  ", SLACK_APP_TOKEN: "", SLACK_SIGNING_SECRET: " " }).mode,
    ).toEqual({
      kind: "console",
    });
  });

  it("is Socket Mode with a bot and an app token, which it carries", () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).mode).toEqual({
      kind: "socket",
      botToken: BOT,
      appToken: APP,
    });
  });

  it("is HTTP with a bot token and a signing secret, on PORT or 3000", () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).mode).toEqual({
      kind: "http",
      botToken: BOT,
      signingSecret: SECRET,
      port: 3000,
    });
    expect(
      parseConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "8080" }).mode,
    ).toMatchObject({
      port: 8080,
    });
  });

  it.each([
    [{ SLACK_APP_TOKEN: APP }, "SLACK_BOT_TOKEN"],
    [{ SLACK_SIGNING_SECRET: SECRET }, "SLACK_BOT_TOKEN"],
    [{ SLACK_BOT_TOKEN: BOT }, "SLACK_APP_TOKEN"],
  ])("refuses an incomplete set of Slack settings (%o), naming what is missing", (env, variable) => {
    const error = failure(() => parseConfig(env));
    expect(error?.variable).toBe(variable);
    expect(error?.message).toMatch(/is required/);
  });
});

describe("a wrong setting", () => {
  it.each([
    ["SLACK_BOT_TOKEN", "xoxp-user-token-secret"],
    ["SLACK_APP_TOKEN", "not-an-app-token-secret"],
    ["SLACK_SIGNING_SECRET", "short"],
    ["SLACK_API_URL", "ftp://slack.example.jp/api"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://bot:hunter22@db/plan"],
    ["DIGEST_SKIP_HOLIDAYS", "yes-please"],
    ["DIGEST_CHANNEL", "#general-channel"],
    ["DIGEST_WHEN_OUTSIDE_PLAN", "sometimes"],
    ["LOG_LEVEL", "verbose-mode"],
    ["SHUTDOWN_DRAIN_SECONDS", "-5"],
    ["FEEDBACK_KEEP_USERS", "true-ish"],
    ["FEEDBACK_RETENTION_DAYS", "0"],
    ["FEEDBACK_SALT", "salty"],
    ["PLAN_ADMINS", "alice,bob"],
    ["ANSWER_CONCURRENCY", "0"],
    ["HTTPS_PROXY", "proxy.city.local:3128"],
    ["HTTP_PROXY", "socks5://proxy.example.jp:1080"],
  ])("%s=%s is refused, naming the variable and never its value", (variable, value) => {
    const error = failure(() => parseConfig({ [variable]: value }));
    expect(error?.variable).toBe(variable);
    expect(error?.message.startsWith(`${variable}: `)).toBe(true);
    expect(error?.message).not.toContain(value);
  });
});

describe("settings read from the environment", () => {
  it("reads each switch both ways, and its default", () => {
    expect(parseConfig({}).env.DIGEST_SKIP_HOLIDAYS).toBe(true);
    expect(parseConfig({ DIGEST_SKIP_HOLIDAYS: "false" }).env.DIGEST_SKIP_HOLIDAYS).toBe(false);
    expect(parseConfig({ DIGEST_SKIP_HOLIDAYS: "true" }).env.DIGEST_SKIP_HOLIDAYS).toBe(true);
    expect(parseConfig({}).env.FEEDBACK_KEEP_USERS).toBe(false);
    expect(parseConfig({ FEEDBACK_KEEP_USERS: "1" }).env.FEEDBACK_KEEP_USERS).toBe(true);
    expect(parseConfig({ FEEDBACK_KEEP_USERS: "0" }).env.FEEDBACK_KEEP_USERS).toBe(false);
  });

  it("reads PLAN_ADMINS as a list of IDs, spaces and empty items dropped", () => {
    expect(parseConfig({ PLAN_ADMINS: " U0123 , W0456 ,U0789" }).env.PLAN_ADMINS).toEqual([
      "U0123",
      "W0456",
      "U0789",
    ]);
    expect(parseConfig({}).env.PLAN_ADMINS).toEqual([]);
  });

  it("ends SLACK_API_URL with exactly one slash", () => {
    expect(parseConfig({ SLACK_API_URL: "http://127.0.0.1:9000/api" }).env.SLACK_API_URL).toBe(
      "http://127.0.0.1:9000/api/",
    );
    expect(parseConfig({ SLACK_API_URL: "https://slack.com/api/" }).env.SLACK_API_URL).toBe(
      "https://slack.com/api/",
    );
  });

  it("takes the proxy variables in either case, lower case first, trimmed, blank as unset", () => {
    expect(
      proxySettings({
        HTTPS_PROXY: "http://upper:1",
        https_proxy: " http://lower:2 ",
        HTTP_PROXY: "http://h:3",
      }),
    ).toEqual({ httpsProxy: "http://lower:2", httpProxy: "http://h:3", noProxy: undefined });
    expect(proxySettings({ NO_PROXY: "localhost,.example.jp", HTTP_PROXY: "   " })).toEqual({
      httpsProxy: undefined,
      httpProxy: undefined,
      noProxy: "localhost,.example.jp",
    });
    expect(parseConfig({ https_proxy: "http://proxy.example.jp:8080" }).proxy.httpsProxy).toBe(
      "http://proxy.example.jp:8080",
    );
  });

  it("finds the passwords in URLs, decoded, so that logs can redact them", () => {
    expect(
      urlSecrets(
        "postgres://bot:p%40ss%2Fword@db.example.jp/plan",
        undefined,
        "http://proxy.example.jp:8080",
        "http://user:proxy-secret@proxy.example.jp:8080",
        "not a url",
        "",
      ),
    ).toEqual(["p@ss/word", "proxy-secret"]);
  });
});

describe("settings for commands without Slack", () => {
  it("gives the engine its folders, and no cache at all for PLAN_CACHE_DIR=off", () => {
    expect(engineSettings({})).toEqual({});
    expect(engineSettings({ PLAN_SEEDS_DIR: "/s", PLAN_DICT_DIR: "/d", PLAN_CACHE_DIR: "/c" })).toEqual({
      seedsDir: "/s",
      dictDir: "/d",
      cacheDir: "/c",
    });
    expect(engineSettings({ PLAN_CACHE_DIR: "off" })).toEqual({ cacheDir: null });
    expect(engineSettings({ PLAN_CACHE_DIR: " " })).toEqual({});
  });

  it("gives the digest's rules, with their defaults, and refuses a wrong one", () => {
    expect(digestRules({})).toEqual({ skipHolidays: true, whenOutsidePlan: "post" });
    expect(digestRules({ DIGEST_SKIP_HOLIDAYS: "false", DIGEST_WHEN_OUTSIDE_PLAN: "skip" })).toEqual({
      skipHolidays: false,
      whenOutsidePlan: "skip",
    });
    expect(failure(() => digestRules({ DIGEST_WHEN_OUTSIDE_PLAN: "never" }))?.variable).toBe(
      "DIGEST_WHEN_OUTSIDE_PLAN",
    );
  });

  it("says where the store is, and refuses a DATABASE_URL that is not PostgreSQL's", () => {
    expect(storeSettings({})).toEqual({ PLAN_DB_PATH: "plan-bot.sqlite" });
    expect(storeSettings({ DATABASE_URL: "postgres://bot@db/plan", PLAN_DB_PATH: "/x.sqlite" })).toEqual({
      DATABASE_URL: "postgres://bot@db/plan",
      PLAN_DB_PATH: "/x.sqlite",
    });
    expect(failure(() => storeSettings({ DATABASE_URL: "mysql://db/plan" }))?.variable).toBe("DATABASE_URL");
  });
});
