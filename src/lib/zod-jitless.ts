const ZOD_GLOBAL_CONFIG = "__zod_globalConfig";

/** zod's `config({ jitless: true })` without importing zod (src/instrumentation-client.ts). */
export function jitlessZod(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  const existing = target[ZOD_GLOBAL_CONFIG];
  const config = (existing && typeof existing === "object" ? existing : (target[ZOD_GLOBAL_CONFIG] = {})) as Record<string, unknown>;
  config.jitless = true;
}
