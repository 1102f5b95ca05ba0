import { expect, type Page } from "@playwright/test";
import { test, DEMO_CLIENTS, DEMO_STAFF, expectAccessible, signInClient, signInStaff, signOut } from "./support";

// Coordination as new users would try it: the coordinator offers an accepted order to unit
// Pajala, Pajala's staff nominate two clients with a readiness confirmation, the coordinator
// enters a work time and assigns both (a group), sends the gigs, Maija accepts hers on her
// phone, and the coordinator approves reported hours.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A Saturday at least two weeks ahead (no work-activity day), as yyyy-mm-dd. */
function saturdayAhead(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 14);
  while (d.getUTCDay() !== 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function firstOrderIn(page: Page, section: string): Promise<{ number: string; title: string }> {
  const card = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${escape(section)}`) }) });
  // an order whose terms are accepted as they stand (not waiting for re-acceptance)
  const link = card.getByRole("row").filter({ hasNotText: "Odottaa tilaajan hyväksyntää" }).getByRole("link").first();
  const text = (await link.textContent())!.trim();
  const [, number, title] = /^#(\d+) (.*)$/.exec(text)!;
  await link.click();
  await page.waitForURL(/\/coordinator\/orders\//);
  return { number: number!, title: title! };
}

test("an accepted order becomes offered, staffed, accepted gigs, and hours get approved", async ({ page }) => {
  test.setTimeout(360_000);
  const maija = `${DEMO_CLIENTS.disability.firstName} ${DEMO_CLIENTS.disability.lastName}`;

  // 1. The coordinator offers an order with accepted terms to unit Pajala and enters a work time.
  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  await expect(page.getByRole("heading", { level: 1, name: "Tilaukset" })).toBeVisible();
  await expectAccessible(page);
  const order = await firstOrderIn(page, "Ehdot hyväksytty");
  const orderUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: `Tilaus ${order.number}: ${order.title}` })).toBeVisible();
  // The next step comes first, above the work sessions (ADR 036).
  const nextStep = page.getByRole("region", { name: "Seuraava vaihe" });
  await expect(nextStep).toBeVisible();
  const sessionsHeading = page.getByRole("heading", { level: 2, name: "Työajat ja keikat" });
  expect((await nextStep.boundingBox())!.y).toBeLessThan((await sessionsHeading.boundingBox())!.y);
  await page.getByRole("checkbox", { name: "Pajala" }).check();
  await page.getByLabel("Viesti yksiköille").fill("Kaksi tekijää lauantaiksi. Ohjaaja mukaan.");
  await page.getByRole("button", { name: "Tarjoa yksiköille" }).click();
  await expect(page.getByText("Odottaa vastausta")).toBeVisible();
  await expect(page.getByText("Etsitään tekijöitä").first()).toBeVisible();

  await page.locator("#session-day").fill(saturdayAhead());
  await page.locator("#session-start").fill("10:00");
  await page.locator("#session-end").fill("13:00");
  await page.locator("#session-workers").fill("2");
  await page.getByRole("button", { name: "Lisää työaika" }).click();
  await expect(page.getByRole("region", { name: /^lauantaina .* klo 10\.00–13\.00$/ }).getByText("Hyväksyneitä 0/2")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // 2. Pajala's staff see the offer and nominate Maija and one more ready client.
  await signInStaff(page, DEMO_STAFF.staffDisability.email);
  await expectAccessible(page);
  await page.goto("/unit/clients");
  const readyRows = page.getByRole("row").filter({ hasText: "Valmis keikoille" });
  const names = (await readyRows.getByRole("link").allTextContents()).map((n) => n.trim());
  const other = names.find((n) => n !== maija)!;
  expect(names).toContain(maija);
  // Maija's profile: readiness with history, consents, work-activity hours (read is audited)
  await page.getByRole("link", { name: maija }).click();
  await expect(page.getByRole("heading", { level: 1, name: maija })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Suostumus tietojen vaihtoon" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/unit/week");
  await expect(page.getByRole("heading", { level: 1, name: /^Viikko \d+$/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/unit");
  await page.getByRole("link", { name: `#${order.number} ${order.title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tarjous: #${order.number} ${order.title}` })).toBeVisible();
  await expectAccessible(page);
  for (const name of [maija, other]) {
    await page.getByLabel("Asiakas", { exact: true }).selectOption({ label: name });
    await page.getByLabel("Asiakas haluaa tämän keikan").check();
    await page.getByLabel("Kuka tukee").fill("Olli Ohjaaja, 040 555 0101");
    await page.getByRole("button", { name: "Ehdota asiakasta" }).click();
    await expect(page.getByRole("button", { name: `Peru vahvistus: ${name}` })).toBeVisible();
  }
  await signOut(page);

  // 3. The coordinator assigns both to the work time (the matching list ranks them first) and sends the gigs.
  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  await page.goto(orderUrl);
  const session = page.getByRole("region", { name: /^lauantaina .* klo 10\.00–13\.00$/ });
  await expect(session.getByRole("heading", { name: "Sopivat asiakkaat" })).toBeVisible();
  await expectAccessible(page);
  for (const name of [maija, other]) {
    await session.getByRole("button", { name: `Valitse ${name}` }).click();
    await expect(session.getByRole("button", { name: `Valitse ${name}` })).toHaveCount(0);
  }
  await expect(page.getByRole("region", { name: "Seuraava vaihe" })).toContainText("valmiina lähetettäväksi");
  await page.getByRole("button", { name: "Lähetä keikat" }).click();
  await expect(session.getByText("Odottaa asiakkaan vastausta")).toHaveCount(2);
  await signOut(page);

  // 4. Maija accepts the gig on her phone (the client app).
  await signInClient(page, DEMO_CLIENTS.disability.username, DEMO_CLIENTS.disability.pin);
  await page.getByRole("link", { name: new RegExp(escape(order.title)) }).first().click();
  await page.getByRole("button", { name: "Kyllä, tulen" }).click();
  await expect(page.getByText("Kiitos! Keikka on nyt sinun.")).toBeVisible();
  await signOut(page);

  // 5. The coordinator sees Maija's acceptance, then approves hours a client reported on another order.
  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  await page.goto(orderUrl);
  await expect(page.getByRole("region", { name: /^lauantaina .* klo 10\.00–13\.00$/ }).getByText("Asiakas hyväksyi")).toBeVisible();
  await expect(page.getByRole("region", { name: /^lauantaina .* klo 10\.00–13\.00$/ }).getByText("Hyväksyneitä 1/2")).toBeVisible();
  await page.getByRole("region", { name: /^lauantaina .* klo 10\.00–13\.00$/ }).getByRole("link", { name: maija }).click();
  await expect(page.getByRole("heading", { level: 1, name: maija })).toBeVisible();
  await expect(page.getByText("Tuen tarpeet", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/coordinator");
  const withHours = page.getByRole("row").filter({ hasText: /Tunteja hyväksyttävänä/ }).first();
  await withHours.getByRole("link").click();
  await page.waitForURL(/\/coordinator\/orders\//);
  const approvedBefore = await page.getByRole("cell").getByText("Tunnit hyväksytty").count();
  await page.getByRole("button", { name: "Hyväksy tunnit" }).first().click();
  await expect(page.getByRole("cell").getByText("Tunnit hyväksytty")).toHaveCount(approvedBefore + 1);
  await expectAccessible(page);
});

test("the coordinator answers an orderer's dispute about a gig's hours", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  // the seeded dispute is on an approved order, so the home page lists it apart from the inbox
  const disputes = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: /^Tilaajien huomautukset tunneista/ }) });
  await disputes.getByRole("link").first().click();
  await page.waitForURL(/\/coordinator\/orders\//);
  await expect(page.getByRole("heading", { name: "Tilaajan huomautukset (1)" })).toBeVisible();
  await expect(page.getByText(/Tekijä lähti noin tuntia ennen sovittua/)).toBeVisible();
  await expectAccessible(page);
  const form = page.getByRole("form", { name: /^Huomautus:/ });
  await form.getByRole("button", { name: "Vastaa huomautukseen" }).click();
  await expect(form.getByText("Täytä tämä kenttä.")).toBeVisible();
  await form.getByLabel("Minuutit").fill("120");
  await form.getByLabel("Perustelu tilaajalle").fill("Ohjaaja vahvisti, että työ päättyi tuntia aiemmin.");
  await form.getByRole("button", { name: "Vastaa huomautukseen" }).click();
  await expect(page.getByRole("heading", { name: "Tilaajan huomautukset (1)" })).toHaveCount(0);
  await page.goto("/coordinator");
  await expect(page.getByRole("heading", { level: 2, name: /^Tilaajien huomautukset tunneista/ })).toHaveCount(0);
});
