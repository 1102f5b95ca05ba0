import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages, type IntlScopeName } from "./client-namespaces";
import { clientNamespaces, covered, routeFiles } from "./client-namespaces.scan";
import { loadMessages } from "./messages";

const APP = path.resolve(import.meta.dirname, "..", "app");

/** Each folder of src/app whose layout passes its own scope; the rest live under the root's. */
const FOLDER_SCOPES: Record<string, IntlScopeName> = {
  admin: "admin",
  client: "client",
  coordinator: "coordinator",
  notifications: "notifications",
  orderer: "orderer",
  unit: "unit",
  signin: "signin",
  "verify-email": "signin",
  invite: "account",
  reset: "account",
  order: "order",
  review: "order",
  feedback: "order",
};

const folders = readdirSync(APP).filter((d) => statSync(path.join(APP, d)).isDirectory());

describe("each page carries the messages its client components use", () => {
  for (const [folder, scope] of Object.entries(FOLDER_SCOPES)) {
    it(`${folder}/ (scope "${scope}")`, () => {
      const layout = path.join(APP, folder, "layout.tsx");
      expect(existsSync(layout), `${folder}/layout.tsx`).toBe(true);
      expect(readFileSync(layout, "utf8")).toContain(`<IntlScope scope="${scope}">`);
      const used = [...clientNamespaces(routeFiles(folder))];
      expect(used.filter((ns) => !covered(ns, CLIENT_NAMESPACES[scope]))).toEqual([]);
    });
  }

  it("the root scope covers the root's own pages and every folder without a scope of its own", () => {
    const rootFiles = readdirSync(APP).filter((f) => /\.tsx$/.test(f)).map((f) => path.join(APP, f));
    const rest = folders.filter((f) => !(f in FOLDER_SCOPES)).flatMap((f) => routeFiles(f));
    expect(readFileSync(path.join(APP, "layout.tsx"), "utf8")).toContain(`<IntlScope scope="root">`);
    const used = [...clientNamespaces([...rootFiles, ...rest])];
    expect(used.filter((ns) => !covered(ns, CLIENT_NAMESPACES.root))).toEqual([]);
  });

  it("the walk finds what it should (a client page uses its own namespace)", () => {
    expect(clientNamespaces(routeFiles("client"))).toContain("client.actions");
    expect(covered("client.actions.x", ["client.actions"])).toBe(true);
    expect(covered("client", ["client.actions"])).toBe(false);
    expect(covered("clients", ["client"])).toBe(false);
  });
});

describe("pickMessages", () => {
  it("keeps only the given paths, nested as in the catalogue", async () => {
    const all = await loadMessages("fi");
    const picked = pickMessages(all, ["common", "client.actions", "no.such.path"]) as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(picked).sort()).toEqual(["client", "common"]);
    expect(Object.keys(picked.client ?? {})).toEqual(["actions"]);
    expect(picked.client?.actions).toEqual((all as unknown as Record<string, Record<string, unknown>>).client?.actions);
    expect(picked.common).toEqual((all as unknown as Record<string, unknown>).common);
  });

  it("the client phone's scope is a small part of the catalogue", async () => {
    const all = await loadMessages("fi");
    const size = (m: unknown) => JSON.stringify(m).length;
    const client = size(pickMessages(all, CLIENT_NAMESPACES.client));
    expect(client).toBeLessThan(size(all) / 4);
    expect(Object.keys(pickMessages(all, CLIENT_NAMESPACES.client))).not.toContain("admin");
  });
});
