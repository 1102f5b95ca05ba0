import { randomBytes } from "node:crypto";
import { hashToken } from "@/features/admin/rules";
import { DEFAULT_COST, hashSecret, type HashCost } from "@/features/auth/password";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type {
  BenefitType,
  ContractModel,
  GigStatus,
  OrderStatus,
  OrdererKind,
  ReadinessStatus,
  SupportMode,
  TaskCategory,
} from "@/generated/prisma/enums";
import { intlFormatter } from "@/i18n/format";
import { addHelsinkiDays, dateColumnOf, dayKey, helsinkiInstant, isoWeekday } from "@/lib/dates";
import { centsForMinutes, vatOn } from "@/lib/money";
import { DEMO_CLIENTS, DEMO_JOBCENTERS, DEMO_PASSWORD, DEMO_STAFF } from "./demo-accounts";
import { seedBenefitLimits, seedPriceLists, seedTerms, seedVatRates } from "./reference";

// The demo data: two Jobcenters, six units, about 40 clients, 10 orderers and about 60 orders in
// every state, with gigs, hours and feedback. Everything is relative to `now` (Helsinki days)
// and deterministic: the only randomness is a seeded PRNG. See docs/decisions/011-demo-seed.md.

type Tx = Prisma.TransactionClient;
type Db = PrismaClient;

export interface SeedDemoOptions {
  now?: Date;
  /** Cheaper hashes for tests; the sign-in check reads the cost from each hash. */
  hashCost?: HashCost;
}

export interface SeedDemoSummary {
  jobcenters: number;
  units: number;
  users: number;
  clients: number;
  orderers: number;
  orders: number;
  gigs: number;
}

