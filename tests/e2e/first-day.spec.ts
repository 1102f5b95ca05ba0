import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { signInClient, signInStaff, test, watchCsp } from "./support";

// A Jobcenter's first day (ADR 013), on its own server whose database started empty with only
// the admin made by `npm run db:admin` (scripts/e2e-server.mjs, E2E_FIRST_DAY=1). Each step is
// its own test, in order, on the same database; the phoned-in order (issue 10) goes on from here.

test.describe.configure({ mode: "serial" });

const PASSWORD = "ensimmainen-paiva-2026";
const JOBCENTER = "Ensimmäisen päivän Työkeskus";
const UNIT = "Pajala";
const COORDINATOR = { name: "Kaisa Koordinaattori", email: "kaisa@tyokeskus.example" };
const STAFF = { name: "Olli Ohjaaja", email: "olli@tyokeskus.example" };
const ADMIN_EMAIL = "admin@tyokeskus.example";

const links: { coordinator?: string; staff?: string } = {};
let pin = "";

function firstAdminLink(baseURL: string): string {
  const port = new URL(baseURL).port;
  const link = readFileSync(path.resolve("data", `e2e-${port}`, "first-admin-link.txt"), "utf8").trim();
  return new URL(link).pathname;
}

/** Opens a one-time invitation link in a fresh browser and sets the password there. */
async function acceptInvitation(browser: Browser, invitePath: string): Promise<Page> {
  const context = await browser.newContext();
  await watchCsp(context);
  const page = await context.newPage();
  await page.goto(invitePath);
  await page.locator("#new-password").fill(PASSWORD);
  await page.locator("#confirm-password").fill(PASSWORD);
  await page.getByRole("button", { name: "Aseta salasana" }).click();
  await expect(page.getByText("Salasana on asetettu.")).toBeVisible();
  return page;
}

async function invite(page: Page, who: { name: string; email: string }, role: "COORDINATOR" | "UNIT_STAFF", org: string): Promise<string> {
  await page.goto("/admin/users/new");
  await page.locator("#invite-name").fill(who.name);
  await page.locator("#invite-email").fill(who.email);
  await page.locator("#invite-phone").fill("040 123 4567");
  await page.locator("#invite-role").selectOption(role);
  await page.locator("#invite-org").selectOption({ label: org });
  await page.getByRole("button", { name: "Luo kutsu" }).click();
  const link = (await page.getByTestId("one-time-link").textContent()) ?? "";
  expect(link).toMatch(/\/invite\//);
  return new URL(link.trim()).pathname;
}

test("1. the first admin accepts the invitation printed by npm run db:admin", async ({ browser, baseURL }) => {
  const page = await acceptInvitation(browser, firstAdminLink(baseURL!));
  await signInStaff(page, ADMIN_EMAIL, PASSWORD);
  await expect(page).toHaveURL(/\/admin/);
  await page.context().close();
});

test("2. the admin creates the Jobcenter, its prices and terms, a unit, and invites its people", async ({ page }) => {
  await signInStaff(page, ADMIN_EMAIL, PASSWORD);
  await page.goto("/admin/jobcenters");
  await page.locator("#jc-name").fill(JOBCENTER);
  await page.locator("#jc-slug").fill("ensimmainen-tyokeskus");
  await page.locator("#jc-kind").selectOption("DISABILITY_WORK_ACTIVITY");
  await page.locator("#jc-phone").fill("09 310 0000");
  await page.getByRole("button", { name: "Luo työkeskus" }).click();
  await page.waitForURL(/\/admin\/jobcenters\/[^/]+$/);

  await page.locator("#unit-new-name").fill(UNIT);
  await page.locator("#unit-new-area").fill("Helsinki");
  await page.locator("#unit-new-phone").fill("09 310 1111");
  await page.getByRole("button", { name: "Lisää yksikkö" }).click();
  await expect(page.locator("summary", { hasText: UNIT })).toBeVisible();

  await page.goto("/admin/prices");
  await page.locator("#pl-jobcenter").selectOption({ label: JOBCENTER });
  await page.locator("#pl-model").selectOption("EMPLOYMENT");
  await page.locator("#pl-workerPay").fill("10,00");
  await page.locator("#pl-sideCosts").fill("5,50");
  await page.locator("#pl-serviceCosts").fill("4,50");
  await page.locator("form").filter({ has: page.locator("#pl-workerPay") }).getByRole("button", { name: "Tallenna" }).click();
  await expect(page.getByText("Tallennettu.")).toBeVisible();

  await page.goto("/admin/terms");
  await page.locator("#terms-jobcenter").selectOption({ label: JOBCENTER });
  await page.locator("#terms-locale").selectOption("fi");
  await page.locator("#terms-fee").fill("50,00");
  await page.locator("#terms-title").fill("Tilausehdot");
  await page.locator("#terms-body").fill("Tilaaja ostaa palvelun työkeskukselta. Peruutus on maksuton viimeistään vuorokautta ennen.");
  await page.locator("form").filter({ has: page.locator("#terms-body") }).getByRole("button", { name: "Tallenna" }).click();
  await expect(page.getByText("Tallennettu.")).toBeVisible();

  links.coordinator = await invite(page, COORDINATOR, "COORDINATOR", JOBCENTER);
  links.staff = await invite(page, STAFF, "UNIT_STAFF", `${JOBCENTER}: ${UNIT}`);
});

test("3. the unit's staff and the coordinator accept their invitations; the coordinator sees whom to call", async ({ browser }) => {
  const staff = await acceptInvitation(browser, links.staff!);
  await staff.context().close();
  const page = await acceptInvitation(browser, links.coordinator!);
  await signInStaff(page, COORDINATOR.email, PASSWORD);
  await page.goto("/coordinator/units");
  const unit = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: UNIT }) });
  await expect(unit).toContainText(STAFF.name);
  await expect(unit).toContainText(STAFF.email);
  await expect(unit).toContainText("Asiakkaita mukana: 0");
  await page.context().close();
});

