import { describe, expect, it } from "vitest";
import {
  addConsentSchema,
  consentFormInput,
  consentFormSchema,
  profileFormInput,
  profileFormSchema,
  setWorkActivityHoursSchema,
  updateClientProfileSchema,
  workActivityHoursFormInput,
  workActivityHoursFormSchema,
} from "./schema";

// The staff forms hold some fields as the person types them; what they send must be what the
// action's own schema accepts.
describe("client form schemas", () => {
  it("sends the comma-separated words of the profile form as lists", () => {
    const values = { clientId: "c1", skills: " siivous, pihatyöt ,, ", interests: "", benefits: [], allowedContractModels: [] };
    expect(profileFormSchema.safeParse(values).success).toBe(true);
    const input = profileFormInput(values);
    expect(input.skills).toEqual(["siivous", "pihatyöt"]);
    expect(input.interests).toEqual([]);
    expect(updateClientProfileSchema.safeParse(input).success).toBe(true);
  });

  it("sends one consent party per line and keeps the date rule", () => {
    const values = { clientId: "c1", parties: "Kela\n\n Työkeskus \n", scope: "Etuustiedot", agreedOn: "2026-01-02", validUntil: "" };
    expect(consentFormInput(values).parties).toEqual(["Kela", "Työkeskus"]);
    expect(addConsentSchema.safeParse(consentFormInput(values)).success).toBe(true);
    expect(consentFormSchema.safeParse({ ...values, parties: " \n " }).success).toBe(false);
    const early = consentFormSchema.safeParse({ ...values, validUntil: "2026-01-01" });
    expect(early.success ? [] : early.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["validUntil", "endBeforeStart"]]);
  });

  it("sends only the week's days with both times, and checks the order of the times", () => {
    const values = {
      clientId: "c1",
      hours: [
        { weekday: 1, start: "08:30", end: "12:00" },
        { weekday: 2, start: "", end: "" },
        { weekday: 3, start: "09:00", end: "" },
      ],
    };
    expect(workActivityHoursFormSchema.safeParse(values).success).toBe(true);
    const input = workActivityHoursFormInput(values);
    expect(input.hours).toEqual([{ weekday: 1, start: "08:30", end: "12:00" }]);
    expect(setWorkActivityHoursSchema.safeParse(input).success).toBe(true);
    const reversed = workActivityHoursFormSchema.safeParse({ clientId: "c1", hours: [{ weekday: 1, start: "12:00", end: "08:00" }] });
    expect(reversed.success ? [] : reversed.error.issues.map((i) => i.path.join("."))).toEqual(["hours.0.end"]);
  });
});
