import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { Tx } from "@/server/action";
import { sharedClientWords } from "../queries";

/** On the orderer's order page: only the words a worker chose to share, by first name (ADR 047). */
export async function SharedClientWords({ db, orderId }: { db: Tx; orderId: string }) {
  const words = await sharedClientWords(db, orderId);
  if (words.length === 0) return null;
  const t = await getTranslations("feedback");
  return (
    <Card>
      <h2 className="mb-1 text-xl font-semibold">{t("orderer.title")}</h2>
      <p className="mb-2 text-sm text-muted">{t("orderer.lead")}</p>
      <ul className="space-y-1">
        {words.map((w) => (
          <li key={w.id}>
            <strong>{w.firstName}</strong>: {t(`client.moods.${w.mood as 1 | 2 | 3}`)}
            {w.words ? ` – ${w.words}` : ""}
          </li>
        ))}
      </ul>
    </Card>
  );
}
