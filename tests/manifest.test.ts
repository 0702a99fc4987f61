import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMAND } from "../src/slack/listeners/index.js";

interface Manifest {
  _metadata?: { major_version?: number };
  display_information: Record<string, unknown>;
  features: {
    slash_commands: { command: string; usage_hint: string }[];
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const ROOT = join(import.meta.dirname, "..");
const manifest = parse(readFileSync(join(ROOT, "manifest.yml"), "utf8")) as Manifest;

/** Slack's own schemas (copied unchanged into the fixtures); the one used follows _metadata.major_version. */
function slackSchema(): object {
  const major = manifest._metadata?.major_version ?? 1;
  return JSON.parse(
    readFileSync(
      join(ROOT, `tests/fixtures/slack-manifest-schema/manifest.schema.${major}.0.0.json`),
      "utf8",
    ),
  );
}

/** Draft-07 with its formats (uri, …) checked too, as Slack's schemas use them. */
function schemaValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(slackSchema());
}

describe("manifest.yml", () => {
  it("validates against Slack's manifest schema for its major version", () => {
    const validate = schemaValidator();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("is checked for real: the same schema rejects a manifest without a display name", () => {
    const validate = schemaValidator();
    expect(validate({ ...manifest, display_information: { description: "x" } })).toBe(false);
  });

  it("declares the command the app listens for, with a usage hint", () => {
    const commands = manifest.features.slash_commands;
    expect(commands.map((c) => c.command)).toEqual([COMMAND]);
    expect(commands[0]?.usage_hint).toContain("7-4-2");
  });

  it("asks for exactly the scopes and events the listeners use, in Socket Mode", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read",
      "channels:history",
      "chat:write",
      "commands",
      "groups:history",
      "im:history",
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      "app_mention",
      "message.im",
      "message.channels",
      "message.groups",
      "app_home_opened",
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
