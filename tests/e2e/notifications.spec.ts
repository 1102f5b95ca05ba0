import { expect, type Page } from "@playwright/test";
import { test, DEMO_CLIENTS, DEMO_STAFF, expectAccessible, signInClient, signInStaff, signOut } from "./support";

// Issue 12: a client sees an in-app notification after a coordinator offers a gig (ADR 044).
// The coordinator offers an order to unit Pajala, Pajala's staff nominate Maija, the
// coordinator assigns her and sends the gig; Maija's header counts one unread notification,
// and the notification opens the gig.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function saturdayAhead(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 21);
  while (d.getUTCDay() !== 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function firstAcceptedOrder(page: Page): Promise<{ number: string; title: string }> {
  const card = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: /^Ehdot hyväksytty/ }) });
  const link = card.getByRole("row").filter({ hasNotText: "Odottaa tilaajan hyväksyntää" }).getByRole("link").first();
  const [, number, title] = /^#(\d+) (.*)$/.exec((await link.textContent())!.trim())!;
  await link.click();
  await page.waitForURL(/\/coordinator\/orders\//);
  return { number: number!, title: title! };
}

test("a client sees an in-app notification after a coordinator offers a gig", async ({ page }) => {
  test.setTimeout(240_000);
  const maija = `${DEMO_CLIENTS.disability.firstName} ${DEMO_CLIENTS.disability.lastName}`;

  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  const order = await firstAcceptedOrder(page);
  const orderUrl = page.url();
  await page.getByRole("checkbox", { name: "Pajala" }).check();
  await page.getByRole("button", { name: "Tarjoa yksiköille" }).click();
  await expect(page.getByText("Odottaa vastausta")).toBeVisible();
  await page.locator("#session-day").fill(saturdayAhead());
  await page.locator("#session-start").fill("10:00");
  await page.locator("#session-end").fill("13:00");
  await page.locator("#session-workers").fill("1");
  await page.getByRole("button", { name: "Lisää työaika" }).click();
  await expect(page.getByRole("region", { name: /^lauantaina .* klo 10\.00–13\.00$/ })).toBeVisible();
  await signOut(page);

  await signInStaff(page, DEMO_STAFF.staffDisability.email);
  await page.goto("/unit");
  await page.getByRole("link", { name: `#${order.number} ${order.title}` }).click();
  await page.getByLabel("Asiakas", { exact: true }).selectOption({ label: maija });
  await page.getByLabel("Asiakas haluaa tämän keikan").check();
  await page.getByLabel("Kuka tukee").fill("Olli Ohjaaja, 040 555 0101");
  await page.getByRole("button", { name: "Ehdota asiakasta" }).click();
  await expect(page.getByRole("button", { name: `Peru vahvistus: ${maija}` })).toBeVisible();
  await signOut(page);

  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  await page.goto(orderUrl);
  const session = page.getByRole("region", { name: /^lauantaina .* klo 10\.00–13\.00$/ });
  await session.getByRole("button", { name: `Valitse ${maija}` }).click();
  await expect(session.getByRole("button", { name: `Valitse ${maija}` })).toHaveCount(0);
  await page.getByRole("button", { name: "Lähetä keikat" }).click();
  await expect(session.getByText("Odottaa asiakkaan vastausta")).toHaveCount(1);
  await signOut(page);

  await signInClient(page, DEMO_CLIENTS.disability.username, DEMO_CLIENTS.disability.pin);
  const bell = page.getByRole("link", { name: /^Ilmoitukset: \d+ lukemato/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ilmoitukset" })).toBeVisible();
  const item = page.getByTestId("notification-list").getByRole("listitem").filter({ hasText: new RegExp(escape(order.title)) });
  await expect(item.getByText("Uusi keikka sinulle")).toBeVisible();
  await expectAccessible(page);
  await item.getByRole("link", { name: "Katso" }).click();
  await expect(page).toHaveURL(/\/client\/gigs\//);
  await expect(page.getByText("Tuletko tekemään tämän keikan?")).toBeVisible();
});
