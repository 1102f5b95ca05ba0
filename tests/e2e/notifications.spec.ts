import { expect, type Page } from "@playwright/test";
import { test, DEMO_CLIENTS, DEMO_STAFF, expectAccessible, expectNoCspViolations, signInClient, signInStaff, signOut } from "./support";

// Issue 12: a client sees an in-app notification after a coordinator offers a gig (ADR 044).
// Maija is signed in on her own browser (another context) and leaves the app open. The
// coordinator offers an order to unit Pajala, Pajala's staff nominate Maija, the coordinator
// assigns her and sends the gig; without a reload, Maija's header counts one more unread
// notification (the badge follows the count, ADR 047), and the notification opens the gig.
// Nothing outside the app is looked at: no mailbox, no database.

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

/** The unread count the header's link names ("Ilmoitukset: 2 lukematonta"; none: just "Ilmoitukset"). */
async function unreadCount(page: Page): Promise<number> {
  const label = (await page.getByRole("link", { name: /^Ilmoitukset/ }).getAttribute("aria-label")) ?? "";
  return Number(/: (\d+) lukemato/.exec(label)?.[1] ?? 0);
}

test("a client sees an in-app notification after a coordinator offers a gig", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const maija = `${DEMO_CLIENTS.disability.firstName} ${DEMO_CLIENTS.disability.lastName}`;

  // Maija's own phone: signed in first, the app left open on her home page.
  const phone = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const client = await phone.newPage();
  await signInClient(client, DEMO_CLIENTS.disability.username, DEMO_CLIENTS.disability.pin);
  await expect(client.getByRole("link", { name: /^Ilmoitukset/ })).toBeVisible();
  const before = await unreadCount(client);

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

  // On Maija's phone, untouched since she signed in: the badge shows the new notification.
  await expect(client.getByTestId("unread-count")).toHaveText(String(before + 1), { timeout: 45_000 });
  const bell = client.getByRole("link", { name: new RegExp(`^Ilmoitukset: ${before + 1} lukemato`) });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(client).toHaveURL(/\/notifications$/);
  await expect(client.getByRole("heading", { level: 1, name: "Ilmoitukset" })).toBeVisible();
  const item = client.getByTestId("notification-list").getByRole("listitem").filter({ hasText: new RegExp(escape(order.title)) });
  await expect(item.getByText("Uusi keikka sinulle")).toBeVisible();
  await expectAccessible(client);
  await item.getByRole("link", { name: "Katso" }).click();
  await expect(client).toHaveURL(/\/client\/gigs\//);
  await expect(client.getByText("Tuletko tekemään tämän keikan?")).toBeVisible();
  expectNoCspViolations(phone);
  await phone.close();
});
