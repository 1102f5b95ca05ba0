// Runs before the app's own code in the browser. zod 4 compiles object parsers with
// `new Function` when it may, and probes for that by calling Function(""): under our CSP
// (no 'unsafe-eval', ADR 053) the probe is a reported violation. Jitless parsing needs no eval
// and is fast enough for a form's few fields.
//
// zod keeps its configuration in one object on globalThis, which `z.config()` assigns into.
// Writing it here rather than calling `z.config` keeps zod itself (about 30 KB gzip) out of
// every page: only the pages with a form load it (ADR 091). The test beside this file checks
// that zod still reads this object.
import { jitlessZod } from "@/lib/zod-jitless";

jitlessZod();
