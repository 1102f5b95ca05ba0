import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/Card";
import { TextLink } from "@/components/ui/Text";
import type { CoordinatorSession } from "../queries";
import { assignableFromList, matchPage } from "../rules";
import { AssignButton } from "./AssignButton";

/**
 * The ranked clients for one session, with why they fit, what blocks them, and the button to
 * assign: a page at a time (`matchPage`), with a link that shows the next page of this session.
 */
export async function MatchList({ session, shown, orderId }: { session: Pick<CoordinatorSession, "id" | "matches" | "matchTotal">; shown?: number; orderId: string }) {
  const t = await getTranslations("coordination");
  const te = await getTranslations("errors");
  // The session's window holds the rows up to `shown`; the total counts every candidate (ADR 090).
  const page = matchPage(session.matches, shown, undefined, session.matchTotal);
  return (
    <div className="mt-4">
      <h4 className="font-semibold">{t("matching.title")}</h4>
      <p className="mb-2 text-sm text-muted">{t("matching.lead")}</p>
      {session.matches.length === 0 ? <p>{t("matching.none")}</p> : null}
      <ol className="space-y-3">
        {page.rows.map((m) => (
          <li key={m.clientId} className="flex flex-wrap items-start justify-between gap-3 border-b border-gray-100 pb-3">
            <div>
              <p className="font-semibold">
                <TextLink href={`/coordinator/clients/${m.clientId}`}>{m.name}</TextLink> <span className="font-normal text-muted">· {m.unitName}</span>
              </p>
              <ul className="mt-1 flex flex-wrap gap-1" aria-label={t("matching.title")}>
                {m.match.reasons
                  .filter((r) => r !== "blocked")
                  .map((r) => (
                    <li key={r}>
                      <Badge tone={r === "noReadiness" || r === "noSkills" ? "neutral" : "ok"}>{t(`matching.reasons.${r}`)}</Badge>
                    </li>
                  ))}
              </ul>
              {m.match.problems.length > 0 ? (
                <ul className="mt-1 text-sm text-danger">
                  {m.match.problems.map((p) => (
                    <li key={p}>{te(`rules.${p}`)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
            {assignableFromList(m.match.problems) ? (
              <AssignButton sessionId={session.id} clientId={m.clientId} name={m.name} />
            ) : null}
          </li>
        ))}
      </ol>
      {page.next !== null ? (
        <p className="mt-3">
          <TextLink href={`/coordinator/orders/${orderId}?s=${session.id}&n=${page.next}#session-${session.id}`}>
            {t("matching.more", { count: page.next - page.rows.length, shown: page.rows.length, total: page.total })}
          </TextLink>
        </p>
      ) : null}
    </div>
  );
}
