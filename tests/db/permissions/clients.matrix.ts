import {
  addConsent,
  moveWorkActivityDay,
  setReadiness,
  setWorkActivityHours,
  updateClientProfile,
  withdrawConsent,
} from "../../../src/features/clients/actions";
import { createClient } from "../../support/coordination";
import { entry } from "../../support/matrix";

// A client of unit Pajala (D1): only Pajala's staff change the profile.
export const entries = [
  entry({
    name: "clients.updateProfile",
    call: updateClientProfile,
    input: async (w) => ({
      clientId: (await createClient(w)).id,
      skills: ["cleaning"],
      interests: [],
      benefits: ["DISABILITY_PENSION" as const],
      allowedContractModels: ["EMPLOYMENT" as const],
    }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "clients.setReadiness",
    call: setReadiness,
    input: async (w) => ({ clientId: (await createClient(w)).id, status: "PAUSED" as const, note: "Tauko" }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "clients.addConsent",
    call: addConsent,
    input: async (w) => ({ clientId: (await createClient(w)).id, parties: ["Kela"], scope: "Etuustiedot", agreedOn: "2026-01-01" }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "clients.withdrawConsent",
    call: withdrawConsent,
    input: async (w) => {
      const client = await createClient(w);
      const consent = await w.db.consentRecord.create({
        data: { clientId: client.id, parties: ["Kela"], scope: "Etuustiedot", agreedOn: new Date("2026-01-01T00:00:00Z"), recordedById: w.users.staffD1.id },
      });
      return { consentId: consent.id };
    },
    allowed: ["staffD1"],
  }),
  entry({
    name: "clients.setWorkActivityHours",
    call: setWorkActivityHours,
    input: async (w) => ({ clientId: (await createClient(w)).id, hours: [{ weekday: 1, start: "09:00", end: "14:00" }] }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "clients.moveWorkActivityDay",
    call: moveWorkActivityDay,
    input: async (w) => {
      const client = await createClient(w);
      await w.db.workActivityHours.create({ data: { clientId: client.id, weekday: 1, startMinute: 540, endMinute: 840 } });
      return { clientId: client.id, fromDate: "2030-04-01", toDate: "2030-04-03" };
    },
    allowed: ["staffD1"],
  }),
];
