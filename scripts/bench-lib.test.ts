import { describe, expect, it } from "vitest";
import {
  FRAMEWORK_FLOOR,
  STATIC_FLOOR,
  copyExpressions,
  formatFirstLoad,
  formatTable,
  parseBenchArgs,
  parseBenchDataArgs,
  ratio,
  replaceSection,
  withRatios,
  type RawResult,
  type TableInfo,
} from "./bench-lib";

const m = (scale: string, page: string, p50: number, rps: number, kind: RawResult["kind"] = "page", bytes = 1000): RawResult => ({
  scale,
  page,
  path: "/",
  kind,
  p50,
  rps,
  p99: p50 * 2,
  bytes,
  non2xx: 0,
  errors: 0,
  requests: rps * 10,
});

describe("flags", () => {
  it("defaults to 1, 10 and 100 for 10 s with 10 connections; --quick is one scale for 3 s", () => {
    expect(parseBenchArgs([])).toMatchObject({ seconds: 10, connections: 10, quick: false, scales: [{ scale: 1 }, { scale: 10 }, { scale: 100 }] });
    expect(parseBenchArgs(["--quick"])).toMatchObject({ seconds: 3, scales: [{ label: "1", scale: 1, heavy: false }] });
  });
  it("reads --scales with a heavy variant, --seconds=, --only", () => {
    const a = parseBenchArgs(["--scales", "1,100h", "--seconds=4", "--only", "client home,admin audit"]);
    expect(a.scales).toEqual([
      { label: "1", scale: 1, heavy: false },
      { label: "100h", scale: 100, heavy: true },
    ]);
    expect(a.seconds).toBe(4);
    expect(a.only).toEqual(["client home", "admin audit"]);
  });
  it("refuses a scale or a number that is not a positive whole number", () => {
    expect(() => parseBenchArgs(["--scales", "0"])).toThrow(/--scales/);
    expect(() => parseBenchArgs(["--seconds", "1.5"])).toThrow(/--seconds/);
    expect(() => parseBenchDataArgs(["--scale", "-3"])).toThrow(/--scale/);
    expect(parseBenchDataArgs(["--scale", "10", "--heavy"])).toEqual({ scale: 10, heavy: true, reset: false });
  });
});

describe("ratios", () => {
  it("rounds to two decimals and gives null for a missing or zero base", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, undefined)).toBeNull();
  });

  it("divides by the floors of the same scale (their mean) and by the page at the first scale", () => {
    const raw = [
      m("1", STATIC_FLOOR, 1, 5000, "floor"),
      m("1", FRAMEWORK_FLOOR, 4, 400, "floor"),
      m("10", STATIC_FLOOR, 2, 4000, "floor"),
      m("10", FRAMEWORK_FLOOR, 6, 300, "floor"),
      m("1", "inbox", 20, 50),
      m("10", "inbox", 60, 10),
      m("1", FRAMEWORK_FLOOR, 6, 200, "floor"), // measured again at the end
      m("10", FRAMEWORK_FLOOR, 6, 300, "floor"),
    ];
    const out = withRatios(raw, ["1", "10"]);
    // one record per floor and scale: the mean of its measurements
    expect(out.filter((r) => r.page === FRAMEWORK_FLOOR)).toHaveLength(2);
    const fw1 = out.find((r) => r.page === FRAMEWORK_FLOOR && r.scale === "1")!;
    expect(fw1.p50).toBe(5);
    expect(fw1.rps).toBe(300);
    const inbox1 = out.find((r) => r.page === "inbox" && r.scale === "1")!;
    expect(inbox1).toMatchObject({ p50VsStatic: 20, p50VsFramework: 4, rpsVsFramework: 6, p50VsFirstScale: null });
    const inbox10 = out.find((r) => r.page === "inbox" && r.scale === "10")!;
    expect(inbox10).toMatchObject({ p50VsStatic: 30, p50VsFramework: 10, rpsVsFramework: 30, p50VsFirstScale: 3 });
  });
});

