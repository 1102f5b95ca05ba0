import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF } from "../../src/server/seed/demo-accounts";

export { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF };

const cspSeen = new WeakMap<BrowserContext, string[]>();

/**
 * Records every Content-Security-Policy violation in the context's pages (ADR 053). The
 * listener is an init script and reports through a binding, so it sees the first document and
 * survives navigations. Idempotent: sign-in helpers call it for contexts a spec makes itself.
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const known = cspSeen.get(context);
  if (known) return known;
  const seen: string[] = [];
  cspSeen.set(context, seen);
  await context.exposeBinding("__tasmatyoCspViolation", (_source, v: string) => void seen.push(v));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __tasmatyoCspViolation: (v: string) => void }).__tasmatyoCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  return seen;
}

export function expectNoCspViolations(context: BrowserContext) {
  expect(cspSeen.get(context) ?? [], "Content-Security-Policy violations").toEqual([]);
}

/** Playwright's test, with every spec's default context watched for CSP violations. */
export const test = base.extend<{ cspWatch: void }>({
  cspWatch: [
    async ({ context }, use) => {
      await watchCsp(context);
      await use();
      expectNoCspViolations(context);
    },
    { auto: true },
  ],
});

/** A phone-sized viewport (the clients' and many orderers' screen). */
export const PHONE = { width: 360, height: 740 };

/** Signs in on the "staff or orderer" tab with email and password; lands on the role's home. */
export async function signInStaff(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await watchCsp(page.context());
  await page.goto("/signin?as=staff");
  await page.getByLabel(/Sähköposti|E-post|Email/).fill(email);
  await page.getByLabel(/^(Salasana|Lösenord|Password)$/).fill(password);
  await page.getByRole("tabpanel").getByRole("button", { name: /Kirjaudu|Logga in|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin") && url.pathname !== "/home", { timeout: 30_000 });
}

/** Signs a client in with username and PIN. */
export async function signInClient(page: Page, username: string, pin: string) {
  await watchCsp(page.context());
  await page.goto("/signin");
  await page.getByLabel(/Käyttäjänimi|Användarnamn|Username/).fill(username);
  await page.getByLabel(/PIN/).fill(pin);
  await page.getByRole("tabpanel").getByRole("button", { name: /Kirjaudu|Logga in|Sign in/ }).click();
  await page.waitForURL(/\/client/, { timeout: 30_000 });
}

export async function signOut(page: Page) {
  // Anchored: "Sign out on all devices" is a button of its own.
  const button = page.getByRole("button", { name: /^(Kirjaudu ulos|Logga ut|Sign out)$/ });
  // The client's phone keeps sign-out in the header's menu, and asks first (issue 14).
  const menu = page.locator("header details > summary");
  if ((await menu.count()) > 0 && !(await button.isVisible())) await menu.click();
  await button.click();
  const yes = page.getByRole("button", { name: /^(Kyllä, kirjaudu ulos|Ja, logga ut|Yes, sign out)$/ });
  if (await yes.waitFor({ timeout: 2_000 }).then(() => true, () => false)) await yes.click();
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
  expectNoCspViolations(page.context());
}
