import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Issue 9: bad bodies to a server action never give HTTP 500 (over the size limit, truncated
// JSON, React-protocol references to parts the body does not have), and a 1.3 MB paste into
// the order description leaves the form usable with a message. The HTTP part needs the proxy
// to call src/server/http/action-guard.ts (guardActionRequest, then guardActionBody).

const SLUG = "vammaisten-tyokeskus";
const PAGE = `/order/${SLUG}/new`;

/** The public quote action's id, from the build's manifest (ids change with every build). */
function quoteActionId(): string {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(readFileSync(path.resolve(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === "quoteOrder" && v.filename?.endsWith("features/orders/actions.ts"));
  if (!entry) throw new Error("quoteOrder is not in the server reference manifest");
  return entry[0];
}

test("bad bodies to a server action get a 4xx, never a 500", async ({ request }) => {
  const headers = { "Next-Action": quoteActionId(), Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" };
  const post = (data: string | Buffer) => request.post(PAGE, { headers, data, failOnStatusCode: false, maxRedirects: 0 });

  // a well-formed call still works: the pipeline answers with a typed error for an unknown Jobcenter
  const ok = await post(JSON.stringify([{ jobcenterId: "x", contractModel: "COMMISSION", minutesPerWorker: 60, workerCount: 1 }]));
  expect(ok.status()).toBe(200);
  expect(await ok.text()).toContain('"ok":false');

  const cases: [string, string | Buffer, number][] = [
    ["5 MB body", JSON.stringify([{ jobcenterId: "x", description: "a".repeat(5 * 1024 * 1024) }]), 413],
    ["truncated JSON", '[{"jobcenterId":"x","contr', 400],
    ["reference $1", '["$1"]', 400],
    ["server reference $F1", '["$F1"]', 400],
    ["Map reference $Q2", '[{"jobcenterId":"$Q2"}]', 400],
    ["broken UTF-8", Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), 400],
  ];
  for (const [name, body, status] of cases) {
    const response = await post(body);
    expect(response.status(), name).toBe(status);
    expect(await response.json(), name).toEqual({ ok: false, error: "INVALID_INPUT" });
  }
  // a promise that never resolves reaches the pipeline, whose schema refuses it
  const promise = await post('["$@1"]');
  expect(promise.status()).toBeLessThan(500);
});

test("a 1.3 MB paste into the order description is cut to the limit with a message; the form still works", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki", permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(PAGE);
  const description = page.getByLabel("Työn kuvaus");
  await expect(description).toHaveAttribute("maxlength", "4000");
  await expect(page.getByText("Enintään 4000 merkkiä.")).toBeVisible();

  await page.evaluate((n) => navigator.clipboard.writeText("Siivous ".repeat(n)), Math.ceil((1.3 * 1024 * 1024) / 8));
  await description.focus();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(page.getByText(/Liitetty teksti oli liian pitkä, joten siitä jäi vain 4000 ensimmäistä merkkiä/)).toBeVisible();
  await expect(page.getByText("4000 / 4000 merkkiä")).toBeVisible();
  expect(await description.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(4000);

  // the form answers: sending shows the field errors of what is still missing
  await page.getByLabel("Työn otsikko").fill("Ikkunanpesu");
  await page.getByRole("button", { name: "Luo tunnus ja lähetä tilaus" }).click();
  await expect(page.getByText("Täytä tämä kenttä.").first()).toBeVisible();
  await context.close();
});
