import { expect, type APIRequestContext } from "@playwright/test";
import { test, DEMO_STAFF, expectAccessible, signInStaff } from "./support";

// The coordinator makes last month's invoices as a new user would: from the nav, the run form,
// an invoice's page with its downloads, a credit note. Then the orderer sees and downloads theirs.

async function expectDownload(request: APIRequestContext, href: string, type: RegExp) {
  const res = await request.get(href);
  expect(res.status(), href).toBe(200);
  expect(res.headers()["content-type"], href).toMatch(type);
  expect(res.headers()["content-disposition"], href).toMatch(/^attachment; filename="[\w.-]+"$/);
  expect((await res.body()).length, href).toBeGreaterThan(100);
}

test("the coordinator produces a month's invoices, downloads them, credits one; the orderer downloads theirs", async ({ page, browser }) => {
  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  await page.getByRole("link", { name: "Laskut" }).first().click();
  await expect(page).toHaveURL(/\/coordinator\/invoices$/);
  await expect(page.getByRole("heading", { level: 1, name: "Laskut" })).toBeVisible();
  await expectAccessible(page);

  // last month is preset; the seed left it for this run
  await page.getByRole("button", { name: "Tee laskut" }).click();
  await expect(page.getByText(/^Valmis: \d+ laskua\.$/)).toBeVisible();
  await page.getByRole("button", { name: "Tee laskut" }).click();
  await expect(page.getByText("Tämä kausi on jo laskutettu. Uusia laskuja ei tehty.")).toBeVisible();

  const csv = page.getByRole("link", { name: "CSV taloushallintoon" }).first();
  await expectDownload(page.request, (await csv.getAttribute("href"))!, /^text\/csv/);

  const row = page.getByRole("row").filter({ hasText: "Lähetetty" }).filter({ hasNotText: "Hyvityslasku" }).first();
  const number = (await row.getByRole("link").first().innerText()).trim();
  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Lasku ${number}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Arvonlisävero" })).toBeVisible();
  await expectAccessible(page);
  for (const [name, type] of [
    ["PDF", /^application\/pdf/],
    ["Finvoice 3.0", /^application\/xml/],
    ["Peppol BIS 3.0", /^application\/xml/],
  ] as const) {
    await expectDownload(page.request, (await page.getByRole("link", { name, exact: true }).getAttribute("href"))!, type);
  }

  await page.getByLabel("Syy", { exact: true }).last().fill("Laskutettu väärälle kustannuspaikalle");
  await page.getByRole("button", { name: "Tee hyvityslasku" }).click();
  // the sent invoice stays as it was, marked credited, and names its credit note
  const note = page.getByRole("region", { name: "Hyvityslaskut" });
  await expect(note).toBeVisible();
  await expect(page.getByText("Hyvitetty", { exact: true }).first()).toBeVisible();
  await note.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Hyvityslasku \d+$/ })).toBeVisible();
  await expectDownload(page.request, (await page.getByRole("link", { name: "PDF", exact: true }).getAttribute("href"))!, /^application\/pdf/);

  // the orderer: their own invoices only, and their downloads
  const context = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const orderer = await context.newPage();
  await signInStaff(orderer, DEMO_STAFF.ordererCompany.email);
  await orderer.getByRole("link", { name: "Laskut" }).first().click();
  await expect(orderer).toHaveURL(/\/orderer\/invoices$/);
  await expectAccessible(orderer);
  await orderer.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(orderer.getByRole("heading", { level: 1, name: /^(Lasku|Hyvityslasku) \d+$/ })).toBeVisible();
  await expect(orderer.getByText("Siisti", { exact: false }).first()).toBeVisible();
  await expectAccessible(orderer);
  await expectDownload(orderer.request, (await orderer.getByRole("link", { name: "PDF", exact: true }).getAttribute("href"))!, /^application\/pdf/);
  await expectDownload(orderer.request, (await orderer.getByRole("link", { name: "Finvoice 3.0", exact: true }).getAttribute("href"))!, /^application\/xml/);
  // another orderer's invoice is not found (picked by its buyer: the seed bills Siisti too)
  await page.goto("/coordinator/invoices");
  const othersRow = page.getByRole("row").filter({ hasText: "Lähetetty" }).filter({ hasNotText: "Siisti" }).first();
  const othersHref = (await othersRow.getByRole("link").first().getAttribute("href"))!;
  expect(othersHref).toMatch(/^\/coordinator\/invoices\//);
  const res = await orderer.request.get(othersHref.replace("/coordinator/", "/orderer/"));
  expect(res.status()).toBe(404);
  await context.close();
});
