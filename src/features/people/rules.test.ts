import { describe, expect, it } from "vitest";
import { allowedModelsProblem, canChangeClientStatus, duplicateProblem, endTimeProblem, isPossibleTwin, normalizePhone, pathwayEventsForEnd, unitMoveProblem } from "./rules";

const maija = { firstName: "Maija", lastName: "Meikäläinen", birthDate: "1990-05-01", phone: "040 123 4567" };

describe("possible twins", () => {
  it("matches the same name and birth date, whatever the case and spaces", () => {
    expect(isPossibleTwin(maija, { firstName: " maija", lastName: "MEIKÄLÄINEN ", birthDate: "1990-05-01", phone: null })).toBe(true);
  });
  it("does not match the same name with another or an unknown birth date", () => {
    expect(isPossibleTwin(maija, { ...maija, birthDate: "1991-05-01", phone: null })).toBe(false);
    expect(isPossibleTwin(maija, { ...maija, birthDate: null, phone: null })).toBe(false);
  });
  it("matches the same phone number written another way", () => {
    expect(isPossibleTwin(maija, { firstName: "Pekka", lastName: "P", birthDate: null, phone: "+358 40-123 4567" })).toBe(true);
    expect(isPossibleTwin(maija, { firstName: "Pekka", lastName: "P", birthDate: null, phone: "040 123 4568" })).toBe(false);
  });
  it("normalizes Finnish numbers to the national form", () => {
    expect(normalizePhone("+358401234567")).toBe("0401234567");
    expect(normalizePhone("00358 40 1234567")).toBe("0401234567");
    expect(normalizePhone("")).toBeNull();
    expect(normalizePhone(null)).toBeNull();
  });
  it("asks before adding a twin: refused without the explicit confirmation", () => {
    expect(duplicateProblem(1, false)).toBe("POSSIBLE_DUPLICATE_CLIENT");
    expect(duplicateProblem(1, true)).toBeNull();
    expect(duplicateProblem(0, false)).toBeNull();
  });
});

describe("contract models allowed for a new client", () => {
  const rehab = { contractModels: ["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"] as const, blockCommissionForUnemploymentBenefit: true };
  const disability = { contractModels: ["EMPLOYMENT"] as const, blockCommissionForUnemploymentBenefit: false };
  it("only the models the Jobcenter offers", () => {
    expect(allowedModelsProblem(disability, { benefits: [] }, ["EMPLOYMENT"])).toBeNull();
    expect(allowedModelsProblem(disability, { benefits: [] }, ["COMMISSION"])).toBe("CONTRACT_MODEL_NOT_OFFERED");
  });
  it("no commission contract with a labour market subsidy where the Jobcenter blocks it", () => {
    expect(allowedModelsProblem(rehab, { benefits: ["LABOUR_MARKET_SUBSIDY"] }, ["EMPLOYMENT", "COMMISSION"])).toBe("COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT");
    expect(allowedModelsProblem(rehab, { benefits: ["BASIC_SOCIAL_ASSISTANCE"] }, ["COMMISSION"])).toBeNull();
    expect(allowedModelsProblem(rehab, { benefits: ["LABOUR_MARKET_SUBSIDY"] }, ["EMPLOYMENT", "PARTNER_EMPLOYER"])).toBeNull();
  });
});

describe("the end of a client's time", () => {
  it("pauses and ends an active client, resumes a paused one, never reopens an ended one", () => {
    expect(canChangeClientStatus("ACTIVE", "PAUSED")).toBe(true);
    expect(canChangeClientStatus("ACTIVE", "ENDED")).toBe(true);
    expect(canChangeClientStatus("PAUSED", "ACTIVE")).toBe(true);
    expect(canChangeClientStatus("PAUSED", "ENDED")).toBe(true);
    expect(canChangeClientStatus("ENDED", "ACTIVE")).toBe(false);
    expect(canChangeClientStatus("ACTIVE", "ACTIVE")).toBe(false);
  });
  it("is refused while an open gig remains", () => {
    expect(endTimeProblem("ACTIVE", "ENDED", 1)).toBe("OPEN_GIGS_REMAIN");
    expect(endTimeProblem("ACTIVE", "PAUSED", 2)).toBe("OPEN_GIGS_REMAIN");
    expect(endTimeProblem("ACTIVE", "ENDED", 0)).toBeNull();
    expect(endTimeProblem("ENDED", "PAUSED", 0)).toBe("INVALID_STATE");
  });
  it("writes the outcome and then PERIOD_ENDED; a pause writes PAUSED", () => {
    expect(pathwayEventsForEnd("ENDED", "HIRED_BY_ORDERER")).toEqual(["HIRED_BY_ORDERER", "PERIOD_ENDED"]);
    expect(pathwayEventsForEnd("ENDED", undefined)).toEqual(["OTHER", "PERIOD_ENDED"]);
    expect(pathwayEventsForEnd("PAUSED", "EDUCATION")).toEqual(["PAUSED"]);
  });
});

describe("moving between units", () => {
  const from = { id: "u1", jobcenterId: "j1" };
  it("only to another active unit of the same Jobcenter", () => {
    expect(unitMoveProblem(from, { id: "u2", jobcenterId: "j1", active: true })).toBeNull();
    expect(unitMoveProblem(from, { id: "u3", jobcenterId: "j2", active: true })).toBe("UNIT_NOT_IN_JOBCENTER");
    expect(unitMoveProblem(from, { id: "u2", jobcenterId: "j1", active: false })).toBe("UNIT_NOT_IN_JOBCENTER");
    expect(unitMoveProblem(from, { id: "u1", jobcenterId: "j1", active: true })).toBe("INVALID_STATE");
  });
});
