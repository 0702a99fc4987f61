// Retries a Slack call that is safe to repeat (a response_url post replaces or adds one ephemeral message).
export async function withRetry<T>(
  call: () => Promise<T>,
  options: { retries?: number; baseMs?: number } = {},
): Promise<T> {
  const retries = options.retries ?? 2;
  const base = options.baseMs ?? 200;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, base * 2 ** attempt));
    }
  }
}
