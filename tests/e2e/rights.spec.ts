import { expect } from "@playwright/test";
import { test, DEMO_CLIENTS, DEMO_STAFF, expectAccessible, signInStaff, signOut } from "./support";

// Issue 13's record (ADR 072-074): the access log on the client's page and its printable view,
// the subject-access export, the coordinator's consent note, the admin's search and the
// retention page. axe finds nothing on any of them.

test("unit staff see who read their client's data, print it, and export the data", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.staffDisability.email);
  await page.goto("/unit/clients");
  await page.locator('a[href^="/unit/clients/c"]').first().click();
  await page.waitForURL(/\/unit\/clients\/c[^/]+$/);
  const clientPath = new URL(page.url()).pathname;
  const log = page.getByRole("heading", { name: "Kuka on katsonut tai muuttanut tietoja" });
  await expect(log).toBeVisible();
  // This very page view is the newest row: read by this person on the unit's client page.
  await expect(page.getByRole("region", { name: "Kuka on katsonut tai muuttanut tietoja" }).getByRole("row").nth(1)).toContainText(DEMO_STAFF.staffDisability.name);
  await expect(page.getByText("Älä kirjaa tähän terveystietoja tai diagnooseja.")).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Lataa JSON" }).click();
  const file = await (await download).path();
  const json = JSON.parse(await (await import("node:fs/promises")).readFile(file, "utf8"));
  expect(json.client.firstName).toBeTruthy();
  expect(json.accessLog.length).toBeGreaterThan(0);

  await page.goto(`${clientPath}/access-log`);
  await expect(page.getByRole("heading", { level: 1, name: /Tietojesi käsittely/ })).toBeVisible();
  // The export just made is in the log the client is shown.
  await expect(page.getByText("Vei tiedot tietopyyntöä varten").first()).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
});

test("a coordinator sees benefits only with the consent that allows it, and the page says so", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  await page.goto("/coordinator/clients");
  // Maija's Y100 consent names the Työkeskus (the Jobcenter's coordination) for benefits.
  await page.getByRole("link", { name: `${DEMO_CLIENTS.disability.firstName} ${DEMO_CLIENTS.disability.lastName}` }).first().click();
  await page.waitForURL(/\/coordinator\/clients\/c[^/]+$/);
  await expect(page.getByRole("heading", { name: "Suostumuksella jaetut tiedot" })).toBeVisible();
  await expect(page.getByTestId("consent-note").first()).toContainText("Näytetään asiakkaan suostumuksen perusteella");
  await expectAccessible(page);
  await signOut(page);
});

test("an admin searches the whole log and sees what is due for erasure", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.admin.email);
  await page.goto(`/admin/audit?person=${encodeURIComponent(DEMO_STAFF.admin.email)}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/audit?entityType=Client&action=client.read");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/retention");
  await expect(page.getByRole("heading", { level: 1, name: "Säilytysajan päättyneet" })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
});
