"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import type { ActionResult } from "@/server/errors";
import { signCertificate } from "../actions";

export function SignCertificateButton({ requestId, clientName }: { requestId: string; clientName: string }) {
  const t = useTranslations("client.certificates");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  return (
    <div>
      <Button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const r = await signCertificate({ requestId });
          setPending(false);
          setResult(r);
          if (r.ok) router.refresh();
        }}
      >
        {t("sign", { name: clientName })}
      </Button>
      <div aria-live="polite" className="mt-2">
        <ActionErrorAlert result={result} />
      </div>
    </div>
  );
}
