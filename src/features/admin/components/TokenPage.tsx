import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { Alert, Card } from "@/components/ui/Card";
import { findTokenForPage } from "@/features/admin/queries";
import { getContext } from "@/server/context";
import { SetPasswordForm } from "./SetPasswordForm";

/** The public page behind an invitation or reset link (server component). */
export async function TokenPage({ token, kind }: { token: string; kind: "invite" | "reset" }) {
  const { db, now } = await getContext();
  const t = await getTranslations("admin.password");
  const found = await findTokenForPage(db, token, kind === "invite" ? "INVITE" : "PASSWORD_RESET", now());
  return (
    <AppShell narrow>
      <h1 className="mb-4 text-3xl font-bold">{found ? t(kind === "invite" ? "inviteTitle" : "resetTitle") : t("invalidTitle")}</h1>
      <Card>
        {found ? (
          <>
            <p className="mb-4">{t(kind === "invite" ? "inviteLead" : "resetLead", { name: found.name, email: found.email ?? "" })}</p>
            <SetPasswordForm token={token} kind={kind} />
          </>
        ) : (
          <Alert tone="danger">{t("invalid")}</Alert>
        )}
      </Card>
    </AppShell>
  );
}
