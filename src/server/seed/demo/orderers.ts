import type { Prisma } from "@/generated/prisma/client";
import type { OrdererKind, TaskCategory } from "@/generated/prisma/enums";
import { DEMO_STAFF } from "../demo-accounts";
import type { SeedContext } from "./context";
import type { StaffUserFactory } from "./staff";

export type OrdererKey = "siisti" | "kotikulma" | "kirjasto" | "palvelukeskus" | "nuorisotalo" | "harju" | "nopsa" | "kanelipulla" | "arkki" | "seniorit";
export type WorkCategory = Exclude<TaskCategory, "OTHER">;

interface OrdererSeed {
  key: OrdererKey;
  kind: OrdererKind;
  name: string;
  businessId?: string;
  contact: { email: string; name: string; phone: string };
  data: Omit<Prisma.OrdererUncheckedCreateInput, "kind" | "name" | "businessId">;
  /** what the orderer orders; repeats make a category more likely */
  categories: WorkCategory[];
}

/** Seven digits → a valid Y-tunnus (check digit per the Finnish rule). */
export function businessId(seven: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const r = weights.reduce((s, w, i) => s + w * Number(seven[i]), 0) % 11;
  if (r === 1) throw new Error(`no valid business id for ${seven}`);
  return `${seven}-${r === 0 ? 0 : 11 - r}`;
}

const CITY_EINVOICE = { billingMethod: "E_INVOICE", eInvoiceAddress: "003702012566", eInvoiceOperator: "003721291126" } as const;

export const ORDERERS: OrdererSeed[] = [
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

export interface SeededOrderer {
  id: string;
  contactId: string;
  seed: OrdererSeed;
  row: Prisma.OrdererUncheckedCreateInput;
}
export type Orderers = Record<OrdererKey, SeededOrderer>;

/** Every orderer with one contact person who can sign in. */
export async function seedOrderers(ctx: SeedContext, staffUser: StaffUserFactory): Promise<Orderers> {
  const orderers = {} as Orderers;
  for (const o of ORDERERS) {
    // The demo orderers are the Jobcenters' known customers: verified (ADR 055).
    const row: Prisma.OrdererUncheckedCreateInput = { kind: o.kind, name: o.name, businessId: o.businessId ?? null, status: "VERIFIED", ...o.data };
    const created = await ctx.tx.orderer.create({ data: row });
    const contact = await staffUser(o.contact.email, o.contact.name, [{ role: "ORDERER_CONTACT", ordererId: created.id }], { phone: o.contact.phone });
    orderers[o.key] = { id: created.id, contactId: contact.id, seed: o, row };
  }
  return orderers;
}
