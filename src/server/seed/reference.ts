import type { PrismaClient } from "@/generated/prisma/client";
import { dateColumn } from "@/lib/dates";
import { sha256Hex } from "@/lib/hash";

type Db = Pick<PrismaClient, "priceList" | "vatRate" | "benefitLimit" | "orderTermsVersion">;

// Reference rows that both the demo seed and the tests start from. The figures are the pilot's
// and the domain brief's (../shared/domain.md); each row says where it comes from.

export const PILOT_PRICES = {
  COMMISSION: { workerPayCents: 1000, sideCostsCents: 0, serviceCostsCents: 450 },
  EMPLOYMENT: { workerPayCents: 1000, sideCostsCents: 550, serviceCostsCents: 450 },
  PARTNER_EMPLOYER: { workerPayCents: 1000, sideCostsCents: 550, serviceCostsCents: 450 },
} as const;

export async function seedVatRates(db: Db) {
  await db.vatRate.createMany({
    data: [
      { rateBp: 2400, validFrom: dateColumn("2013-01-01"), validTo: dateColumn("2024-08-31"), note: "General VAT rate 24 %" },
      { rateBp: 2550, validFrom: dateColumn("2024-09-01"), note: "General VAT rate 25.5 % from 1.9.2024" },
    ],
  });
}

export async function seedPriceLists(db: Db, jobcenterId: string, models: readonly ("COMMISSION" | "EMPLOYMENT" | "PARTNER_EMPLOYER")[]) {
  await db.priceList.createMany({
    data: models.map((m) => ({
      jobcenterId,
      contractModel: m,
      validFrom: dateColumn("2022-01-01"),
      ...PILOT_PRICES[m],
      note: "Helsinki pilot price (model description 2022)",
    })),
  });
}

export async function seedBenefitLimits(db: Db) {
  const source = "Domain brief, 2022 figures (enter the current year's figures in the admin area)";
  await db.benefitLimit.createMany({
    data: [
      { kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH", amountCents: 88_563, validFrom: dateColumn("2022-08-01"), source },
      { kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "MONTH", amountCents: 30_000, validFrom: dateColumn("2022-01-01"), source },
      { kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "FOUR_WEEKS", amountCents: 27_900, validFrom: dateColumn("2022-01-01"), source },
      { kind: "BASIC_SOCIAL_ASSISTANCE_PROTECTED", period: "MONTH", amountCents: 15_000, validFrom: dateColumn("2022-01-01"), source },
      { kind: "PENSIONERS_HOUSING_ALLOWANCE_REVIEW", period: "YEAR", amountCents: 92_400, validFrom: dateColumn("2022-01-01"), source },
      { kind: "YEL_COMMISSION_INCOME", period: "YEAR", amountCents: 826_171, validFrom: dateColumn("2022-01-01"), source },
    ],
  });
}

/** Days the orderer has to confirm or dispute the hours (the pilot's terms; ADR 035). */
export const HOURS_CONFIRMATION_DAYS = 7;

export const TERMS_TEXTS = {
  fi: {
    title: "Tilausehdot",
    body: [
      "1. Tilaaja ostaa työkeskukselta palvelun. Tilaaja ei ole työnantaja eikä vuokraa työntekijää.",
      "2. Työn tekevät työtoiminnan asiakkaat ohjaajan tuella. Tilaaja antaa työhön perehdytyksen ja työvälineet, kun se on mahdollista.",
      `3. Hinta määräytyy voimassa olevan hinnaston ja työpäivän arvonlisäverokannan mukaan. Toteutuneet tunnit laskutetaan. Tilaaja vahvistaa hyväksytyt tunnit tai huomauttaa niistä ${HOURS_CONFIRMATION_DAYS} päivän kuluessa. Muuten tunnit katsotaan vahvistetuiksi.`,
      "4. Tilauksen voi perua maksutta siihen asti, kun tekijät on nimetty. Sen jälkeen perutusta tilauksesta laskutetaan peruutusmaksu.",
      "5. Tilaaja voi palkata tekijän omalle palkkalistalleen ilman seuraamuksia.",
      "6. Tilaaja antaa palautteen tehdystä työstä. Palaute kirjataan tekijän profiiliin.",
    ].join("\n\n"),
  },
  sv: {
    title: "Beställningsvillkor",
    body: [
      "1. Beställaren köper en tjänst av arbetscentret. Beställaren är inte arbetsgivare och hyr inte in en arbetstagare.",
      "2. Arbetet utförs av klienter i arbetsverksamheten med stöd av en handledare. Beställaren ger introduktion och arbetsredskap när det är möjligt.",
      `3. Priset bestäms enligt gällande prislista och momssatsen för arbetsdagen. De utförda timmarna faktureras. Beställaren bekräftar de godkända timmarna eller gör en anmärkning inom ${HOURS_CONFIRMATION_DAYS} dagar. Annars anses timmarna bekräftade.`,
      "4. Beställningen kan avbokas kostnadsfritt tills arbetstagarna har utsetts. Därefter faktureras en avbokningsavgift.",
      "5. Beställaren får anställa arbetstagaren utan påföljder.",
      "6. Beställaren ger respons på arbetet. Responsen antecknas i arbetstagarens profil.",
    ].join("\n\n"),
  },
  en: {
    title: "Order terms",
    body: [
      "1. The orderer buys a service from the Jobcenter. The orderer is not an employer and does not hire or rent a worker.",
      "2. The work is done by clients of work activity with an instructor's support. The orderer gives orientation and tools where possible.",
      `3. The price follows the valid price list and the VAT rate of the work date. The hours actually worked are invoiced. The orderer confirms the approved hours or disputes them within ${HOURS_CONFIRMATION_DAYS} days; otherwise the hours count as confirmed.`,
      "4. The order can be cancelled free of charge until workers have been assigned. After that a cancellation fee is invoiced.",
      "5. The orderer may hire the worker onto its own payroll with no sanction.",
      "6. The orderer gives feedback on the work. The feedback is recorded on the worker's profile.",
    ].join("\n\n"),
  },
} as const;

/** The hash stored with each terms version and acceptance. */
export const sha256 = sha256Hex;

export async function seedTerms(db: Db, jobcenterId: string, cancellationFeeCents = 5000) {
  for (const [locale, t] of Object.entries(TERMS_TEXTS)) {
    await db.orderTermsVersion.create({
      data: {
        jobcenterId,
        locale,
        version: 1,
        title: t.title,
        body: t.body,
        bodySha256: sha256(t.body),
        cancellationFeeCents,
        hoursConfirmationDays: HOURS_CONFIRMATION_DAYS,
        validFrom: dateColumn("2022-01-01"),
      },
    });
  }
}
