import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { GigStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { gigFeedbackForClient } from "../queries";
import { gigIsDone, ordererWordsForClient } from "../rules";
import { ClientGigFeedbackForm } from "./ClientGigFeedbackForm";

/**
 * On the client's gig page once the work is done: their own faces and words, and the orderer's
 * feedback once a coordinator recorded it on the profile (ADR 047). The page has checked the gig is theirs.
 */
export async function ClientGigFeedback({ db, gig }: { db: Tx; gig: { id: string; status: GigStatus } }) {
  if (!gigIsDone(gig)) return null;
  const t = await getTranslations("feedback.client");
  const { own, orderer } = await gigFeedbackForClient(db, gig.id);
  const shown = orderer.map(ordererWordsForClient).filter((f) => f !== null);
  return (
    <Card className="mt-4">
      <ClientGigFeedbackForm gigId={gig.id} current={own} />
      {shown.length > 0 ? (
        <div className="mt-6">
          <h2 className="text-xl font-bold">{t("fromOrderer")}</h2>
          <ul className="mt-2 space-y-2">
            {shown.map((f, i) => (
              <li key={i}>
                <p className="font-semibold">{t("rating", { rating: f.rating })}</p>
                {f.comment ? <p>{f.comment}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