/** mulberry32: a tiny seeded PRNG so that every run builds the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seven digits → a valid Y-tunnus (check digit per the Finnish rule). */
function businessId(seven: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const r = weights.reduce((s, w, i) => s + w * Number(seven[i]), 0) % 11;
  if (r === 1) throw new Error(`no valid business id for ${seven}`);
  return `${seven}-${r === 0 ? 0 : 11 - r}`;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ───────────── fixed content ─────────────

const UNITS = {
  D: [
    { name: "Pajala", address: "Työpajankatu 10, 00580 Helsinki", area: "Sörnäinen", phone: "09 310 40001", email: "pajala@vammaiset.demo" },
    { name: "Verstas", address: "Sturenkatu 21, 00510 Helsinki", area: "Vallila", phone: "09 310 40002", email: "verstas@vammaiset.demo" },
    { name: "Puutarha", address: "Viikinkaari 9, 00790 Helsinki", area: "Viikki", phone: "09 310 40003", email: "puutarha@vammaiset.demo" },
  ],
  R: [
    { name: "Kuntouttava Itä", address: "Itäkatu 1, 00930 Helsinki", area: "Itäkeskus", phone: "09 310 50001", email: "ita@aikuissosiaalityo.demo" },
    { name: "Kuntouttava Länsi", address: "Pitäjänmäentie 14, 00370 Helsinki", area: "Pitäjänmäki", phone: "09 310 50002", email: "lansi@aikuissosiaalityo.demo" },
    { name: "Kuntouttava Keskusta", address: "Kalevankatu 6, 00100 Helsinki", area: "Kamppi", phone: "09 310 50003", email: "keskusta@aikuissosiaalityo.demo" },
  ],
} as const;

type OrdererKey = "siisti" | "kotikulma" | "kirjasto" | "palvelukeskus" | "nuorisotalo" | "harju" | "nopsa" | "kanelipulla" | "arkki" | "seniorit";

interface OrdererSeed {
  key: OrdererKey;
  kind: OrdererKind;
  name: string;
  businessId?: string;
  contact: { email: string; name: string; phone: string };
  data: Omit<Prisma.OrdererUncheckedCreateInput, "kind" | "name" | "businessId">;
  categories: TaskCategory[];
}

const CITY_EINVOICE = { billingMethod: "E_INVOICE", eInvoiceAddress: "003702012566", eInvoiceOperator: "003721291126" } as const;

const ORDERERS: OrdererSeed[] = [
  {
    key: "siisti",
    kind: "COMPANY",
    name: "Siisti Oy",
    businessId: "0737546-2",
    contact: { email: DEMO_STAFF.ordererCompany.email, name: DEMO_STAFF.ordererCompany.name, phone: "040 123 4501" },
    data: { email: "tilaukset@siisti.demo", phone: "09 123 4500", streetAddress: "Hämeentie 33", postalCode: "00500", city: "Helsinki", billingMethod: "E_INVOICE", eInvoiceAddress: "003707375462", eInvoiceOperator: "003721291126", billingReference: "Siivouspalvelut" },
    categories: ["CLEANING", "PACKING_MAILING", "MOVING", "CLEANING"],
  },
  {
    key: "kotikulma",
    kind: "ASSOCIATION",
    name: "Kotikulman yhdistys ry",
    businessId: "1572860-0",
    contact: { email: DEMO_STAFF.ordererAssociation.email, name: DEMO_STAFF.ordererAssociation.name, phone: "040 123 4502" },
    data: { email: "toimisto@kotikulma.demo", phone: "09 123 4600", streetAddress: "Kotikatu 5", postalCode: "00530", city: "Helsinki", billingMethod: "EMAIL_INVOICE", billingEmail: "laskut@kotikulma.demo" },
    categories: ["PACKING_MAILING", "SEWING", "ELDERLY_HELP", "CLEANING"],
  },
  {
    key: "kirjasto",
    kind: "CITY_UNIT",
    name: "Helsingin kaupunki, Kallion kirjasto",
    businessId: "0201256-6",
    contact: { email: "kirjasto.kallio@hel.demo", name: "Liisa Lehtonen", phone: "09 310 85001" },
    data: { email: "kallion.kirjasto@hel.demo", streetAddress: "Viides linja 11", postalCode: "00530", city: "Helsinki", ...CITY_EINVOICE, billingReference: "Kustannuspaikka 4410 Kallion kirjasto" },
    categories: ["ARCHIVING", "PACKING_MAILING", "MOVING"],
  },
  {
    key: "palvelukeskus",
    kind: "CITY_UNIT",
    name: "Helsingin kaupunki, Vuosaaren palvelukeskus",
    businessId: "0201256-6",
    contact: { email: "palvelukeskus.vuosaari@hel.demo", name: "Marja Salo", phone: "09 310 85002" },
    data: { email: "vuosaaren.palvelukeskus@hel.demo", streetAddress: "Kahvikuja 3", postalCode: "00980", city: "Helsinki", ...CITY_EINVOICE, billingReference: "Kustannuspaikka 5120 Vuosaaren palvelukeskus" },
    categories: ["ELDERLY_HELP", "CLEANING", "OUTDOOR"],
  },
  {
    key: "nuorisotalo",
    kind: "CITY_UNIT",
    name: "Helsingin kaupunki, Malmin nuorisotalo",
    businessId: "0201256-6",
    contact: { email: "nuorisotalo.malmi@hel.demo", name: "Janne Heikkinen", phone: "09 310 85003" },
    data: { email: "malmin.nuorisotalo@hel.demo", streetAddress: "Kirkonkyläntie 2", postalCode: "00700", city: "Helsinki", ...CITY_EINVOICE, billingReference: "Kustannuspaikka 6230 Malmin nuorisotalo" },
    categories: ["OUTDOOR", "CLEANING", "MOVING"],
  },
  {
    key: "harju",
    kind: "PRIVATE_PERSON",
    name: "Helena Harju",
    contact: { email: "helena.harju@koti.demo", name: "Helena Harju", phone: "050 765 4321" },
    data: { email: "helena.harju@koti.demo", phone: "050 765 4321", streetAddress: "Mäkelänkatu 40 B 12", postalCode: "00550", city: "Helsinki", billingMethod: "PAPER_INVOICE" },
    categories: ["OUTDOOR", "MOVING", "ELDERLY_HELP"],
  },
  {
    key: "nopsa",
    kind: "COMPANY",
    name: "Muuttopalvelu Nopsa Oy",
    businessId: businessId("2345678"),
    contact: { email: "tilaaja@nopsa.demo", name: "Markus Nieminen", phone: "040 123 4503" },
    data: { email: "info@nopsa.demo", phone: "09 123 4700", streetAddress: "Tukkutorinkuja 4", postalCode: "00580", city: "Helsinki", billingMethod: "E_INVOICE", eInvoiceAddress: "003723456788", eInvoiceOperator: "003721291126" },
    categories: ["MOVING", "PACKING_MAILING", "CLEANING"],
  },
  {
    key: "kanelipulla",
    kind: "COMPANY",
    name: "Kahvila Kanelipulla Oy",
    businessId: businessId("3141593"),
    contact: { email: "tilaaja@kanelipulla.demo", name: "Sanna Korhonen", phone: "040 123 4504" },
    data: { email: "kahvila@kanelipulla.demo", phone: "09 123 4800", streetAddress: "Fredrikinkatu 22", postalCode: "00120", city: "Helsinki", billingMethod: "EMAIL_INVOICE", billingEmail: "kirjanpito@kanelipulla.demo" },
    categories: ["CLEANING", "PACKING_MAILING", "OUTDOOR"],
  },
  {
    key: "arkki",
    kind: "COMPANY",
    name: "Painotalo Arkki Oy",
    businessId: businessId("2718282"),
    contact: { email: "tilaaja@arkki.demo", name: "Antti Hämäläinen", phone: "040 123 4505" },
    data: { email: "asiakaspalvelu@arkki.demo", phone: "09 123 4900", streetAddress: "Konepajankuja 1", postalCode: "00510", city: "Helsinki", billingMethod: "E_INVOICE", eInvoiceAddress: "003727182815", eInvoiceOperator: "003721291126" },
    categories: ["PACKING_MAILING", "ARCHIVING", "MOVING"],
  },
  {
    key: "seniorit",
    kind: "ASSOCIATION",
    name: "Kallion Seniorit ry",
    businessId: businessId("1618033"),
    contact: { email: "tilaaja@seniorit.demo", name: "Raili Rantanen", phone: "040 123 4506" },
    data: { email: "seniorit@seniorit.demo", streetAddress: "Porthaninkatu 9", postalCode: "00530", city: "Helsinki", billingMethod: "EMAIL_INVOICE", billingEmail: "rahastonhoitaja@seniorit.demo" },
    categories: ["ELDERLY_HELP", "SEWING", "CLEANING"],
  },
];

interface TaskTemplate {
  title: string;
  description: string;
  ordererProvides?: string;
  orientation?: string;
  minutes: number;
}

const TASKS: Record<Exclude<TaskCategory, "OTHER">, TaskTemplate[]> = {
  CLEANING: [
    { title: "Toimiston perussiivous", description: "Pölyjen pyyhintä, roskien tyhjennys ja lattioiden imurointi noin 200 neliön toimistossa.", ordererProvides: "Siivousvälineet ja -aineet", orientation: "Näytämme siivouskomeron ja kerromme, mitkä huoneet siivotaan.", minutes: 180 },
    { title: "Varaston siivous ja järjestely", description: "Varaston hyllyjen pyyhkiminen, tavaroiden lajittelu ja lattian lakaisu.", ordererProvides: "Työkäsineet ja jätesäkit", orientation: "Varastovastaava opastaa paikan päällä.", minutes: 240 },
    { title: "Ikkunoiden pesu", description: "Sisäpuolen ikkunoiden pesu kahdessa kerroksessa. Ei korkeita paikkoja.", ordererProvides: "Ikkunanpesuvälineet", orientation: "Lyhyt perehdytys välineiden käyttöön.", minutes: 180 },
    { title: "Turvapuhelimien puhdistus", description: "Asiakkaiden turvapuhelimien ja rannekkeiden puhdistus ja pakkaaminen.", ordererProvides: "Puhdistusaineet ja liinat", orientation: "Näytämme, miten laitteet puhdistetaan.", minutes: 150 },
  ],
  OUTDOOR: [
    { title: "Pihan haravointi", description: "Lehtien haravointi ja säkitys pihalla ja nurmikolla.", ordererProvides: "Haravat, säkit ja työkäsineet", orientation: "Näytämme alueen ja säkkien paikan.", minutes: 180 },
    { title: "Lumityöt sisäpihalla", description: "Sisäpihan ja portaiden lumityöt ja hiekoitus.", ordererProvides: "Lumilapiot ja hiekoitushiekka", orientation: "Talonmies näyttää alueen.", minutes: 120 },
    { title: "Istutuslaatikoiden kunnostus", description: "Kesäkukkien poisto ja laatikoiden tyhjennys talvea varten.", ordererProvides: "Työvälineet", minutes: 180 },
  ],
  PACKING_MAILING: [
    { title: "Jäsenkirjeiden postitus", description: "Kirjeiden taittelu, kuorittaminen ja postimerkkien liimaus noin 600 jäsenelle.", ordererProvides: "Kirjeet, kuoret ja merkit", orientation: "Näytämme mallikirjeen.", minutes: 180 },
    { title: "Asukaskansioiden kokoaminen", description: "Uusien asukkaiden tervetulokansioiden kokoaminen valmiista papereista.", ordererProvides: "Kansiot ja paperit", orientation: "Mallikansio on valmiina.", minutes: 150 },
    { title: "Tuotteiden pakkaaminen", description: "Pienten tuotteiden pakkaaminen laatikoihin ja osoitetarrojen liimaus.", ordererProvides: "Pakkausmateriaalit", orientation: "Työnjohtaja opastaa aamulla.", minutes: 240 },
  ],
  ARCHIVING: [
    { title: "Opinnäytetöiden arkistointi", description: "Opinnäytetöiden lajittelu vuoden mukaan ja siirto arkistokoteloihin.", ordererProvides: "Arkistokotelot ja tarrat", orientation: "Kirjastonhoitaja näyttää järjestyksen.", minutes: 180 },
    { title: "Vanhojen asiakirjojen lajittelu", description: "Paperiasiakirjojen lajittelu säilytettäviin ja hävitettäviin ohjeen mukaan.", ordererProvides: "Lajitteluohje ja laatikot", orientation: "Käymme ohjeen yhdessä läpi.", minutes: 180 },
  ],
  MOVING: [
    { title: "Muuttolaatikoiden pakkaaminen", description: "Toimiston tavaroiden pakkaaminen muuttolaatikoihin ja laatikoiden merkintä.", ordererProvides: "Muuttolaatikot ja teippi", orientation: "Kerromme, mitä pakataan ensin.", minutes: 240 },
    { title: "Salibandymattojen asennus", description: "Salibandymattojen levitys ja kiinnitys liikuntasaliin ennen turnausta.", ordererProvides: "Matot ja työkäsineet", orientation: "Valvoja näyttää mattojen järjestyksen.", minutes: 150 },
    { title: "Kalusteiden siirto", description: "Kevyiden kalusteiden siirto kerrosten välillä. Hissi käytössä.", ordererProvides: "Siirtokärry", minutes: 180 },
  ],
  ELDERLY_HELP: [
    { title: "Ulkoiluapu palvelukeskuksessa", description: "Asukkaiden saattaminen ulkoilemaan pihalle ja takaisin.", orientation: "Hoitaja kertoo asukkaista ennen ulkoilua.", minutes: 120 },
    { title: "Kauppa-apu ikäihmiselle", description: "Kauppaostosten tekeminen listan mukaan ja kantaminen kotiin.", orientation: "Sovimme ostoslistan puhelimessa.", minutes: 120 },
    { title: "Kahvihetken järjestäminen", description: "Kahvin keittäminen, pöytien kattaminen ja tiskaus seniorien kahvihetkessä.", ordererProvides: "Kahvitarvikkeet", minutes: 150 },
  ],
  SEWING: [
    { title: "Verhojen lyhentäminen", description: "Kerhotilan verhojen lyhentäminen ja päärmäys ompelukoneella.", ordererProvides: "Verhot ja ompelukone", orientation: "Näytämme oikean pituuden.", minutes: 180 },
    { title: "Kangaskassien ompelu", description: "Kangaskassien ompelu valmiiksi leikatuista kappaleista myyjäisiin.", ordererProvides: "Kankaat ja langat", minutes: 240 },
  ],
};

const STREETS = [
  ["Hämeentie 33", "00500"],
  ["Mannerheimintie 12", "00100"],
  ["Vaasankatu 7", "00500"],
  ["Fleminginkatu 18", "00510"],
  ["Kontulankaari 1", "00940"],
  ["Vuotie 45", "00980"],
  ["Malminkaari 5", "00700"],
  ["Mechelininkatu 27", "00100"],
  ["Runeberginkatu 40", "00260"],
  ["Itäkatu 11", "00930"],
] as const;

const SKILLS = ["siivous", "ulkotyöt", "pakkaaminen", "arkistointi", "muuttoapu", "vanhusapu", "ompelu"] as const;

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

const EXTRA_CLIENT_ACCOUNTS = [
  { pin: "314159" },
  { pin: "271828" },
  { pin: "161803" },
];

const FEEDBACK_COMMENTS = [
  "Työ tehtiin huolellisesti ja ajallaan. Kiitos!",
  "Reipas ja mukava tekijä, tervetuloa uudelleen.",
  "Hyvä työ. Aluksi tarvittiin vähän ohjausta, sitten sujui hienosti.",
  "Erittäin tarkka työ, lopputulos oli siisti.",
  "Kiitos avusta, asukkaat ilahtuivat.",
  "Työ sujui hyvin, vaikka aikaa meni hieman arvioitua enemmän.",
];

// ───────────── helpers ─────────────

function skipWeekend(day: Date, direction: 1 | -1): Date {
  let d = day;
  while (isoWeekday(d) >= 6) d = addHelsinkiDays(d, direction);
  return d;
}


interface ClientRow {
  id: string;
  unitId: string;
  unitIndex: number;
  jc: "D" | "R";
  readiness: ReadinessStatus;
  userId: string | null;
  firstName: string;
  weekly: { weekday: number; startMinute: number; endMinute: number }[];
  bookings: { startsAt: Date; endsAt: Date }[];
}

interface OrderSpec {
  status: OrderStatus;
  jc: "D" | "R";
  orderer: OrdererKey;
  category: Exclude<TaskCategory, "OTHER">;
  /** first work day relative to today (Helsinki) */
  dayOffset: number;
  /** further sessions, days after the first */
  extraSessionDays?: number[];
  window?: boolean;
  workers: number;
  startTime?: string;
  /** fixed clients for the first worker slots, with gig details */
  fixed?: { client: ClientRow; status: GigStatus; details?: Partial<Prisma.GigUncheckedCreateInput> }[];
  /** status from which a cancelled order was cancelled */
  cancelledFrom?: OrderStatus;
  exactDay?: boolean;
  agreedPrice?: { cents: number; reason: string };
  special?: "question" | "change" | "reported-in-progress";
}

const PATH: OrderStatus[] = ["DRAFT", "RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS", "DONE", "APPROVED", "INVOICED"];

// ───────────── the seed ─────────────

export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedDemoSummary> {
  const now = options.now ?? new Date();
  const cost = options.hashCost ?? DEFAULT_COST;
  const passwordHash = await hashSecret(DEMO_PASSWORD, cost);
  const clientPins = new Map<string, string>();
  for (const c of [DEMO_CLIENTS.disability, DEMO_CLIENTS.rehabilitative, ...EXTRA_CLIENT_ACCOUNTS]) {
    clientPins.set(c.pin, await hashSecret(c.pin, cost));
  }
  return db.$transaction((tx) => build(tx, now, passwordHash, clientPins), { maxWait: 60_000, timeout: 300_000 });
}

async function build(tx: Tx, now: Date, passwordHash: string, pinHashes: Map<string, string>): Promise<SeedDemoSummary> {
  const rand = seededRandom(20221001);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const today = dayKey(now);
  const ago = (ms: number) => new Date(now.getTime() - ms);

  // Reference data and organisations.
  await seedVatRates(tx);
  await seedBenefitLimits(tx);
  const jobcenterD = await tx.jobcenter.create({
    data: {
      slug: DEMO_JOBCENTERS.disability.slug,
      name: DEMO_JOBCENTERS.disability.name,
      kind: "DISABILITY_WORK_ACTIVITY",
      contractModels: ["COMMISSION", "EMPLOYMENT"],
      blockCommissionForUnemploymentBenefit: false,
      email: "tyokeskus@vammaiset.demo",
      phone: "09 310 40000",
    },
  });
  const jobcenterR = await tx.jobcenter.create({
    data: {
      slug: DEMO_JOBCENTERS.rehabilitative.slug,
      name: DEMO_JOBCENTERS.rehabilitative.name,
      kind: "REHABILITATIVE_WORK_ACTIVITY",
      contractModels: ["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"],
      blockCommissionForUnemploymentBenefit: true,
      email: "tyokeskus@aikuissosiaalityo.demo",
      phone: "09 310 50000",
    },
  });
  const jobcenters = { D: jobcenterD, R: jobcenterR };
  for (const jc of [jobcenterD, jobcenterR]) {
    await seedPriceLists(tx, jc.id, jc.contractModels);
    await seedTerms(tx, jc.id);
  }
  const priceLists = await tx.priceList.findMany();
  const vatRates = await tx.vatRate.findMany();
  const termsFi = await tx.orderTermsVersion.findMany({ where: { locale: "fi" } });

  const units: Record<"D" | "R", { id: string; name: string }[]> = { D: [], R: [] };
  for (const jc of ["D", "R"] as const) {
    for (const u of UNITS[jc]) units[jc].push(await tx.unit.create({ data: { jobcenterId: jobcenters[jc].id, ...u } }));
  }

  // Staff.
  const staffUser = (email: string, name: string, memberships: Prisma.MembershipUncheckedCreateWithoutUserInput[], extra: Partial<Prisma.UserUncheckedCreateInput> = {}) =>
    tx.user.create({
      data: { email, name, passwordHash, lastSignInAt: ago(2 * DAY), memberships: { create: memberships }, ...extra },
    });
  const admin = await staffUser(DEMO_STAFF.admin.email, DEMO_STAFF.admin.name, [{ role: "ADMIN" }]);
  const coordinator = {
    D: await staffUser(DEMO_STAFF.coordinatorDisability.email, DEMO_STAFF.coordinatorDisability.name, [{ role: "COORDINATOR", jobcenterId: jobcenterD.id }], { phone: "09 310 40010" }),
    R: await staffUser(DEMO_STAFF.coordinatorRehabilitative.email, DEMO_STAFF.coordinatorRehabilitative.name, [{ role: "COORDINATOR", jobcenterId: jobcenterR.id }], { phone: "09 310 50010" }),
  };
  const unitStaff: Record<"D" | "R", { id: string; name: string }[]> = {
    D: [
      await staffUser(DEMO_STAFF.staffDisability.email, DEMO_STAFF.staffDisability.name, [{ role: "UNIT_STAFF", unitId: units.D[0]!.id }]),
      await staffUser("ohjaaja.verstas@vammaiset.demo", "Veera Virtanen", [{ role: "UNIT_STAFF", unitId: units.D[1]!.id }]),
      await staffUser("ohjaaja.puutarha@vammaiset.demo", "Paula Peltola", [{ role: "UNIT_STAFF", unitId: units.D[2]!.id }]),
    ],
    R: [
      await staffUser(DEMO_STAFF.staffRehabilitative.email, DEMO_STAFF.staffRehabilitative.name, [{ role: "UNIT_STAFF", unitId: units.R[0]!.id }]),
      await staffUser("ohjaaja.lansi@aikuissosiaalityo.demo", "Lauri Lampinen", [{ role: "UNIT_STAFF", unitId: units.R[1]!.id }]),
      await staffUser("ohjaaja.keskusta@aikuissosiaalityo.demo", "Kirsi Kallio", [
        { role: "UNIT_STAFF", unitId: units.R[2]!.id },
        { role: "UNIT_STAFF", unitId: units.R[1]!.id },
      ]),
    ],
  };
  // A former staff member (deactivated) and an invited one who has not set a password yet.
  await tx.user.create({
    data: {
      email: "mikko.mattila@aikuissosiaalityo.demo",
      name: "Mikko Mattila",
      passwordHash,
      active: false,
      sessionVersion: 1,
      memberships: { create: [{ role: "UNIT_STAFF", unitId: units.R[1]!.id }] },
    },
  });
  const invited = await tx.user.create({
    data: { email: "jari.jarvinen@vammaiset.demo", name: "Jari Järvinen", memberships: { create: [{ role: "UNIT_STAFF", unitId: units.D[1]!.id }] } },
  });
  const inviteToken = randomBytes(32).toString("base64url");
  await tx.authToken.create({
    data: { userId: invited.id, kind: "INVITE", tokenHash: hashToken(inviteToken), expiresAt: new Date(now.getTime() + 6 * DAY), createdAt: ago(DAY) },
  });
  await tx.outboxMessage.create({
    data: {
      to: invited.email!,
      subject: "Kutsu Täsmätyöhön",
      body: `Hei Jari Järvinen,\n\nsinut on kutsuttu Täsmätyöhön. Aseta salasana tästä linkistä:\n/invite/${inviteToken}\n\nLinkki on voimassa 7 päivää.`,
      createdAt: ago(DAY),
    },
  });
  await tx.auditEvent.createMany({
    data: [
      { actorUserId: admin.id, action: "user.invite", entityType: "User", entityId: invited.id, createdAt: ago(DAY) },
      { actorUserId: admin.id, action: "user.deactivate", entityType: "User", entityId: null, details: { email: "mikko.mattila@aikuissosiaalityo.demo" }, createdAt: ago(20 * DAY) },
    ],
  });

  // Orderers and their contacts.
  const orderers = {} as Record<OrdererKey, { id: string; contactId: string; seed: OrdererSeed; row: Prisma.OrdererUncheckedCreateInput }>;
  for (const o of ORDERERS) {
    const row: Prisma.OrdererUncheckedCreateInput = { kind: o.kind, name: o.name, businessId: o.businessId ?? null, ...o.data };
    const created = await tx.orderer.create({ data: row });
    const contact = await staffUser(o.contact.email, o.contact.name, [{ role: "ORDERER_CONTACT", ordererId: created.id }], { phone: o.contact.phone });
    orderers[o.key] = { id: created.id, contactId: contact.id, seed: o, row };
  }

  // Clients.
  const unitSizes = { D: [8, 7, 6], R: [7, 6, 6] };
  const clients: ClientRow[] = [];
  // The audit trail the real actions would have written, so that the log is not empty.
  const auditRows: Prisma.AuditEventCreateManyInput[] = [];
  let nameIndex = 0;
  let extraAccount = 0;
  for (const jc of ["D", "R"] as const) {
    for (let ui = 0; ui < 3; ui++) {
      const unit = units[jc][ui]!;
      const staffId = unitStaff[jc][ui]!.id;
      for (let i = 0; i < unitSizes[jc][ui]!; i++) {
        const demo = jc === "D" && ui === 0 && i === 0 ? DEMO_CLIENTS.disability : jc === "R" && ui === 0 && i === 0 ? DEMO_CLIENTS.rehabilitative : null;
        const firstName = demo?.firstName ?? FIRST_NAMES[nameIndex % FIRST_NAMES.length]!;
        const lastName = demo?.lastName ?? LAST_NAMES[(nameIndex * 7) % LAST_NAMES.length]!;
        if (!demo) nameIndex++;
        const readiness: ReadinessStatus = demo ? "READY" : READINESS_CYCLE[(i + ui) % READINESS_CYCLE.length]!;
        const socialAssistance = jc === "R" && rand() < 0.35;
        const benefits: BenefitType[] =
          jc === "D"
            ? ["DISABILITY_PENSION", "PENSIONERS_HOUSING_ALLOWANCE"]
            : ["LABOUR_MARKET_SUBSIDY", "GENERAL_HOUSING_ALLOWANCE", ...(socialAssistance ? (["BASIC_SOCIAL_ASSISTANCE"] as const) : [])];
        const allowedContractModels: ContractModel[] = jc === "D" ? ["COMMISSION", "EMPLOYMENT"] : ["EMPLOYMENT", "PARTNER_EMPLOYER"];
        const skillA = demo === DEMO_CLIENTS.disability ? "siivous" : demo ? "muuttoapu" : pick(SKILLS);
        const skillB = pick(SKILLS);
        const skills = [...new Set(demo === DEMO_CLIENTS.disability ? ["siivous", "pakkaaminen", "arkistointi"] : demo ? ["muuttoapu", "ulkotyöt", "siivous"] : [skillA, skillB])];
        const interests = [...new Set([skillA, pick(SKILLS)])];
        const weekly =
          jc === "D"
            ? [1, 2, 3, 4].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 14 * 60 }))
            : [1, 2, 3].map((weekday) => ({ weekday, startMinute: 8 * 60 + (i % 2) * 60, endMinute: 12 * 60 }));

        let userId: string | null = null;
        let account: { username: string; pin: string } | null = demo ? { username: demo.username, pin: demo.pin } : null;
        if (!account && readiness === "READY" && i === 1 && extraAccount < EXTRA_CLIENT_ACCOUNTS.length) {
          const ascii = firstName.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o");
          account = { username: `${ascii}.${lastName.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o").slice(0, 3)}`, pin: EXTRA_CLIENT_ACCOUNTS[extraAccount++]!.pin };
        }
        if (account) {
          const u = await tx.user.create({
            data: { name: `${firstName} ${lastName}`, clientUsername: account.username, pinHash: pinHashes.get(account.pin)!, lastSignInAt: ago(3 * DAY) },
          });
          userId = u.id;
        }
        const joined = ago(between(120, 400) * DAY);
        const client = await tx.client.create({
          data: {
            unitId: unit.id,
            userId,
            firstName,
            lastName,
            phone: `040 555 ${String(1000 + clients.length).padStart(4, "0")}`,
            area: jc === "D" ? pick(["Kallio", "Sörnäinen", "Vallila", "Pasila", "Viikki"]) : pick(["Itäkeskus", "Kontula", "Pitäjänmäki", "Kamppi", "Vuosaari"]),
            skills,
            interests,
            supportNeeds:
              jc === "D"
                ? pick(["Tarvitsee selkeät, lyhyet ohjeet.", "Ohjaaja mukaan uusiin paikkoihin.", "Tauko tunnin välein.", "Ei raskaita nostoja."])
                : rand() < 0.5
                  ? "Voi soittaa ohjaajalle työn aikana."
                  : null,
            preferredTimes: jc === "D" ? "Aamupäivät" : "Iltapäivät klo 12 jälkeen",
            benefits,
            allowedContractModels,
            readiness,
            readinessNote: readiness === "PAUSED" ? "Tauko täsmätöistä oman toiveen mukaan." : readiness === "PRACTISING" ? "Harjoittelee työtehtäviä työtoiminnassa." : null,
            createdAt: joined,
            workActivityHours: { create: weekly },
          },
        });
        // Readiness history: first assessment, practice, then the current status.
        const history: { status: ReadinessStatus; note: string; at: Date }[] = [{ status: "NOT_ASSESSED", note: "Asiakkuus alkoi.", at: joined }];
        if (readiness !== "NOT_ASSESSED") {
          history.push({ status: "PRACTISING", note: "Harjoittelee työtehtäviä työtoiminnassa.", at: new Date(joined.getTime() + 30 * DAY) });
          if (readiness === "READY" || readiness === "PAUSED")
            history.push({ status: "READY", note: "Työtaidot varmistettu, etuustarkistus tehty.", at: new Date(joined.getTime() + 70 * DAY) });
          if (readiness === "PAUSED") history.push({ status: "PAUSED", note: "Tauko täsmätöistä oman toiveen mukaan.", at: ago(10 * DAY) });
        }
        for (const h of history.slice(1)) {
          auditRows.push({ actorUserId: staffId, action: "client.readiness", entityType: "Client", entityId: client.id, clientId: client.id, details: { status: h.status }, createdAt: h.at });
        }
        await tx.readinessEvent.createMany({
          data: history.map((h) => ({ clientId: client.id, status: h.status, note: h.note, byUserId: staffId, createdAt: h.at })),
        });
        if (readiness !== "NOT_ASSESSED") {
          const agreed = new Date(joined.getTime() + 14 * DAY);
          await tx.consentRecord.create({
            data: {
              clientId: client.id,
              parties: jc === "D" ? ["Työkeskus", "Kela", "Vammaispalvelut"] : ["Työkeskus", "Kela", "Aikuissosiaalityö", "TE-palvelut"],
              scope: "Tietojen vaihto etuuksien ja täsmätyön yhteensovittamiseksi (Kelan lomake Y100)",
              agreedOn: dateColumnOf(agreed),
              validUntil: dateColumnOf(addHelsinkiDays(agreed, 730)),
              recordedById: staffId,
              createdAt: agreed,
            },
          });
        }
        clients.push({ id: client.id, unitId: unit.id, unitIndex: ui, jc, readiness, userId, firstName, weekly, bookings: [] });
      }
    }
  }
  const maija = clients.find((c) => c.firstName === DEMO_CLIENTS.disability.firstName && c.jc === "D" && c.userId)!;
  const pekka = clients.find((c) => c.firstName === DEMO_CLIENTS.rehabilitative.firstName && c.jc === "R" && c.userId)!;

  // Orders: the special ones for the demo clients first, then a spread over every state.
  const specs: OrderSpec[] = [
    // A gig today, so that "I started" / "I finished" can be tried at once in the demo.
    { status: "SCHEDULED", jc: "D", orderer: "kotikulma", category: "PACKING_MAILING", dayOffset: 0, exactDay: true, workers: 1, startTime: "15:00", fixed: [{ client: maija, status: "ACCEPTED", details: { meetingPerson: "Yrjö Yhdistys, toimiston ovella", bringItems: "Oma vesipullo", supportMode: "STAFF_ALONG", supportPerson: DEMO_STAFF.staffDisability.name } }] },
    { status: "SCHEDULED", jc: "D", orderer: "siisti", category: "CLEANING", dayOffset: 1, exactDay: true, workers: 2, fixed: [{ client: maija, status: "ACCEPTED", details: { meetingPerson: "Tiina Tilaaja, ala-aulan vastaanotossa", bringItems: "Sisäkengät ja oma vesipullo", supportMode: "STAFF_ALONG", supportPerson: DEMO_STAFF.staffDisability.name } }] },
    { status: "SCHEDULED", jc: "D", orderer: "kirjasto", category: "ARCHIVING", dayOffset: 4, exactDay: true, workers: 1, startTime: "10:00", fixed: [{ client: maija, status: "OFFERED" }] },
    { status: "APPROVED", jc: "D", orderer: "siisti", category: "CLEANING", dayOffset: -2, exactDay: true, workers: 1, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "APPROVED", jc: "D", orderer: "kotikulma", category: "PACKING_MAILING", dayOffset: -8, workers: 2, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "INVOICED", jc: "D", orderer: "siisti", category: "CLEANING", dayOffset: -40, workers: 1, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "INVOICED", jc: "D", orderer: "kirjasto", category: "ARCHIVING", dayOffset: -75, workers: 2, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "INVOICED", jc: "D", orderer: "arkki", category: "PACKING_MAILING", dayOffset: -120, workers: 1, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "SCHEDULED", jc: "R", orderer: "nopsa", category: "MOVING", dayOffset: 3, exactDay: true, workers: 2, startTime: "13:00", fixed: [{ client: pekka, status: "OFFERED" }] },
    { status: "SCHEDULED", jc: "R", orderer: "kotikulma", category: "CLEANING", dayOffset: 2, exactDay: true, workers: 1, startTime: "13:00", fixed: [{ client: pekka, status: "ACCEPTED", details: { supportMode: "PHONE", supportPerson: DEMO_STAFF.staffRehabilitative.name, meetingPerson: "Yrjö Yhdistys", bringItems: "Työkengät" } }] },
    { status: "APPROVED", jc: "R", orderer: "nopsa", category: "MOVING", dayOffset: -6, workers: 2, startTime: "13:00", fixed: [{ client: pekka, status: "APPROVED" }] },
    { status: "INVOICED", jc: "R", orderer: "siisti", category: "CLEANING", dayOffset: -30, workers: 1, startTime: "13:00", fixed: [{ client: pekka, status: "APPROVED" }] },
  ];
  const counts: Partial<Record<OrderStatus, number>> = {
    DRAFT: 4,
    RECEIVED: 7,
    TERMS_ACCEPTED: 6,
    FINDING_WORKERS: 7,
    SCHEDULED: 8,
    IN_PROGRESS: 3,
    DONE: 6,
    APPROVED: 8,
    INVOICED: 7,
    CANCELLED: 4,
  };
  const ordererCycle: OrdererKey[] = ["kotikulma", "kirjasto", "nopsa", "palvelukeskus", "kanelipulla", "nuorisotalo", "arkki", "seniorit", "harju", "siisti"];
  let cycle = 0;
  const cancelledFrom: OrderStatus[] = ["RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED"];
  for (const status of Object.keys(counts) as OrderStatus[]) {
    const already = specs.filter((s) => s.status === status).length;
    const n = Math.max(0, counts[status]! - already);
    for (let i = 0; i < n; i++) {
      const siistiHas = specs.some((s) => s.status === status && s.orderer === "siisti");
      const orderer: OrdererKey = !siistiHas ? "siisti" : ordererCycle[cycle++ % ordererCycle.length]!;
      const jc: "D" | "R" = i % 2 === 0 ? "D" : "R";
      const category = pick(orderers[orderer].seed.categories) as Exclude<TaskCategory, "OTHER">;
      const offset =
        status === "DRAFT" ? between(7, 25)
        : status === "RECEIVED" ? between(5, 25)
        : status === "TERMS_ACCEPTED" ? between(4, 20)
        : status === "FINDING_WORKERS" ? between(3, 14)
        : status === "SCHEDULED" ? between(1, 12)
        : status === "IN_PROGRESS" ? -2
        : status === "DONE" ? -between(1, 6)
        : status === "APPROVED" ? -between(4, 35)
        : status === "INVOICED" ? -between(20, 220)
        : between(3, 15);
      const early = ["DRAFT", "RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS"].includes(status);
      specs.push({
        status,
        jc,
        orderer,
        category,
        dayOffset: offset,
        extraSessionDays: status === "IN_PROGRESS" ? [3, 6] : (early || status === "SCHEDULED") && category === "MOVING" && rand() < 0.5 ? [1] : undefined,
        window: early && rand() < 0.35,
        workers: between(1, 3),
        startTime: jc === "R" ? "13:00" : pick(["09:00", "10:00"]),
        cancelledFrom: status === "CANCELLED" ? cancelledFrom[i % cancelledFrom.length] : undefined,
        agreedPrice: status === "FINDING_WORKERS" && i === 0 ? { cents: 1300, reason: "Suuri tilaus: yli 40 tuntia, neuvoteltu hinta" } : undefined,
        special:
          status === "RECEIVED" && orderer === "siisti" && !siistiHas ? "question"
          : status === "TERMS_ACCEPTED" && orderer === "siisti" && !siistiHas ? "change"
          : status === "IN_PROGRESS" && i === 0 ? "reported-in-progress"
          : undefined,
      });
    }
  }

  let gigCount = 0;
  const createdOrders: { id: string; status: OrderStatus; jc: "D" | "R"; orderer: OrdererKey; gigs: { clientId: string; status: GigStatus }[]; lastEnd: Date | null }[] = [];
  let taskIndex = 0;
  let streetIndex = 0;

  for (const spec of specs) {
    const jc = spec.jc;
    const jobcenter = jobcenters[jc];
    const orderer = orderers[spec.orderer];
    const coord = coordinator[jc];
    const tasks = TASKS[spec.category];
    const task = tasks[taskIndex++ % tasks.length]!;
    const [street, postal] = spec.orderer === "harju" ? ["Mäkelänkatu 40 B 12", "00550"] : STREETS[streetIndex++ % STREETS.length]!;
    const contractModel: ContractModel =
      jc === "D" ? (spec.orderer === "nopsa" || rand() < 0.25 ? "EMPLOYMENT" : "COMMISSION") : rand() < 0.3 ? "PARTNER_EMPLOYER" : "EMPLOYMENT";
    const startTime = spec.startTime ?? (jc === "R" ? "13:00" : "09:00");
    const minutes = task.minutes;

    // Sessions (exact schedule) or a window.
    let firstDay = addHelsinkiDays(helsinkiInstant(today, "12:00"), spec.dayOffset);
    if (!spec.exactDay) firstDay = skipWeekend(firstDay, spec.dayOffset >= 0 ? 1 : -1);
    const sessionDays = [0, ...(spec.extraSessionDays ?? [])].map((d) => {
      const date = addHelsinkiDays(firstDay, d);
      return dayKey(spec.exactDay || d === 0 ? date : skipWeekend(date, 1));
    });
    const sessions = spec.window
      ? []
      : sessionDays.map((d) => {
          const startsAt = helsinkiInstant(d, startTime);
          return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
        });
    const workDay = sessions[0]?.startsAt ?? firstDay;
    const lastEnd = sessions.length ? sessions[sessions.length - 1]!.endsAt : null;

    // Price snapshot from the dated rows.
    const workDate = dateColumnOf(workDay);
    const priceList = priceLists.find(
      (p) => p.jobcenterId === jobcenter.id && p.contractModel === contractModel && p.validFrom <= workDate && (!p.validTo || p.validTo >= workDate),
    )!;
    const vat = vatRates.find((v) => v.validFrom <= workDate && (!v.validTo || v.validTo >= workDate))!;
    const listUnit = priceList.workerPayCents + priceList.sideCostsCents + priceList.serviceCostsCents;
    const unitPrice = spec.agreedPrice?.cents ?? listUnit;
    const hoursPerWorkerMin = minutes * Math.max(1, sessions.length);
    const workerCount = spec.workers;
    const net = centsForMinutes(unitPrice, hoursPerWorkerMin * workerCount);
    const vatCents = vatOn(net, vat.rateBp);

    // The path of states and their times.
    const finalStatus = spec.status;
    const reached: OrderStatus[] =
      finalStatus === "CANCELLED"
        ? [...PATH.slice(0, PATH.indexOf(spec.cancelledFrom!) + 1), "CANCELLED"]
        : PATH.slice(0, PATH.indexOf(finalStatus) + 1).filter((s) => s !== "IN_PROGRESS" || finalStatus === "IN_PROGRESS" || sessions.length > 1);
    const times = new Map<OrderStatus, Date>();
    const pastWork = ["IN_PROGRESS", "DONE", "APPROVED", "INVOICED"].includes(finalStatus);
    let created: Date;
    if (pastWork) {
      created = new Date(workDay.getTime() - between(8, 14) * DAY);
      const pre: [OrderStatus, number][] = [["DRAFT", 0], ["RECEIVED", 0.25 * HOUR], ["TERMS_ACCEPTED", 1 * DAY], ["FINDING_WORKERS", 1 * DAY + 2 * HOUR], ["SCHEDULED", 3 * DAY]];
      for (const [s, offset] of pre) times.set(s, new Date(created.getTime() + offset));
      times.set("IN_PROGRESS", workDay);
      times.set("DONE", new Date(lastEnd!.getTime() + HOUR));
      times.set("APPROVED", new Date(lastEnd!.getTime() + DAY));
      times.set("INVOICED", new Date(lastEnd!.getTime() + 5 * DAY));
    } else {
      const leadDays = finalStatus === "DRAFT" ? between(1, 3) : between(2, 9);
      created = ago(leadDays * DAY + between(1, 8) * HOUR);
      const steps = reached.length;
      const end = ago(HOUR);
      const span = end.getTime() - created.getTime();
      reached.forEach((s, i) => times.set(s, new Date(created.getTime() + (steps <= 1 ? 0 : (span * i) / (steps - 1)))));
    }
    const at = (s: OrderStatus) => times.get(s)!;
    const lastStatusAt = at(reached[reached.length - 1]!);
    const submitted = finalStatus !== "DRAFT";
    const accepted = reached.includes("TERMS_ACCEPTED");
    const nominated = reached.includes("SCHEDULED") || (finalStatus === "FINDING_WORKERS" && createdOrders.length % 2 === 0);
    const feeCents = finalStatus === "CANCELLED" && spec.cancelledFrom === "SCHEDULED" ? termsFi.find((t) => t.jobcenterId === jobcenter.id)!.cancellationFeeCents : 0;

    const orderRow = orderer.row;
    const order = await tx.order.create({
      data: {
        jobcenterId: jobcenter.id,
        ordererId: orderer.id,
        createdById: orderer.contactId,
        status: finalStatus,
        category: spec.category,
        title: task.title,
        description: task.description,
        streetAddress: street,
        postalCode: postal,
        city: "Helsinki",
        scheduleKind: spec.window ? "WINDOW" : "EXACT",
        windowText: spec.window ? `${intlFormatter("fi").date(workDay)}–${intlFormatter("fi").date(addHelsinkiDays(workDay, 4))} arkipäivisin klo 9–15` : null,
        hoursPerWorkerMin,
        workerCount,
        ordererProvides: task.ordererProvides ?? null,
        orientation: task.orientation ?? null,
        siteContactName: orderer.seed.contact.name,
        siteContactPhone: orderer.seed.contact.phone,
        contractModel,
        billingMethod: orderRow.billingMethod ?? null,
        businessId: orderRow.businessId ?? null,
        eInvoiceAddress: orderRow.eInvoiceAddress ?? null,
        eInvoiceOperator: orderRow.eInvoiceOperator ?? null,
        billingEmail: orderRow.billingEmail ?? null,
        billingReference: orderRow.billingReference ?? null,
        billingName: orderRow.name,
        billingAddress: `${orderRow.streetAddress}, ${orderRow.postalCode} ${orderRow.city}`,
        ...(submitted
          ? {
              priceListId: priceList.id,
              listUnitPriceCents: listUnit,
              agreedUnitPriceCents: spec.agreedPrice?.cents ?? null,
              agreedPriceReason: spec.agreedPrice?.reason ?? null,
              vatRateBp: vat.rateBp,
              netCents: net,
              vatCents,
              grossCents: net + vatCents,
              submittedAt: at("RECEIVED"),
            }
          : {}),
        reacceptanceRequired: spec.special === "change",
        cancelledAt: finalStatus === "CANCELLED" ? at("CANCELLED") : null,
        cancelReason: finalStatus === "CANCELLED" ? pick(["Tapahtuma peruttiin.", "Työ tehtiin omin voimin.", "Aikataulu muuttui, tilaamme myöhemmin uudelleen."]) : null,
        cancellationFeeCents: finalStatus === "CANCELLED" ? feeCents : null,
        createdAt: created,
        updatedAt: lastStatusAt,
      },
    });

    if (submitted) auditRows.push({ actorUserId: orderer.contactId, action: "order.submit", entityType: "Order", entityId: order.id, details: { title: task.title }, createdAt: at("RECEIVED") });
    if (finalStatus === "CANCELLED") auditRows.push({ actorUserId: orderer.contactId, action: "order.cancel", entityType: "Order", entityId: order.id, details: { feeCents: feeCents }, createdAt: at("CANCELLED") });
    if (reached.includes("APPROVED")) auditRows.push({ actorUserId: coord.id, action: "order.approve", entityType: "Order", entityId: order.id, createdAt: at("APPROVED") });
    await tx.orderStatusEvent.createMany({
      data: reached.map((s) => ({
        orderId: order.id,
        status: s,
        byUserId: ["DRAFT", "RECEIVED", "TERMS_ACCEPTED"].includes(s) || (s === "CANCELLED" && spec.cancelledFrom !== "SCHEDULED") ? orderer.contactId : coord.id,
        note: s === "CANCELLED" ? "Tilaaja perui tilauksen." : null,
        createdAt: at(s),
      })),
    });

    if (accepted) {
      const terms = termsFi.find((t) => t.jobcenterId === jobcenter.id)!;
      await tx.termsAcceptance.create({
        data: {
          orderId: order.id,
          termsVersionId: terms.id,
          termsSha256: terms.bodySha256,
          acceptedByUserId: orderer.contactId,
          unitPriceCents: unitPrice,
          hoursPerWorkerMin,
          workerCount,
          grossCents: net + vatCents,
          acceptedAt: at("TERMS_ACCEPTED"),
        },
      });
    }

    const sessionRows = [];
    for (const s of sessions) {
      sessionRows.push(await tx.orderSession.create({ data: { orderId: order.id, startsAt: s.startsAt, endsAt: s.endsAt, workersNeeded: workerCount } }));
    }

    if (spec.special === "question") {
      await tx.orderMessage.createMany({
        data: [
          { orderId: order.id, authorUserId: coord.id, kind: "QUESTION", body: "Onko kohteessa hissi, ja mistä avaimet noudetaan?", createdAt: new Date(created.getTime() + 2 * HOUR) },
          { orderId: order.id, authorUserId: orderer.contactId, kind: "ANSWER", body: "Hissi on. Avaimet saa vahtimestarilta ala-aulasta klo 8 alkaen.", createdAt: new Date(created.getTime() + 3 * HOUR) },
        ],
      });
    }
    if (spec.special === "change") {
      await tx.orderChange.create({
        data: {
          orderId: order.id,
          proposedById: coord.id,
          description: `Työaika pitenee ${hoursPerWorkerMin / 60} tunnista ${(hoursPerWorkerMin + 60) / 60} tuntiin tekijää kohden.`,
          reason: "Tilaaja pyysi lisäämään varaston siivouksen.",
          newHoursPerWorkerMin: hoursPerWorkerMin + 60,
          createdAt: ago(3 * HOUR),
        },
      });
    }

    // Workers: units answer, staff confirm readiness, the coordinator enters gigs.
    const gigsOut: { clientId: string; status: GigStatus }[] = [];
    if (reached.includes("FINDING_WORKERS")) {
      const offeredAt = at("FINDING_WORKERS");
      const validUntil = lastEnd && lastEnd > now ? new Date(lastEnd.getTime() + 7 * DAY) : lastEnd ? new Date(lastEnd.getTime() + 7 * DAY) : new Date(now.getTime() + 21 * DAY);
      // Who works: fixed clients first, then free READY clients of this Jobcenter.
      const chosen: { client: ClientRow; status?: GigStatus; details?: Partial<Prisma.GigUncheckedCreateInput> }[] = [...(spec.fixed ?? [])];
      const free = (c: ClientRow) =>
        c.jc === jc &&
        c.readiness === "READY" &&
        !chosen.some((x) => x.client === c) &&
        sessions.every((s) => c.bookings.every((b) => !(s.startsAt < b.endsAt && b.startsAt < s.endsAt)));
      const pool = clients.filter((c) => free(c) && c !== maija && c !== pekka);
      while (chosen.length < workerCount && pool.length) {
        const idx = Math.floor(rand() * pool.length);
        chosen.push({ client: pool.splice(idx, 1)[0]! });
      }
      const nominee = nominated ? chosen : [];
      const unitIndexes = new Set(nominee.map((c) => c.client.unitIndex));
      const pendingOnly = !nominated;
      for (let ui = 0; ui < 3; ui++) {
        const unit = units[jc][ui]!;
        const staff = unitStaff[jc][ui]!;
        const hasNominee = unitIndexes.has(ui);
        const status = pendingOnly
          ? finalStatus === "CANCELLED"
            ? "WITHDRAWN"
            : "PENDING"
          : hasNominee
            ? "NOMINATED"
            : finalStatus === "FINDING_WORKERS" && ui === 2
              ? "INTERESTED"
              : "DECLINED";
        const responded = status !== "PENDING" && status !== "WITHDRAWN";
        const offer = await tx.unitOffer.create({
          data: {
            orderId: order.id,
            unitId: unit.id,
            offeredById: coord.id,
            message: "Löytyisikö yksiköstänne kiinnostuneita tekijöitä tähän tehtävään?",
            status,
            responseNote:
              status === "DECLINED" ? "Ei sopivia tekijöitä tälle ajalle." : status === "INTERESTED" ? "Kysymme vielä kahdelta asiakkaalta." : status === "NOMINATED" ? "Valmius varmistettu." : null,
            respondedById: responded ? staff.id : null,
            respondedAt: responded ? new Date(offeredAt.getTime() + 5 * HOUR) : null,
            createdAt: offeredAt,
          },
        });
        for (const c of nominee.filter((x) => x.client.unitIndex === ui)) {
          auditRows.push({ actorUserId: staff.id, action: "nomination.create", entityType: "Nomination", entityId: null, clientId: c.client.id, createdAt: new Date(offeredAt.getTime() + 5 * HOUR) });
          await tx.nomination.create({
            data: {
              orderId: order.id,
              unitOfferId: offer.id,
              clientId: c.client.id,
              nominatedById: staff.id,
              clientWantsGig: true,
              skillsCheck: rand() < 0.8 ? "VERIFIED" : "PRACTISED_FIRST",
              benefitCheck: "DONE",
              supportMode: jc === "D" ? "STAFF_ALONG" : "PHONE",
              supportPerson: staff.name,
              note: jc === "D" ? "Ohjaaja lähtee mukaan." : "Asiakas soittaa tarvittaessa ohjaajalle.",
              validUntil,
              createdAt: new Date(offeredAt.getTime() + 5 * HOUR),
            },
          });
        }
      }

      // Gigs for scheduled and later orders.
      if (reached.includes("SCHEDULED")) {
        const scheduledAt = at("SCHEDULED");
        for (const [si, s] of sessions.entries()) {
          for (const [wi, c] of chosen.entries()) {
            const past = s.endsAt <= now;
            let status: GigStatus;
            if (si === 0 && c.status) status = c.status;
            else if (finalStatus === "CANCELLED") status = "CANCELLED";
            else if (!past) status = finalStatus === "SCHEDULED" && wi === 1 && createdOrders.length % 3 === 0 ? "OFFERED" : "ACCEPTED";
            else if (finalStatus === "DONE" || (finalStatus === "IN_PROGRESS" && spec.special === "reported-in-progress")) status = "REPORTED";
            else status = "APPROVED";
            const staff = unitStaff[jc][c.client.unitIndex]!;
            const support: SupportMode = jc === "D" ? "STAFF_ALONG" : "PHONE";
            const clash = jc === "D" && c.client.weekly.some((w) => w.weekday === isoWeekday(s.startsAt));
            const reported = status === "REPORTED" || status === "APPROVED" ? minutes + pick([0, 0, 0, -15, 15, 30]) : null;
            const approved = status === "APPROVED" ? (reported === minutes + 30 ? minutes : reported) : null;
            const approvedAt = status === "APPROVED" ? new Date(Math.min(s.endsAt.getTime() + DAY, now.getTime() - HOUR)) : null;
            const gig = await tx.gig.create({
              data: {
                orderId: order.id,
                sessionId: sessionRows[si]!.id,
                clientId: c.client.id,
                status,
                startsAt: s.startsAt,
                endsAt: s.endsAt,
                plannedMinutes: minutes,
                startedAt: reported !== null ? s.startsAt : null,
                finishedAt: reported !== null ? new Date(s.startsAt.getTime() + reported * 60_000) : null,
                reportedMinutes: reported,
                reportNote: reported !== null && reported > minutes ? "Työ kesti vähän arvioitua pidempään." : null,
                approvedMinutes: approved,
                approvedAt,
                approvedById: approved !== null ? coord.id : null,
                supportMode: support,
                supportPerson: staff.name,
                meetingPerson: orderer.seed.contact.name,
                bringItems: spec.category === "OUTDOOR" ? "Säänmukainen vaatetus" : null,
                onWorkActivityDay: clash,
                workActivityDayConfirmedById: clash ? staff.id : null,
                cancelReason: status === "CANCELLED" ? "Tilaus peruttiin." : null,
                createdById: coord.id,
                createdAt: scheduledAt,
                ...(si === 0 ? c.details : {}),
              },
            });
            gigCount++;
            c.client.bookings.push(s);
            auditRows.push({ actorUserId: coord.id, action: "gig.assign", entityType: "Gig", entityId: gig.id, clientId: c.client.id, createdAt: scheduledAt });
            if (approved !== null) auditRows.push({ actorUserId: coord.id, action: "hours.approve", entityType: "Gig", entityId: gig.id, clientId: c.client.id, details: { minutes: approved }, createdAt: approvedAt! });
            gigsOut.push({ clientId: c.client.id, status });
            if (reported !== null) {
              const reporter = c.client.userId ?? staff.id;
              const events: Prisma.HoursEventCreateManyInput[] = c.client.userId
                ? [
                    { gigId: gig.id, kind: "STARTED", byUserId: reporter, createdAt: s.startsAt },
                    { gigId: gig.id, kind: "FINISHED", byUserId: reporter, createdAt: new Date(s.startsAt.getTime() + reported * 60_000) },
                    { gigId: gig.id, kind: "REPORTED", minutes: reported, byUserId: reporter, createdAt: new Date(s.startsAt.getTime() + reported * 60_000 + 60_000) },
                  ]
                : [{ gigId: gig.id, kind: "ENTERED_BY_STAFF", minutes: reported, reason: "Asiakas ei käytä sovellusta.", byUserId: staff.id, createdAt: new Date(s.endsAt.getTime() + 2 * HOUR) }];
              if (approved !== null && approved !== reported) {
                events.push({ gigId: gig.id, kind: "CORRECTED", minutes: approved, reason: "Tauko ei kuulu työaikaan.", byUserId: coord.id, createdAt: new Date(approvedAt!.getTime() - 60_000) });
              }
              if (approved !== null) events.push({ gigId: gig.id, kind: "APPROVED", minutes: approved, byUserId: coord.id, createdAt: approvedAt! });
              await tx.hoursEvent.createMany({ data: events });
              if (approved !== null && (c.client === maija || c.client === pekka || rand() < 0.7)) {
                const comment = pick(FEEDBACK_COMMENTS);
                await tx.feedback.create({
                  data: {
                    orderId: order.id,
                    gigId: gig.id,
                    clientId: c.client.id,
                    authorUserId: orderer.contactId,
                    rating: comment.includes("ohjausta") || comment.includes("pidempään") ? 3 : pick([4, 5, 5]),
                    comment,
                    onProfile: rand() < 0.8,
                    recordedById: coord.id,
                    createdAt: new Date(Math.min(approvedAt!.getTime() + DAY, now.getTime() - 30 * 60_000)),
                  },
                });
              }
            }
          }
        }
        // A client who said no: history for the coordinator.
        if (finalStatus === "SCHEDULED" && createdOrders.length % 4 === 1 && sessions[0]) {
          const other = clients.find((c) => c.jc === jc && c.readiness === "READY" && !chosen.some((x) => x.client === c) && c !== maija && c !== pekka);
          if (other) {
            await tx.gig.create({
              data: {
                orderId: order.id,
                sessionId: sessionRows[0]!.id,
                clientId: other.id,
                status: "DECLINED",
                startsAt: sessions[0].startsAt,
                endsAt: sessions[0].endsAt,
                plannedMinutes: minutes,
                declineReason: "Minulla on silloin lääkäriaika.",
                createdById: coord.id,
                createdAt: scheduledAt,
              },
            });
            gigCount++;
          }
        }
      }
    }
    createdOrders.push({ id: order.id, status: finalStatus, jc, orderer: spec.orderer, gigs: gigsOut, lastEnd });
  }

  // One hire: an orderer took a worker onto its own payroll after invoiced gigs.
  const withWorker = createdOrders.filter(
    (o) => (o.status === "INVOICED" || o.status === "APPROVED") && o.gigs.some((g) => g.clientId !== pekka.id && g.clientId !== maija.id),
  );
  const companies = withWorker.filter((o) => o.status === "INVOICED" && orderers[o.orderer].seed.kind === "COMPANY");
  const hireCandidates = companies.length ? companies : withWorker;
  const hireOrder = hireCandidates.find((o) => o.jc === "R") ?? hireCandidates[0];
  if (hireOrder) {
    const clientId = hireOrder.gigs.find((g) => g.clientId !== pekka.id && g.clientId !== maija.id)!.clientId;
    const hiredAt = new Date(Math.min(hireOrder.lastEnd!.getTime() + 14 * DAY, now.getTime() - DAY));
    auditRows.push({ actorUserId: coordinator[hireOrder.jc].id, action: "hire.record", entityType: "Hire", entityId: null, clientId, createdAt: hiredAt });
    await tx.hire.create({
      data: { clientId, ordererId: orderers[hireOrder.orderer].id, orderId: hireOrder.id, reportedById: coordinator[hireOrder.jc].id, hiredOn: dateColumnOf(hiredAt), createdAt: hiredAt },
    });
  }

  // Coordinators read profiles while matching; every read is logged.
  for (const c of clients.filter((x) => x.readiness === "READY").slice(0, 12)) {
    auditRows.push({ actorUserId: coordinator[c.jc].id, action: "client.read", entityType: "Client", entityId: c.id, clientId: c.id, createdAt: ago(between(1, 72) * HOUR) });
  }
  await tx.auditEvent.createMany({ data: auditRows.filter((r) => (r.createdAt as Date) <= now) });

  return {
    jobcenters: 2,
    units: 6,
    users: await tx.user.count(),
    clients: clients.length,
    orderers: ORDERERS.length,
    orders: createdOrders.length,
    gigs: gigCount,
  };
}
