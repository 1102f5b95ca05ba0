import { expect } from "@playwright/test";
import { DEMO_STAFF, expectAccessible, signInStaff, signOut, test, watchCsp } from "./support";

// ADR 052 (sessions that end) and ADR 053 (headers) as a browser sees them.

test("pages carry a nonce CSP that Next's own scripts use, with no violations", async ({ page }) => {
  const response = await page.goto("/");
  const csp = response!.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  expect(response!.headers()["strict-transport-security"]).toBeUndefined();
  // Every script in the document is either our own file or carries this response's nonce.
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => ({ src: e.getAttribute("src"), nonce: (e as HTMLScriptElement).nonce })));
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s.nonce, s.src ?? "inline script").toBe(nonce);
  // The page is interactive: the language switcher (a client component) works.
  await page.getByRole("button", { name: "Svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await page.getByRole("button", { name: "Suomi" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
});

test("a signed-out cookie replayed in another browser gets the sign-in page", async ({ page, browser }) => {
  await signInStaff(page, DEMO_STAFF.coordinatorRehabilitative.email);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);
  await signOut(page);

  const replay = await browser.newContext();
  await watchCsp(replay);
  await replay.addCookies(cookies);
  const other = await replay.newPage();
  await other.goto("/coordinator");
  await expect(other).toHaveURL(/\/signin/);
  await replay.close();
});

test("sign out everywhere ends the session in the other browser too", async ({ page, browser }) => {
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signInStaff(phonePage, DEMO_STAFF.staffRehabilitative.email);
  await signInStaff(page, DEMO_STAFF.staffRehabilitative.email);

  await page.getByRole("button", { name: /Kirjaudu ulos kaikilta laitteilta/ }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await phonePage.goto("/unit");
  await expect(phonePage).toHaveURL(/\/signin/);
  await phone.close();
});

test("a missing page answers 404 in Swedish, in the app's frame, with a way back", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "sv", url: baseURL! }]);
  const response = await page.goto("/ingen-sadan-sida");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Sidan hittades inte" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("navigation", { name: "Språk" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Till startsidan" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("/favicon.ico is an icon, not a page", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\//);
});
