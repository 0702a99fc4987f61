// The error family. Each failure a user can meet has one small class with a stable code;
// anything else is wrapped by `asPlanBotError` so callers only ever handle this family.

export const ErrorCode = {
  SeedParse: "plan_bot_seed_parse_error",
  SeedConflict: "plan_bot_seed_conflict_error",
  SeedMissing: "plan_bot_seed_missing_error",
  Config: "plan_bot_config_error",
  Usage: "plan_bot_usage_error",
  SlackApi: "plan_bot_slack_api_error",
  DeliveryUncertain: "plan_bot_delivery_uncertain_error",
  SlackUnreachable: "plan_bot_slack_unreachable_error",
  Store: "plan_bot_store_error",
  Unknown: "plan_bot_unknown_error",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export abstract class PlanBotError extends Error {
  abstract readonly code: ErrorCode;
}

/** A seed file that does not follow the plan's grammar: names file, line and what was expected. */
export class SeedParseError extends PlanBotError {
  readonly code = ErrorCode.SeedParse;
  constructor(
    readonly file: string,
    readonly line: number,
    readonly expected: string,
    readonly found?: string,
  ) {
    super(
      `${file}:${line}: expected ${expected}${found === undefined ? "" : `, found ${JSON.stringify(found)}`}`,
    );
    this.name = "SeedParseError";
  }
}

/** Two seed files (or one file twice) define the same plan code. */
export class SeedConflictError extends PlanBotError {
  readonly code = ErrorCode.SeedConflict;
  constructor(
    readonly file: string,
    readonly line: number,
    readonly planCode: string,
    readonly otherFile: string,
    readonly otherLine: number,
  ) {
    super(`${file}:${line}: code ${planCode} is already defined at ${otherFile}:${otherLine}`);
    this.name = "SeedConflictError";
  }
}

export class SeedMissingError extends PlanBotError {
  readonly code = ErrorCode.SeedMissing;
  constructor(readonly dir: string) {
    super(`no seed files (*.txt) in ${dir}`);
    this.name = "SeedMissingError";
  }
}

/** A missing or malformed setting: names the variable, never its value. */
export class ConfigError extends PlanBotError {
  readonly code = ErrorCode.Config;
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}

export class UsageError extends PlanBotError {
  readonly code = ErrorCode.Usage;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export class SlackApiError extends PlanBotError {
  readonly code = ErrorCode.SlackApi;
  constructor(
    readonly method: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Slack API ${method} failed: ${reason}`, options);
    this.name = "SlackApiError";
  }
}

/**
 * A post Slack may or may not have stored (the reply was lost, the connection reset after sending, a 5xx):
 * recorded as uncertain and never repeated.
 */
export class DeliveryUncertainError extends PlanBotError {
  readonly code = ErrorCode.DeliveryUncertain;
  constructor(
    readonly what: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${what}: outcome uncertain (${reason})`, options);
    this.name = "DeliveryUncertainError";
  }
}

/** Slack could not be reached at all (DNS, refused, no proxy): not the token's fault. */
export class SlackUnreachableError extends PlanBotError {
  readonly code = ErrorCode.SlackUnreachable;
  constructor(
    readonly url: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot reach Slack at ${url}: ${reason}`, options);
    this.name = "SlackUnreachableError";
  }
}

export class StoreError extends PlanBotError {
  readonly code = ErrorCode.Store;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
  }
}

export class UnknownError extends PlanBotError {
  readonly code = ErrorCode.Unknown;
  constructor(options: { cause: unknown }) {
    super(options.cause instanceof Error ? options.cause.message : String(options.cause), options);
    this.name = "UnknownError";
  }
}

export function asPlanBotError(error: unknown): PlanBotError {
  return error instanceof PlanBotError ? error : new UnknownError({ cause: error });
}
