// `npm audit --omit=dev`: the packages the running app ships must have no high or critical
// advisory (ADR 057). Exit 1 on such a finding. When the registry cannot answer audits (a
// mirror that only serves GET, as on the workshop machines), it says so plainly and exits 0,
// unless AUDIT_REQUIRED=1: an unchecked result is reported, never passed off as clean.
import { spawnSync } from "node:child_process";
import { auditVerdict, type AuditReport } from "../src/server/npm-audit";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  report = { message: (run.stderr || run.stdout || "no output").trim().split("\n")[0] };
}
const verdict = auditVerdict(report, process.env.AUDIT_REQUIRED === "1");
for (const line of verdict.lines) (verdict.exitCode ? console.error : console.log)(line);
process.exit(verdict.exitCode);
