import type { BenefitType, ContractModel, ReadinessStatus } from "@/generated/prisma/enums";
import { addHelsinkiDays, dateColumnOf } from "@/lib/dates";
import { DEMO_CLIENTS } from "../demo-accounts";
import { DAY, seededRandom, type SeedContext } from "./context";
import type { ClientGender } from "@/generated/prisma/enums";
import { JOBCENTER_KEYS, type JobcenterKey, type Organisations } from "./jobcenters";
import type { StaffUsers } from "./staff";

export const SKILLS = ["siivous", "ulkotyöt", "pakkaaminen", "arkistointi", "muuttoapu", "vanhusapu", "ompelu"] as const;

const FIRST_NAMES = [
  "Mikko", "Anna", "Jussi", "Laura", "Timo", "Sari", "Kalle", "Elina", "Jari", "Hanna", "Petri", "Minna", "Ville", "Kaisa",
  "Teemu", "Riikka", "Antti", "Noora", "Sami", "Johanna", "Tuomas", "Heidi", "Markku", "Emmi", "Janne", "Satu", "Arto",
  "Tiina", "Lauri", "Katja", "Marko", "Jenni", "Eero", "Pirjo", "Olli", "Sanna", "Risto", "Aino",
];
const LAST_NAMES = [
  "Virtanen", "Korhonen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen",
  "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo",
  "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Leinonen",
  "Hiltunen", "Miettinen", "Kettunen", "Seppälä", "Lind", "Väisänen", "Peltonen", "Räsänen",
];

const READINESS_CYCLE: ReadinessStatus[] = ["READY", "READY", "PRACTISING", "READY", "NOT_ASSESSED", "READY", "PAUSED", "PRACTISING"];

/** Clients per unit, in unit order. */
const UNIT_SIZES: Record<JobcenterKey, number[]> = { D: [8, 7, 6], R: [7, 6, 6] };

/** Phone-app accounts for a few more READY clients, besides the two demo clients. */
export const EXTRA_CLIENT_ACCOUNTS = [
  { pin: "314159" },
  { pin: "271828" },
  { pin: "161803" },
];

type WeeklyHours = { weekday: number; startMinute: number; endMinute: number };

/** A client as the later steps need it: who they are, where, and what they are booked for. */
export interface ClientRow {
  id: string;
  unitId: string;
  unitIndex: number;
  jc: JobcenterKey;
  readiness: ReadinessStatus;
  userId: string | null;
  firstName: string;
  weekly: WeeklyHours[];
  /** filled in while gigs are created, so that nobody is double-booked */
  bookings: { startsAt: Date; endsAt: Date }[];
}

export interface SeededClients {
  clients: ClientRow[];
  /** the two demo clients, whose gigs the demo journeys rely on */
  maija: ClientRow;
  pekka: ClientRow;
}

/** About 40 clients over the six units, with accounts, readiness history and consents. */
export async function seedClients(ctx: SeedContext, pinHashes: Map<string, string>, { units }: Organisations, { unitStaff }: StaffUsers): Promise<SeededClients> {
  const clients: ClientRow[] = [];
  const names: Names = { next: 0, extraAccounts: 0 };
  for (const jc of JOBCENTER_KEYS) {
    for (let ui = 0; ui < 3; ui++) {
      const place = { jc, ui, unitId: units[jc][ui]!.id, staffId: unitStaff[jc][ui]!.id };
      for (let i = 0; i < UNIT_SIZES[jc][ui]!; i++) clients.push(await seedClient(ctx, pinHashes, place, i, names, clients.length));
    }
  }
  const maija = clients.find((c) => c.firstName === DEMO_CLIENTS.disability.firstName && c.jc === "D" && c.userId)!;
  const pekka = clients.find((c) => c.firstName === DEMO_CLIENTS.rehabilitative.firstName && c.jc === "R" && c.userId)!;
  return { clients, maija, pekka };
}

interface Place {
  jc: JobcenterKey;
  /** the unit's index within its Jobcenter */
  ui: number;
  unitId: string;
  /** the unit's staff member, who records readiness and consents */
  staffId: string;
}

type DemoClient = (typeof DEMO_CLIENTS)[keyof typeof DEMO_CLIENTS];
type Names = { next: number; extraAccounts: number };

