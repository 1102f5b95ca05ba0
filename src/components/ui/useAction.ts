"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/errors";

/** What the browser makes of a call that never got an answer (lost connection, server down). */
export const NETWORK_FAILURE = { ok: false, error: "NETWORK" } as const satisfies ActionResult<never>;

/**
 * Calls a server action and never leaves the caller stuck: a thrown error (a lost connection,
 * "Failed to fetch") becomes a NETWORK result, so the pending state always ends and the
 * person sees what to do.
 */
export async function callAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, input: I): Promise<ActionResult<T>> {
  try {
    return await action(input);
  } catch {
    return NETWORK_FAILURE;
  }
}

/** Runs a server action from a button or form: keeps the result for error display and refreshes on success. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function run(input: I, onOk?: (data: T) => void) {
    startTransition(async () => {
      const r = await callAction(action, input);
      setResult(r);
      if (r.ok) {
        onOk?.(r.data);
        router.refresh();
      }
    });
  }
  return { result, pending, run };
}
