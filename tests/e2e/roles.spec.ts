import { expect } from "@playwright/test";
import { test, DEMO_CLIENTS, DEMO_STAFF, expectAccessible, PHONE, signInClient, signInStaff, signOut } from "./support";

// Every role signs in and sees its own home; axe finds nothing on the pages anyone sees first.

test("the front page and the sign-in page are accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Täsmätyö" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/signin?as=staff");
  await expectAccessible(page);
});

const staffHomes = [
  { who: "admin", email: DEMO_STAFF.admin.email, path: "/admin" },
  { who: "coordinator", email: DEMO_STAFF.coordinatorDisability.email, path: "/coordinator" },
  { who: "unit staff", email: DEMO_STAFF.staffDisability.email, path: "/unit" },
  { who: "orderer", email: DEMO_STAFF.ordererCompany.email, path: "/orderer" },
];

for (const { who, email, path } of staffHomes) {
  test(`${who} signs in and sees their home`, async ({ page }) => {
    await signInStaff(page, email);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await signOut(page);
  });
}

test("a client signs in on a phone and sees their gigs", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const page = await context.newPage();
  await signInClient(page, DEMO_CLIENTS.disability.username, DEMO_CLIENTS.disability.pin);
  await expect(page).toHaveURL(/\/client$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("a wrong PIN is refused with a plain message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel(/Käyttäjänimi/).fill(DEMO_CLIENTS.disability.username);
  await page.getByLabel(/PIN/).fill("000000");
  await page.getByRole("tabpanel").getByRole("button", { name: /Kirjaudu/ }).click();
  await expect(page.getByRole("tabpanel").getByRole("alert")).toContainText("Käyttäjänimi tai PIN-koodi on väärin. Kokeile uudelleen tai kysy ohjaajalta.");
});

test("the language can be switched to Swedish and English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Svenska" }).click();
  await expect(page.getByRole("link", { name: "Se vad du kan beställa" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "See what you can order" })).toBeVisible();
  await page.getByRole("button", { name: "Suomi" }).click();
  await expect(page.getByRole("link", { name: "Katso, mitä voit tilata" })).toBeVisible();
});
