import { markAllRead, markRead, setNotificationPrefs, subscribePush, unsubscribePush } from "../../../src/features/notifications/actions";
import { entry } from "../../support/matrix";

// Everyone's own notifications and channels; unit staff also set their unit's clients' channels.
const signedIn = ["admin", "coordinatorD", "coordinatorR", "staffD1", "staffR1", "ordererX", "ordererY", "clientD1", "clientR1"] as const;
let n = 0;
const keys = { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" };

export const entries = [
  entry({
    name: "notifications.markRead",
    call: markRead,
    input: async (w) => {
      const note = await w.db.notification.create({ data: { userId: w.users.clientD1.id, kind: "gig.offered", params: {}, link: "/client", dedupeKey: `matrix:${++n}` } });
      return { id: note.id };
    },
    allowed: ["clientD1"],
  }),
  entry({ name: "notifications.markAllRead", call: markAllRead, input: () => ({}), allowed: signedIn }),
  entry({
    name: "notifications.subscribePush",
    call: subscribePush,
    input: () => ({ endpoint: `https://push.example.test/matrix-${++n}`, keys }),
    allowed: signedIn,
  }),
  entry({
    name: "notifications.unsubscribePush",
    call: unsubscribePush,
    input: () => ({ endpoint: `https://push.example.test/matrix-${++n}` }),
    allowed: signedIn,
  }),
  entry({
    name: "notifications.setPrefs",
    call: setNotificationPrefs,
    input: () => ({ email: true, sms: true, push: false, quietStart: "21:00", quietEnd: "08:00" }),
    allowed: signedIn,
  }),
  entry({
    name: "notifications.setPrefs (a client's, by unit staff)",
    call: setNotificationPrefs,
    input: (w) => ({ clientId: w.clientD1.id, email: false, sms: true, push: true, quietStart: "", quietEnd: "" }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "notifications.setPrefs (a client's without a sign-in, by unit staff)",
    call: setNotificationPrefs,
    input: (w) => ({ clientId: w.clientD2.id, email: false, sms: true, push: false, quietStart: "", quietEnd: "" }),
    allowed: ["staffD1"],
  }),
];
