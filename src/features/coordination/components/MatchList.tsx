import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/Card";
import { TextLink } from "@/components/ui/Text";
import type { CoordinatorSession } from "../queries";
import { assignableFromList } from "../rules";
import { AssignButton } from "./AssignButton";

/** How many ranked clients a session shows: enough to choose from, short enough to read. */
const SHOWN = 12;

/** The ranked clients for one session, with why they fit, what blocks them, and the button to assign. */
export async function MatchList({ session }: { session: Pick<CoordinatorSession, "id" | "matches" | "live"> }) {
  const t = await getTranslations("coordination");
  const te = await getTranslations("errors");
  return (
    <div className="mt-4">
      <h4 className="font-semibold">{t("matching.title")}</h4>
      <p className="mb-2 text-sm text-muted">{t("matching.lead")}</p>
      {session.matches.length === 0 ? <p>{t("matching.none")}</p> : null}
      <ol className="space-y-3">
        {session.matches
          .filter((m) => !session.live.some((g) => g.clientId === m.clientId))
          .slice(0, SHOWN)
          .map((m) => (
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
    </div>
  );
}
