import { expect, type Page } from "@playwright/test";
import { deliverOutbox, linkIn, openMailbox } from "./mailbox";
import { test, DEMO_STAFF, expectAccessible, signInStaff } from "./support";

// The orderer's journey as a new user would try it, on a phone-sized screen: read the public
// page, register and order in one go while the quote updates, confirm the email address from
// the email, sign in, follow the order; the coordinator sees it marked as a new orderer and
// verifies it; the orderer switches the language and cancels (free). Then the seeded company
// contact gives feedback on a completed gig.

const PHONE = { width: 390, height: 844 };
const SLUG = "vammaisten-tyokeskus";

/** A work day two weeks ahead, as the date input wants it. */
function dayAhead(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

async function fillOrder(page: Page, email: string) {
  await page.getByLabel("Organisaation nimi").fill("Testaus Oy");
  await page.getByLabel("Oma nimesi").fill("Terhi Testaaja");
  await page.getByLabel("Sähköpostiosoitteesi").fill(email);
  await page.getByLabel("Puhelinnumerosi").fill("040 555 1234");
  await page.getByLabel("Salasana", { exact: true }).fill("testi-salasana-1");
  await page.getByLabel("Työn otsikko").fill("Toimiston ikkunoiden pesu");
  await page.getByLabel("Työn kuvaus").fill("Kahdeksan ikkunaa toisessa kerroksessa, sisä- ja ulkopuolelta.");
  await page.getByLabel("Katuosoite").fill("Mannerheimintie 10");
  await page.getByLabel("Postinumero", { exact: true }).fill("00100");
  await page.getByLabel("Postitoimipaikka", { exact: true }).fill("Helsinki");
  await page.getByLabel("Päivä", { exact: true }).fill(dayAhead(14));
  await page.getByLabel("Alkaa", { exact: true }).fill("09:00");
  await page.getByLabel("Päättyy", { exact: true }).fill("13:00");
  await page.getByLabel("Yhteyshenkilö paikan päällä").fill("Pekka Paikalla");
  await page.getByLabel("Yhteyshenkilön puhelinnumero").fill("040 555 9876");
  await page.getByLabel("Verkkolaskuosoite").fill("003701234567");
  await page.getByLabel("Välittäjän tunnus").fill("003721291126");
}

test("a new orderer registers, confirms the email, the coordinator verifies it, the orderer follows it in Swedish and cancels it", async ({ browser, request }) => {
  const mailbox = await openMailbox();
  const context = await browser.newContext({ viewport: PHONE, locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const page = await context.newPage();

  await page.goto("/order");
  await expectAccessible(page);
  await page.goto(`/order/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Ostat palvelun – et ryhdy työnantajaksi")).toBeVisible();
  await expect(page.getByText("14,50 €", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tilaa työ" }).first().click();

  await expect(page).toHaveURL(new RegExp(`/order/${SLUG}/new$`));
  await expect(page.getByRole("heading", { level: 1, name: "Uusi tilaus" })).toBeVisible();
  await expectAccessible(page);

  const email = `testaaja-${Date.now()}@example.fi`;
  await fillOrder(page, email);

  // the quote follows the schedule: the 4-hour session for 1 worker first, then × 2 workers
  // (with exact sessions the hours typed do not make the estimate, ADR 035)
  const gross = page.getByTestId("quote-gross");
  await expect(gross).toContainText("72,79");
  await expect(page.getByText("Arvio lasketaan työvuoroista: 4 h jokaiselle tekijälle.")).toBeVisible();
  await page.getByLabel("Arvioidut tunnit tekijää kohden").fill("4");
  await page.getByLabel("Tekijöiden määrä").fill("2");
  await expect(gross).toContainText("145,58");

  // bad input: a business ID with a wrong check digit, and the terms not accepted
  await page.getByLabel("Y-tunnus").fill("1234567-2");
  await page.getByRole("button", { name: "Luo tunnus ja lähetä tilaus" }).click();
  await expect(page.getByText("Y-tunnus on muotoa 1234567-8 ja tarkistusmerkin on täsmättävä.")).toBeVisible();
  await page.getByLabel("Y-tunnus").fill("1234567-1");
  await page.getByRole("button", { name: "Luo tunnus ja lähetä tilaus" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Tilausehtoja ei ole hyväksytty");

  await page.getByLabel(/Olen lukenut ja hyväksyn/).check();
  await page.getByRole("button", { name: "Luo tunnus ja lähetä tilaus" }).click();
  // The same answer whether or not the address had an account: look in the mailbox.
  await expect(page.getByRole("heading", { name: "Katso sähköpostisi" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`Lähetimme viestin osoitteeseen ${email}.`)).toBeVisible();
  await expectAccessible(page);

  // Before the link is opened the account cannot sign in.
  await page.goto("/signin?as=staff");
  await page.getByLabel("Sähköposti").fill(email);
  await page.getByLabel("Salasana", { exact: true }).fill("testi-salasana-1");
  await page.getByRole("tabpanel").getByRole("button", { name: "Kirjaudu" }).click();
  await expect(page.getByText("Vahvista ensin sähköpostiosoitteesi.", { exact: false })).toBeVisible();

  // The email, as the app sends it, carries the link.
  await deliverOutbox(request);
  await expect.poll(() => mailbox.mails.some((m) => m.to === email)).toBe(true);
  await page.goto(linkIn(mailbox.mails, email, "verify-email"));
  await expect(page.getByRole("heading", { level: 1, name: "Vahvista sähköpostiosoitteesi" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Vahvista osoite" }).click();
  await expect(page.getByText("Osoite on vahvistettu.", { exact: false })).toBeVisible();
  await signInStaff(page, email, "testi-salasana-1");
  await expect(page).toHaveURL(/\/orderer$/);
  await page.getByRole("link", { name: "Toimiston ikkunoiden pesu" }).click();
  await page.waitForURL(/\/orderer\/orders\/[^/]+$/);

  await expect(page.getByRole("heading", { level: 1, name: "Toimiston ikkunoiden pesu" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tilauksen vaiheet" })).toBeVisible();
  const timeline = page.getByRole("list", { name: "Tilauksen vaiheet" });
  await expect(timeline.locator('[aria-current="step"]')).toContainText("Ehdot hyväksytty");
  await expect(page.getByText("145,58 €", { exact: true })).toBeVisible();
  await expect(page.getByText(/Tilausehdot, versio 1/)).toBeVisible();
  await expectAccessible(page);

  // the order list shows it with its state
  await page.getByRole("link", { name: "Omat tilaukset" }).click();
  await expect(page.getByRole("link", { name: "Toimiston ikkunoiden pesu" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Toimiston ikkunoiden pesu" }).click();

  // the coordinator sees the order marked as coming from an orderer nobody has checked yet,
  // and verifies it with what was checked
  const coordinator = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const cpage = await coordinator.newPage();
  await signInStaff(cpage, DEMO_STAFF.coordinatorDisability.email);
  const row = cpage.getByRole("row").filter({ hasText: "Toimiston ikkunoiden pesu" });
  await expect(row).toContainText("Tilaaja vahvistamatta");
  await row.getByRole("link").click();
  await expect(cpage.getByRole("heading", { name: "Tilaajan vahvistus" })).toBeVisible();
  await expect(cpage.getByText("Terhi Testaaja", { exact: false })).toBeVisible();
  await cpage.getByRole("button", { name: "Vahvista tilaaja" }).click();
  await expect(cpage.getByText("Täytä tämä kenttä.").first()).toBeVisible();
  await cpage.getByLabel("Y-tunnus, nimi ja osoite kaupparekisterissä (YTJ)").check();
  await cpage.getByLabel("Muistiinpano").fill("Soitin YTJ:n numeroon, tilaus on heidän.");
  await cpage.getByRole("button", { name: "Vahvista tilaaja" }).click();
  await expect(cpage.getByText("Tilaaja on vahvistettu.")).toBeVisible();
  await expect(cpage.getByText("Soitin YTJ:n numeroon, tilaus on heidän.")).toBeVisible();
  await expectAccessible(cpage);
  await coordinator.close();

  // a message to the coordinator about the order
  await page.getByLabel("Uusi viesti").fill("Ikkunanpesuaine on siivouskomerossa.");
  await page.getByRole("button", { name: "Lähetä viesti" }).click();
  await expect(page.getByText("Ikkunanpesuaine on siivouskomerossa.", { exact: true })).toBeVisible();

  // the same page in Swedish
  await page.getByRole("button", { name: "Svenska" }).click();
  await expect(page.getByRole("heading", { name: "Beställningens skeden" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Avboka beställningen" })).toBeVisible();

  // cancelling is free: no workers yet
  await expect(page.getByText("Avbokningen är nu kostnadsfri")).toBeVisible();
  await page.getByRole("button", { name: "Avboka beställningen…" }).click();
  await page.getByLabel("Orsak till avbokningen").fill("Vi gör det själva");
  await page.getByRole("button", { name: "Bekräfta avbokningen" }).click();
  await expect(page.getByText(/Beställningen avbokades/)).toBeVisible();
  await expect(page.getByText("Avbokad").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Suomi" }).click();
  await expect(page.getByText(/Tilaus peruttiin/)).toBeVisible();
  await context.close();
  await mailbox.close();
});

test("the company contact gives feedback on a completed gig", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const page = await context.newPage();
  await signInStaff(page, DEMO_STAFF.ordererCompany.email);
  await expect(page).toHaveURL(/\/orderer$/);
  await expectAccessible(page);

  const approved = page.getByRole("listitem").filter({ has: page.getByText("Hyväksytty", { exact: true }) });
  await approved.first().getByRole("link").first().click();
  await page.waitForURL(/\/orderer\/orders\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Tekijät" })).toBeVisible();

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Lähetä palaute" }) }).first();
  await form.getByRole("radio", { name: "5" }).check();
  await form.getByLabel("Palaute sanoin").fill("Huolellinen ja reipas työ, kiitos!");
  await form.getByRole("button", { name: "Lähetä palaute" }).click();
  await expect(page.getByText("Kiitos palautteesta!")).toBeVisible();
  await expectAccessible(page);

  // the hours of the work done: the newest approved order waits for the orderer's confirmation (ADR 035)
  await expect(page.getByRole("heading", { name: "Tehty työ ja tunnit" })).toBeVisible();
  await expect(page.getByText(/keikan tunnit on hyväksytty/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hinta-arvio" })).toBeVisible();
  await page.getByRole("button", { name: "Vahvista tunnit" }).click();
  await expect(page.getByText("Tunnit on vahvistettu.")).toBeVisible();
  await expectAccessible(page);

  // a signed-in orderer's new order starts from the organisation's billing details
  await page.getByRole("link", { name: "Uusi tilaus" }).first().click();
  await page.getByRole("link", { name: "Vammaisten työtoiminnan Työkeskus" }).click();
  await expect(page.getByLabel("Y-tunnus")).not.toHaveValue("");
  await expect(page.getByTestId("quote-gross")).toContainText("€");
  await expectAccessible(page);
  await context.close();
});

test("the admin sees the dated price, VAT and terms rows", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.admin.email);
  for (const [path, heading] of [
    ["/admin/prices", "Hinnastot"],
    ["/admin/vat", "Arvonlisäverokannat"],
    ["/admin/terms", "Tilausehdot"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
  await expect(page.getByText(/Versio 1/).first()).toBeVisible();
});
