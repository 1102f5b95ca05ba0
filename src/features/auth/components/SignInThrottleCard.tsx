import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Alert, Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { getAppFormatter } from "@/i18n/server";
import { clearSignInThrottleAction } from "../actions";
import { isThrottled, type SignInThrottleStatus } from "../queries";

/** For staff: is this account's sign-in blocked or being tried, and a way to clear it (ADR 050). */
export async function SignInThrottleCard({ userId, status }: { userId: string; status: SignInThrottleStatus | null }) {
  if (!status || !isThrottled(status)) return null;
  const t = await getTranslations("auth.throttle");
  const fmt = await getAppFormatter();
  return (
    <Card>
      <SectionHeading>{t("title")}</SectionHeading>
      <div className="mb-3 space-y-2">
        {status.newSourcesRefusedSeconds !== null ? (
          <Alert tone="danger">{t("newSourcesRefused", { wait: fmt.minutes(Math.ceil(status.newSourcesRefusedSeconds / 60)) })}</Alert>
        ) : null}
        {status.failures > 0 ? <p>{t("failures", { failures: status.failures, sources: status.sources })}</p> : null}
        {status.waitingSources > 0 ? <p>{t("waiting", { count: status.waitingSources })}</p> : null}
        <p className="text-sm text-muted">{t("help")}</p>
      </div>
      <ActionButton action={clearSignInThrottleAction} input={{ userId }}>
        {t("clear")}
      </ActionButton>
    </Card>
  );
}