/** The i-th client of a unit; the first client of the first unit of each Jobcenter is a demo client. */
async function seedClient(ctx: SeedContext, pinHashes: Map<string, string>, place: Place, i: number, names: Names, number: number): Promise<ClientRow> {
  const { tx, pick, rand, between, ago } = ctx;
  const { jc, ui, unitId, staffId } = place;
  const demo = jc === "D" && ui === 0 && i === 0 ? DEMO_CLIENTS.disability : jc === "R" && ui === 0 && i === 0 ? DEMO_CLIENTS.rehabilitative : null;
  const firstName = demo?.firstName ?? FIRST_NAMES[names.next % FIRST_NAMES.length]!;
  const lastName = demo?.lastName ?? LAST_NAMES[(names.next * 7) % LAST_NAMES.length]!;
  if (!demo) names.next++;
  const readiness: ReadinessStatus = demo ? "READY" : READINESS_CYCLE[(i + ui) % READINESS_CYCLE.length]!;
  const profile = drawProfile(ctx, jc, demo);
  const weekly = workActivityWeek(jc, i);

  let account: { username: string; pin: string } | null = demo ? { username: demo.username, pin: demo.pin } : null;
  if (!account && readiness === "READY" && i === 1 && names.extraAccounts < EXTRA_CLIENT_ACCOUNTS.length) {
    account = { username: usernameFor(firstName, lastName), pin: EXTRA_CLIENT_ACCOUNTS[names.extraAccounts++]!.pin };
  }
  const userId = account
    ? (
        await tx.user.create({
          data: { name: `${firstName} ${lastName}`, clientUsername: account.username, pinHash: pinHashes.get(account.pin)!, lastSignInAt: ago(3 * DAY) },
        })
      ).id
    : null;
  const joined = ago(between(120, 400) * DAY);
  const client = await tx.client.create({
    data: {
      unitId,
      userId,
      firstName,
      lastName,
      phone: `040 555 ${String(1000 + number).padStart(4, "0")}`,
      area: jc === "D" ? pick(["Kallio", "Sörnäinen", "Vallila", "Pasila", "Viikki"]) : pick(["Itäkeskus", "Kontula", "Pitäjänmäki", "Kamppi", "Vuosaari"]),
      ...profile,
      ...genderAndBirthDate(ctx, number, demo),
      supportNeeds:
        jc === "D"
          ? pick(["Tarvitsee selkeät, lyhyet ohjeet.", "Ohjaaja mukaan uusiin paikkoihin.", "Tauko tunnin välein.", "Ei raskaita nostoja."])
          : rand() < 0.5
            ? "Voi soittaa ohjaajalle työn aikana."
            : null,
      preferredTimes: jc === "D" ? "Aamupäivät" : "Iltapäivät klo 12 jälkeen",
      readiness,
      readinessNote: readiness === "PAUSED" ? "Tauko täsmätöistä oman toiveen mukaan." : readiness === "PRACTISING" ? "Harjoittelee työtehtäviä työtoiminnassa." : null,
      createdAt: joined,
      workActivityHours: { create: weekly },
    },
  });
  await seedReadinessHistory(ctx, client.id, staffId, readiness, joined);
  if (readiness !== "NOT_ASSESSED") await seedConsent(ctx, client.id, staffId, jc, joined);
  return { id: client.id, unitId, unitIndex: ui, jc, readiness, userId, firstName, weekly, bookings: [] };
}

/** Benefits, allowed contract models, skills and interests; the demo clients' skills are fixed. */
function drawProfile({ rand, pick }: SeedContext, jc: JobcenterKey, demo: DemoClient | null) {
  const socialAssistance = jc === "R" && rand() < 0.35;
  const benefits: BenefitType[] =
    jc === "D"
      ? ["DISABILITY_PENSION", "PENSIONERS_HOUSING_ALLOWANCE"]
      : ["LABOUR_MARKET_SUBSIDY", "GENERAL_HOUSING_ALLOWANCE", ...(socialAssistance ? (["BASIC_SOCIAL_ASSISTANCE"] as const) : [])];
  // The rehabilitative Jobcenter blocks commission contracts for clients on labour market subsidy.
  const allowedContractModels: ContractModel[] = jc === "D" ? ["COMMISSION", "EMPLOYMENT"] : ["EMPLOYMENT", "PARTNER_EMPLOYER"];
  const skillA = demo === DEMO_CLIENTS.disability ? "siivous" : demo ? "muuttoapu" : pick(SKILLS);
  const skillB = pick(SKILLS);
  const skills = [...new Set(demo === DEMO_CLIENTS.disability ? ["siivous", "pakkaaminen", "arkistointi"] : demo ? ["muuttoapu", "ulkotyöt", "siivous"] : [skillA, skillB])];
  const interests = [...new Set([skillA, pick(SKILLS)])];
  return { skills, interests, benefits, allowedContractModels };
}

