"use client";

import type { ReactNode } from "react";
import { ActionErrorAlert } from "./ActionFeedback";
import { Button } from "./Button";
import type { ActionResult } from "@/server/errors";
import { useAction } from "./useAction";

/** One button that calls a server action with a fixed input, and shows why it failed. */
export function ActionButton<I>({
  action,
  input,
  children,
  variant = "secondary",
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger" | "ghost";
}) {
  const { result, pending, run } = useAction(action);
  return (
    <div className="space-y-2">
      <Button type="button" variant={variant} disabled={pending} onClick={() => run(input)}>
        {children}
      </Button>
      <ActionErrorAlert result={result} />
    </div>
  );
}