describe("the table", () => {
  it("has a row per page and a column group per scale, with the growth from first to last", () => {
    const out = withRatios([m("1", FRAMEWORK_FLOOR, 4, 400, "floor", 40), m("100", FRAMEWORK_FLOOR, 4, 400, "floor", 40), m("1", "inbox", 20, 50, "page", 2048), m("100", "inbox", 30, 30, "page", 4096)], ["1", "100"]);
    const table = formatTable(out, ["1", "100"]).split("\n");
    expect(table[0]).toBe("| page | 1× rps | 1× p50 | 1× p99 | 1× ÷fw | 100× rps | 100× p50 | 100× p99 | 100× ÷fw | KB | p50 100×÷1× |");
    expect(table[1]).toBe("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    expect(table[3]).toBe("| inbox | 50.0 | 20 | 40 | 5.00 | 30.0 | 30 | 60 | 7.50 | 4.0 | 1.50 |");
  });

  it("shows nothing but a mark for a page where no response finished", () => {
    const none = { ...m("1", "audit", 0, 0), requests: 0 };
    const [rec] = withRatios([m("1", FRAMEWORK_FLOOR, 4, 400, "floor"), none], ["1"]).filter((r) => r.page === "audit");
    expect(rec?.p50VsFramework).toBeNull();
    expect(formatTable(withRatios([none], ["1"]), ["1"])).toContain("| audit ⚠ | – | – | – | – |");
  });

  it("marks a page whose requests failed", () => {
    const bad = { ...m("1", "audit", 10, 5), non2xx: 3 };
    expect(formatTable(withRatios([bad], ["1"]), ["1"])).toContain("| audit ⚠ |");
  });

  it("lists first-load JS against the blank page", () => {
    expect(formatFirstLoad([{ route: "/404", gzipBytes: 100 * 1024 }, { route: "/client", gzipBytes: 150 * 1024 }], "/404")).toContain("| `/client` | 150.0 | 1.50 |");
  });
});

describe("the document", () => {
  it("replaces only its own section and appends one that is missing", () => {
    const doc = "# B\n\n<!-- bench:before:start -->\nold\n<!-- bench:before:end -->\n\ntext\n";
    const once = replaceSection(doc, "before", "new");
    expect(once).toBe("# B\n\n<!-- bench:before:start -->\nnew\n<!-- bench:before:end -->\n\ntext\n");
    const twice = replaceSection(once, "latest", "x");
    expect(twice.endsWith("<!-- bench:latest:start -->\nx\n<!-- bench:latest:end -->\n")).toBe(true);
    expect(replaceSection(twice, "latest", "y")).toContain("bench:latest:start -->\ny\n");
  });
});

describe("copying rows", () => {
  const order: TableInfo = {
    name: "Order",
    columns: [
      { name: "id", type: "text", generated: false },
      { name: "number", type: "integer", generated: false },
      { name: "requestKey", type: "text", generated: false },
      { name: "jobcenterId", type: "text", generated: false },
      { name: "ordererId", type: "text", generated: false },
      { name: "title", type: "text", generated: false },
    ],
    fks: new Map([
      ["jobcenterId", "Jobcenter"],
      ["ordererId", "Orderer"],
    ]),
    uniques: [["id"], ["number"], ["requestKey"]],
  };
  it("gives ids and keys into copied tables the copy's suffix, keeps keys into shared tables, and keeps unique columns unique", () => {
    const e = copyExpressions(order, (t) => t !== "Jobcenter");
    expect(e.get("id")).toBe(`"id" || '~' || k`);
    expect(e.get("ordererId")).toBe(`"ordererId" || '~' || k`);
    expect(e.get("jobcenterId")).toBe(`"jobcenterId"`);
    expect(e.get("number")).toBe(`"number" + k * 10000000`);
    expect(e.get("requestKey")).toBe(`"requestKey" || '~' || k`);
    expect(e.get("title")).toBe(`"title"`);
  });
  it("leaves a composite unique alone when one of its columns already changes", () => {
    const line: TableInfo = {
      name: "InvoiceLine",
      columns: [
        { name: "id", type: "text", generated: false },
        { name: "invoiceId", type: "text", generated: false },
        { name: "lineNo", type: "integer", generated: false },
      ],
      fks: new Map([["invoiceId", "Invoice"]]),
      uniques: [["id"], ["invoiceId", "lineNo"]],
    };
    expect(copyExpressions(line, () => true).get("lineNo")).toBe(`"lineNo"`);
  });
});
