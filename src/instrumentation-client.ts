import { z } from "zod";

// Runs before the app's own code in the browser. zod 4 compiles object parsers with
// `new Function` when it may, and probes for that by calling Function(""): under our CSP
// (no 'unsafe-eval', ADR 053) the probe is a reported violation. Jitless parsing needs no eval
// and is fast enough for a form's few fields.
z.config({ jitless: true });
