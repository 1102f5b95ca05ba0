import { env } from "@/env";

/** The named setting GIG_START_WINDOW_MINUTES: how long before the start "I started" opens. */
export function gigStartWindowMinutes(): number {
  return env.GIG_START_WINDOW_MINUTES;
}
