"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { ActionButton } from "@/components/ui/ActionButton";
import { Button } from "@/components/ui/Button";
import type { ActionResult } from "@/server/errors";
import { callAction } from "@/components/ui/useAction";
import { confirmPayRun, discardPayRun, exportPayRun } from "../actions";

/** Confirm or discard a draft. */
export function DraftControls({ payRunId }: { payRunId: string }) {
  const t = useTranslations("payroll.run");
  const router = useRouter();
  const [discarded, setDiscarded] = useState<ActionResult<unknown> | null>(null);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <p className="mb-2 text-sm text-muted">{t("confirmLead")}</p>
        <ActionButton action={confirmPayRun} input={{ payRunId }} variant="primary">
          {t("confirm")}
        </ActionButton>
      </div>
      <div>
        <p className="mb-2 text-sm text-muted">{t("discardLead")}</p>
        <Button
          type="button"
          variant="danger"
          onClick={async () => {
            const r = await callAction(discardPayRun, { payRunId });
            setDiscarded(r);
            if (r.ok) router.push("/coordinator/pay");
          }}
        >
          {t("discard")}
        </Button>
        <ActionErrorAlert result={discarded} />
      </div>
    </div>
  );
}

/**
 * The payroll CSV comes back from the server action (permission checked and audited there) and
 * is saved from the browser, so no URL with the file ever exists.
 */
export function ExportButton({ payRunId }: { payRunId: string }) {
  const t = useTranslations("payroll.run");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div>
      <p className="mb-2 text-sm text-muted">{t("exportLead")}</p>
      <Button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const r = await callAction(exportPayRun, { payRunId });
          setPending(false);
          setResult(r);
          if (!r.ok) return;
          const url = URL.createObjectURL(new Blob([`\uFEFF${r.data.csv}`], { type: "text/csv;charset=utf-8" }));
          const a = document.createElement("a");
          a.href = url;
          a.download = r.data.filename;
          document.body.append(a);
          a.click();
          a.remove();
          URL.revokeObjectURL(url);
        }}
      >
        {t("export")}
      </Button>
      <div aria-live="polite" className="mt-2">
        <ActionErrorAlert result={result} />
      </div>
    </div>
  );
}
