"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/errors";

/** Calls a server action with a plain object, keeps the result for messages, refreshes on success. */
export function useAdminAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
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
