// The verdict on `npm audit --omit=dev --json` (scripts/audit-production.ts; ADR 057).

export interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; fixAvailable?: unknown }>;
  message?: string;
}

export interface AuditVerdict {
  exitCode: 0 | 1;
  lines: string[];
}

/**
 * High and critical findings fail. A report without counts means the registry did not answer
 * (a mirror that serves only GET): that is said plainly, and fails only when `required`.
 */
export function auditVerdict(report: AuditReport, required: boolean): AuditVerdict {
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    return {
      exitCode: required ? 1 : 0,
      lines: [`WARNING: npm audit could not check the production dependencies: ${report.message ?? "unknown error"}`],
    };
  }
  const summary = `npm audit --omit=dev: ${["critical", "high", "moderate", "low"].map((s) => `${counts[s] ?? 0} ${s}`).join(", ")}`;
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === "high" || v.severity === "critical");
  return {
    exitCode: serious.length ? 1 : 0,
    lines: [summary, ...serious.map(([name, v]) => `  ${v.severity}: ${name} (fix available: ${JSON.stringify(v.fixAvailable ?? false)})`)],
  };
}
