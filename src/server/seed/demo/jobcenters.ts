import { DEMO_JOBCENTERS } from "../demo-accounts";
import { seedBenefitLimits, seedPriceLists, seedTerms, seedVatRates } from "../reference";
import type { Tx } from "./context";

/** The two demo Jobcenters: D (disability work activity) and R (rehabilitative work activity). */
export type JobcenterKey = "D" | "R";
export const JOBCENTER_KEYS = ["D", "R"] as const;

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

export type Organisations = Awaited<ReturnType<typeof seedJobcenters>>;

/** Reference rows, the two Jobcenters with their price lists and terms, and their units. */
export async function seedJobcenters(tx: Tx) {
  await seedVatRates(tx);
  await seedBenefitLimits(tx);
  const jobcenters = {
    D: await tx.jobcenter.create({
      data: {
        slug: DEMO_JOBCENTERS.disability.slug,
        name: DEMO_JOBCENTERS.disability.name,
        kind: "DISABILITY_WORK_ACTIVITY",
        contractModels: ["COMMISSION", "EMPLOYMENT"],
        blockCommissionForUnemploymentBenefit: false,
        email: "tyokeskus@vammaiset.demo",
        phone: "09 310 40000",
      },
    }),
    R: await tx.jobcenter.create({
      data: {
        slug: DEMO_JOBCENTERS.rehabilitative.slug,
        name: DEMO_JOBCENTERS.rehabilitative.name,
        kind: "REHABILITATIVE_WORK_ACTIVITY",
        contractModels: ["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"],
        blockCommissionForUnemploymentBenefit: true,
        email: "tyokeskus@aikuissosiaalityo.demo",
        phone: "09 310 50000",
      },
    }),
  };
  for (const jc of JOBCENTER_KEYS) {
    await seedPriceLists(tx, jobcenters[jc].id, jobcenters[jc].contractModels);
    await seedTerms(tx, jobcenters[jc].id);
  }
  // Orders snapshot their prices and terms from these rows, as the real order form does.
  const priceLists = await tx.priceList.findMany();
  const vatRates = await tx.vatRate.findMany();
  const termsFi = await tx.orderTermsVersion.findMany({ where: { locale: "fi" } });

  const units: Record<JobcenterKey, { id: string; name: string }[]> = { D: [], R: [] };
  for (const jc of JOBCENTER_KEYS) {
    for (const u of UNITS[jc]) units[jc].push(await tx.unit.create({ data: { jobcenterId: jobcenters[jc].id, ...u } }));
  }
  return { jobcenters, units, priceLists, vatRates, termsFi };
}
