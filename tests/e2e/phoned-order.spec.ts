import { expect } from "@playwright/test";
import { businessIdCheckDigit } from "../../src/features/orderers/rules";
import { deliverOutbox, linkIn, openMailbox } from "./mailbox";
import { test, DEMO_STAFF, expectAccessible, signInStaff } from "./support";

// Issue 10, "orders from any channel" (ADR 024): a coordinator enters a phoned-in order for a
// new orderer (with a repeating schedule), the orderer's contact opens the link from the
// mailbox, gives billing details, accepts the terms and creates an account; the coordinator
// then finds the order in the full list, ready to offer to units.

/** A work day ahead, as the date input wants it. */
function dayAhead(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

/** A business ID no demo orderer has, with a valid check digit. */
function freshBusinessId(): string {
  for (let n = 3_000_000 + (Date.now() % 1_000_000); ; n++) {
    const check = businessIdCheckDigit(String(n));
    if (check !== null) return `${n}-${check}`;
  }
}

test("a coordinator enters a phoned-in order, the orderer accepts it from the link and creates an account", async ({ browser, request }) => {
  const mailbox = await openMailbox();
  const stamp = Date.now();
  const email = `puhelin-${stamp}@example.fi`;
  const title = `Pihan haravointi ${stamp}`;

  const coordinator = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const cpage = await coordinator.newPage();
  await signInStaff(cpage, DEMO_STAFF.coordinatorDisability.email);
  await cpage.getByRole("link", { name: "Kirjaa tilaus" }).first().click();
  await expect(cpage.getByRole("heading", { level: 1, name: "Kirjaa tilaus" })).toBeVisible();
  await expectAccessible(cpage);

  // search first: nobody by that name, so a new orderer
  await cpage.getByLabel("Hae tilaajaa nimellä tai Y-tunnuksella").fill("Puhelintilaus");
  await cpage.getByRole("button", { name: "Hae", exact: true }).click();
  await expect(cpage.getByText("Tilaajaa ei löytynyt.")).toBeVisible();
  await cpage.getByRole("link", { name: "Uusi tilaaja" }).click();

  await cpage.getByLabel("Organisaation tai henkilön nimi").fill(`Puhelintilaus ${stamp} Oy`);
  await cpage.getByLabel("Y-tunnus", { exact: true }).fill(freshBusinessId());
  await cpage.getByLabel("Y-tunnus, nimi ja osoite kaupparekisterissä (YTJ)").check();
  await cpage.getByLabel("Muistiinpano").fill("Soitti, tarkistin YTJ:stä.");
  await cpage.getByLabel("Yhteyshenkilön nimi").fill("Paula Puhelin");
  await cpage.getByLabel("Yhteyshenkilön sähköposti").fill(email);
  await cpage.getByLabel("Yhteyshenkilön puhelin", { exact: true }).fill("040 555 2222");
  await cpage.getByLabel("Työn otsikko").fill(title);
  await cpage.getByLabel("Työn kuvaus").fill("Lehtien haravointi ja vienti kompostiin, kaksi tuntia kerrallaan.");
  await cpage.getByLabel("Katuosoite").fill("Puistotie 3");
  await cpage.getByLabel("Postinumero", { exact: true }).fill("00200");
  await cpage.getByLabel("Postitoimipaikka", { exact: true }).fill("Helsinki");
  await cpage.getByLabel("Päivä", { exact: true }).fill(dayAhead(14));
  await cpage.getByLabel("Alkaa", { exact: true }).fill("10:00");
  await cpage.getByLabel("Päättyy", { exact: true }).fill("12:00");
  // repeat work: every other week, three times
  await cpage.getByText("Toistuva työ").click();
  await cpage.getByLabel("Kuinka usein", { exact: true }).selectOption("2");
  await cpage.getByLabel("Kertoja", { exact: true }).fill("3");
  await cpage.getByRole("button", { name: "Tee työkerrat" }).click();
  await expect(cpage.getByText("Tehtiin 3 työkertaa.", { exact: false })).toBeVisible();
  await expect(cpage.getByRole("group", { name: "Työkerta 3" })).toBeVisible();
  await cpage.getByLabel("Arvioidut tunnit tekijää kohden").fill("2");
  await cpage.getByLabel("Yhteyshenkilö paikan päällä").fill("Paula Puhelin");
  await cpage.getByLabel("Yhteyshenkilön puhelinnumero").fill("040 555 2222");
  await expectAccessible(cpage);
  await cpage.getByRole("button", { name: "Tallenna ja lähetä linkki tilaajalle" }).click();
  await cpage.waitForURL(/\/coordinator\/orders\/[^/]+$/, { timeout: 60_000 });
  await expect(cpage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const termsMissing = cpage.getByRole("status").filter({ hasText: "Tilausta ei voi tarjota yksiköille" });
  await expect(termsMissing).toBeVisible();

  // the orderer's contact opens the link from the mailbox (no account yet)
  await deliverOutbox(request);
  await expect.poll(() => mailbox.mails.some((m) => m.to === email)).toBe(true);
  const orderer = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki", viewport: { width: 390, height: 844 } });
  const opage = await orderer.newPage();
  await opage.goto(linkIn(mailbox.mails, email, "review"));
  await expect(opage.getByRole("heading", { level: 1, name: "Tarkista tilauksesi" })).toBeVisible();
  await expect(opage.getByText(title)).toBeVisible();
  await expectAccessible(opage);
  await opage.getByLabel("Verkkolaskuosoite").fill("003701234567");
  await opage.getByLabel("Välittäjän tunnus").fill("003721291126");
  await opage.getByLabel("Luon tunnuksen").check();
  await opage.getByLabel("Salasana", { exact: true }).fill("puhelin-salasana-1");
  await opage.getByLabel("Olen lukenut tilausehdot ja hyväksyn ne").check();
  await opage.getByRole("button", { name: "Hyväksy tilaus" }).click();
  await expect(opage.getByText("Kiitos! Tilaus on hyväksytty.")).toBeVisible({ timeout: 60_000 });
  await expectAccessible(opage);
  // the link works once
  await opage.goto(linkIn(mailbox.mails, email, "review"));
  await expect(opage.getByText("Linkki ei toimi.", { exact: false })).toBeVisible();
  // the new account signs in and sees the order
  await signInStaff(opage, email, "puhelin-salasana-1");
  await expect(opage).toHaveURL(/\/orderer$/);
  await expect(opage.getByRole("link", { name: title })).toBeVisible();
  await orderer.close();

  // the coordinator finds it in the full list, terms accepted, and can offer it
  await cpage.goto(`/coordinator/orders?q=${encodeURIComponent(title)}`);
  const row = cpage.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Ehdot hyväksytty");
  await expectAccessible(cpage);
  await row.getByRole("link", { name: title }).click();
  await cpage.waitForURL(/\/coordinator\/orders\/[^/?]+$/);
  await expect(cpage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(termsMissing).toHaveCount(0);
  await expect(cpage.getByRole("button", { name: "Tarjoa yksiköille" })).toBeVisible();
  await coordinator.close();
  await mailbox.close();
});
