import { clearSignInThrottleAction } from "../../../src/features/auth/actions";
import { entry } from "../../support/matrix";

export const entries = [
  entry({
    name: "auth.clearSignInThrottle (a client)",
    call: clearSignInThrottleAction,
    // Maija is a client of unit D1: her unit's staff and admins may clear her sign-in.
    input: (w) => ({ userId: w.clientD1.userId }),
    allowed: ["admin", "staffD1"],
  }),
  entry({
    name: "auth.clearSignInThrottle (a staff account)",
    call: clearSignInThrottleAction,
    input: (w) => ({ userId: w.users.staffR1.id }),
    allowed: ["admin"],
  }),
];
