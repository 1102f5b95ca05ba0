import { readFile } from "node:fs/promises";
import { expect } from "@playwright/test";
import { test, DEMO_CLIENTS, DEMO_STAFF, expectAccessible, PHONE, signInClient, signInStaff } from "./support";

// The coordinator runs last month's pay (the demo leaves it for them), checks the lines,
// confirms and downloads the payroll CSV; the client opens a pay statement on the phone.
test("the coordinator makes, confirms and exports a pay run", async ({ page }) => {
  await signInStaff(page, DEMO_STAFF.coordinatorDisability.email);
  await page.getByRole("link", { name: "Palkat" }).first().click();
  await expect(page.getByRole("heading", { name: "Palkat", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Palkka-ajot" })).toContainText("Vahvistettu");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Tee palkka-ajo" }).click();
  await page.waitForURL(/\/coordinator\/pay\/[^/]+$/);
  await expect(page.getByText("Luonnos", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Puhu näiden työntekijöiden kanssa ennen vahvistusta" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Vahvista palkka-ajo" }).click();
  await expect(page.getByText("Vahvistettu", { exact: true })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa palkanlaskennan CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^palkat-\d{4}-\d{2}\.csv$/);
  const csv = await readFile((await file.path())!, "utf8");
  expect(csv).toContain("personal_identity_code,iban");
});

test("the client opens a pay statement on the phone", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInClient(page, DEMO_CLIENTS.disability.username, DEMO_CLIENTS.disability.pin);
  await page.goto("/client/money");
  await expect(page.getByRole("heading", { name: "Palkkalaskelmat" })).toBeVisible();
  await expectAccessible(page);
  const link = page.getByRole("link", { name: "Avaa palkkalaskelma" }).first();
  const href = await link.getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // another client's statement id is not found for her
  expect((await page.request.get("/client/money/statements/not-hers/pdf")).status()).toBe(404);
});
