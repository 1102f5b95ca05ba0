"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/errors";

/** Runs a server action from a form: keeps the result for error display and refreshes on success. */
export function useAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function run(input: unknown, onOk?: (data: T) => void) {
    startTransition(async () => {
      const r = await action(input);
      setResult(r);
      if (r.ok) {
        onOk?.(r.data);
        router.refresh();
      }
    });
  }
  return { result, pending, run };
}
