import { expect } from "@playwright/test";
import { test, DEMO_STAFF, expectAccessible, signInStaff } from "./support";

// The demo manager opens the figures, sees numbers, downloads the CSV, and axe finds nothing
// on the report pages (ADR 070, 071).

test("the manager reads the figures and downloads the CSV", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.managerDisability.email);
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vammaisten työtoiminnan Työkeskus");
  await expectAccessible(page);

  // The whole year so far: hours and gigs are shown as numbers, the charts are labelled images.
  await page.getByLabel("Ajanjakso").selectOption("year");
  await page.getByRole("button", { name: "Näytä luvut" }).click();
  await page.waitForURL(/period=year/);
  const summary = page.getByTestId("report-summary");
  await expect(summary.getByText("Hyväksytyt tunnit")).toBeVisible();
  const gigs = summary.locator("div").filter({ hasText: /^Tehdyt keikat/ }).locator("dd");
  await expect(gigs).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole("img", { name: /Hyväksytyt tunnit kuukausittain/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Kuukausittain/ })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV (kuukausittain)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tunnusluvut-\d{4}-01-01-\d{4}-12-31\.csv$/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const [header, first] = text.replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toBe("jobcenter,month,clients_worked,approved_hours,gigs,orders,orderers");
  expect(first).toMatch(/^Vammaisten työtoiminnan Työkeskus,\d{4}-01,/);

  // Other Jobcenters' figures are not there to be had.
  const other = await page.request.get("/reports/export.csv?from=2026-01-01&to=2026-01-31&jobcenter=nope");
  expect(other.status()).toBe(404);
});

test("unit staff do not reach the figures", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.staffDisability.email);
  const res = await page.goto("/reports");
  expect(res?.status()).toBe(404);
});
