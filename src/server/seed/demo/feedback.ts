import type { ClientRow } from "./clients";
import { DAY, type SeedContext, type World } from "./context";
import type { OrderPlan } from "./orders";

const FEEDBACK_COMMENTS = [
  "Työ tehtiin huolellisesti ja ajallaan. Kiitos!",
  "Reipas ja mukava tekijä, tervetuloa uudelleen.",
  "Hyvä työ. Aluksi tarvittiin vähän ohjausta, sitten sujui hienosti.",
  "Erittäin tarkka työ, lopputulos oli siisti.",
  "Kiitos avusta, asukkaat ilahtuivat.",
  "Työ sujui hyvin, vaikka aikaa meni hieman arvioitua enemmän.",
];

/**
 * The orderer's feedback on an approved gig, recorded by the coordinator: always for the demo
 * clients (their profiles show it), for most others. A comment with a reservation comes with a
 * middling rating.
 */
export async function seedFeedback(ctx: SeedContext, { people }: World, plan: OrderPlan, orderId: string, gigId: string, client: ClientRow, approvedAt: Date) {
  const { rand, pick, now } = ctx;
  if (!(client === people.maija || client === people.pekka || rand() < 0.7)) return;
  const comment = pick(FEEDBACK_COMMENTS);
  await ctx.tx.feedback.create({
    data: {
      orderId,
      gigId,
      clientId: client.id,
      authorUserId: plan.orderer.contactId,
      rating: comment.includes("ohjausta") || comment.includes("pidempään") ? 3 : pick([4, 5, 5]),
      comment,
      onProfile: rand() < 0.8,
      recordedById: plan.coord.id,
      createdAt: new Date(Math.min(approvedAt.getTime() + DAY, now.getTime() - 30 * 60_000)),
    },
  });
}