test("4. the unit's staff add a client, are asked about a twin, and issue the PIN", async ({ page }) => {
  await signInStaff(page, STAFF.email, PASSWORD);
  await page.goto("/unit/clients");
  await page.getByRole("link", { name: "Lisää asiakas" }).click();
  await page.waitForURL(/\/unit\/clients\/new$/);
  await page.locator("#add-first").fill("Maija");
  await page.locator("#add-last").fill("Meikäläinen");
  await page.locator("#add-birth").fill("1990-05-01");
  await page.locator("#add-gender").selectOption("FEMALE");
  await page.locator("#add-phone").fill("040 765 4321");
  await page.getByLabel("Työkyvyttömyyseläke").check();
  await page.getByRole("group", { name: "Sallitut sopimusmallit" }).getByRole("checkbox").first().check();
  await page.locator("#add-skills").fill("siivous, pakkaaminen");
  await page.locator("#add-wah-start-1").fill("09:00");
  await page.locator("#add-wah-end-1").fill("14:00");
  await page.locator("#add-consent-parties").fill("Kela\nPajala");
  await page.locator("#add-consent-scope").fill("Etuustiedot keikkoja varten");
  await page.locator("#add-consent-agreed").fill("2026-12-01");
  await page.locator("#add-readiness").selectOption("READY");
  await page.getByRole("button", { name: "Lisää asiakas" }).click();
  await page.waitForURL(/\/unit\/clients\/(?!new)[^/?#]+/);
  await expect(page.getByText("Asiakas lisätty.")).toBeVisible();

  // Then the sign-in: the username is suggested from the first name, the PIN shown once.
  await page.getByRole("button", { name: "Anna tunnus ja PIN" }).click();
  const shown = await page.getByText(/Uusi PIN-koodi käyttäjälle maija: \d+/).textContent();
  pin = /: (\d+)\./.exec(shown ?? "")?.[1] ?? "";
  expect(pin).toMatch(/^\d{4,8}$/);

  // Adding the same person again asks first and names only the first name and the unit.
  await page.goto("/unit/clients/new");
  await page.locator("#add-first").fill("Maija");
  await page.locator("#add-last").fill("Meikäläinen");
  await page.locator("#add-birth").fill("1990-05-01");
  await page.getByRole("button", { name: "Lisää asiakas" }).click();
  await expect(page.getByText("Sama henkilö voi olla jo työkeskuksessa")).toBeVisible();
  await expect(page.getByText(`Maija, yksikkö ${UNIT}`)).toBeVisible();
  await expect(page.getByText("Meikäläinen, yksikkö")).toHaveCount(0);
});

test("5. the client signs in with the PIN", async ({ page }) => {
  await signInClient(page, "maija", pin);
  await expect(page).toHaveURL(/\/client/);
});
