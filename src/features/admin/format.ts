/** "Jobcenter: unit", the Jobcenter or the orderer a membership is bound to. */
export function membershipOrg(m: {
  jobcenter?: { name: string } | null;
  unit?: { name: string; jobcenter: { name: string } } | null;
  orderer?: { name: string } | null;
}): string {
  return m.jobcenter?.name ?? (m.unit ? `${m.unit.jobcenter.name}: ${m.unit.name}` : null) ?? m.orderer?.name ?? "";
}