/** Work-activity hours: disability clients four mornings a week, rehabilitative clients three. */
function workActivityWeek(jc: JobcenterKey, i: number): WeeklyHours[] {
  return jc === "D"
    ? [1, 2, 3, 4].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 14 * 60 }))
    : [1, 2, 3].map((weekday) => ({ weekday, startMinute: 8 * 60 + (i % 2) * 60, endMinute: 12 * 60 }));
}

/** "Mikko Virtanen" → "mikko.vir": ASCII, short enough to type on a phone. */
function usernameFor(firstName: string, lastName: string): string {
  const ascii = (s: string) => s.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o");
  return `${ascii(firstName)}.${ascii(lastName).slice(0, 3)}`;
}

/** First assessment, practice, then the current status; each change after the first is audited. */
async function seedReadinessHistory(ctx: SeedContext, clientId: string, staffId: string, readiness: ReadinessStatus, joined: Date) {
  const history: { status: ReadinessStatus; note: string; at: Date }[] = [{ status: "NOT_ASSESSED", note: "Asiakkuus alkoi.", at: joined }];
  if (readiness !== "NOT_ASSESSED") {
    history.push({ status: "PRACTISING", note: "Harjoittelee työtehtäviä työtoiminnassa.", at: new Date(joined.getTime() + 30 * DAY) });
    if (readiness === "READY" || readiness === "PAUSED")
      history.push({ status: "READY", note: "Työtaidot varmistettu, etuustarkistus tehty.", at: new Date(joined.getTime() + 70 * DAY) });
    if (readiness === "PAUSED") history.push({ status: "PAUSED", note: "Tauko täsmätöistä oman toiveen mukaan.", at: ctx.ago(10 * DAY) });
  }
  for (const h of history.slice(1)) {
    ctx.auditRows.push({ actorUserId: staffId, action: "client.readiness", entityType: "Client", entityId: clientId, clientId, details: { status: h.status }, createdAt: h.at });
  }
  await ctx.tx.readinessEvent.createMany({
    data: history.map((h) => ({ clientId, status: h.status, note: h.note, byUserId: staffId, createdAt: h.at })),
  });
}

/** The two-year consent to exchange data, agreed two weeks after the client joined. */
async function seedConsent(ctx: SeedContext, clientId: string, staffId: string, jc: JobcenterKey, joined: Date) {
  const agreed = new Date(joined.getTime() + 14 * DAY);
  await ctx.tx.consentRecord.create({
    data: {
      clientId,
      parties: jc === "D" ? ["Työkeskus", "Kela", "Vammaispalvelut"] : ["Työkeskus", "Kela", "Aikuissosiaalityö", "TE-palvelut"],
      // The same reading of the names as the migration's (ADR 072): the Jobcenter may see benefits.
      partyKinds: jc === "D" ? ["JOBCENTER_COORDINATION", "KELA", "SOCIAL_WORK"] : ["JOBCENTER_COORDINATION", "KELA", "SOCIAL_WORK", "EMPLOYMENT_SERVICES"],
      scopes: ["WORK_PROFILE", "BENEFITS"],
      scope: "Tietojen vaihto etuuksien ja täsmätyön yhteensovittamiseksi (Kelan lomake Y100)",
      agreedOn: dateColumnOf(agreed),
      validUntil: dateColumnOf(addHelsinkiDays(agreed, 730)),
      recordedById: staffId,
      createdAt: agreed,
    },
  });
}

/**
 * Gender and birth date, as clients tell them (issue 13's split): most tell both, some neither.
 * Drawn from a PRNG of their own, keyed by the client's number, so that the shared stream (and so
 * every later step's data) is the same as before these fields were seeded.
 */
function genderAndBirthDate(ctx: SeedContext, number: number, demo: DemoClient | null): { gender: ClientGender; birthDate: Date | null } {
  const rand = seededRandom(7_000_000 + number);
  const r = rand();
  const gender: ClientGender = demo === DEMO_CLIENTS.disability ? "FEMALE" : demo ? "MALE" : r < 0.46 ? "FEMALE" : r < 0.9 ? "MALE" : r < 0.93 ? "OTHER" : "NOT_TOLD";
  if (!demo && rand() < 0.12) return { gender, birthDate: null };
  const age = demo === DEMO_CLIENTS.disability ? 34 : demo ? 41 : 19 + Math.floor(rand() * 45);
  const born = addHelsinkiDays(ctx.now, -Math.round(age * 365.25 + rand() * 300));
  return { gender, birthDate: dateColumnOf(born) };
}
