import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF } from "../../src/server/seed/demo-accounts";

export { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF };

/** A phone-sized viewport (the clients' and many orderers' screen). */
export const PHONE = { width: 360, height: 740 };

/** Signs in on the "staff or orderer" tab with email and password; lands on the role's home. */
export async function signInStaff(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.goto("/signin?as=staff");
  await page.getByLabel(/Sähköposti|E-post|Email/).fill(email);
  await page.getByLabel(/^(Salasana|Lösenord|Password)$/).fill(password);
  await page.getByRole("tabpanel").getByRole("button", { name: /Kirjaudu|Logga in|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin") && url.pathname !== "/home", { timeout: 30_000 });
}

/** Signs a client in with username and PIN. */
export async function signInClient(page: Page, username: string, pin: string) {
  await page.goto("/signin");
  await page.getByLabel(/Käyttäjänimi|Användarnamn|Username/).fill(username);
  await page.getByLabel(/PIN/).fill(pin);
  await page.getByRole("tabpanel").getByRole("button", { name: /Kirjaudu|Logga in|Sign in/ }).click();
  await page.waitForURL(/\/client/, { timeout: 30_000 });
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Kirjaudu ulos|Logga ut|Sign out/ }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** axe-core with the WCAG 2.0–2.2 A and AA rules: the page must have no violations. */
export async function expectAccessible(page: Page) {
  // Next streams metadata: after an action's refresh the <title> can arrive a moment after the
  // content the test waited for, and axe would then see a page without one.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
