import type { PermissionTable } from "@/features/auth/rules";

// Feedback both ways (ADR 047). The orderer's rating is `feedback.give` in the orders feature;
// an orderer known only by email answers from a link (a public action, no permission). Both sides
// on the client's profile are read on the staff profile pages, after `readClientAudited`.
export const feedbackPermissions = {
  // the client's own faces and words about their gig
  "gigFeedback.give": [{ role: "CLIENT", scope: "self" }],
  // unit staff go through the gig with the client afterwards and write it down
  "debrief.record": [{ role: "UNIT_STAFF", scope: "unit" }],
} as const satisfies PermissionTable;
