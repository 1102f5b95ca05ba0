import { setDefaultHashCostForTests } from "../../src/features/auth/password";

// Setup file of the db test project only: hashes that the app makes itself (sign-up, invite and
// reset links, client PINs) use a cheap scrypt cost. The tests check the flows, not the cost;
// the strong default is held by src/features/auth/password.test.ts, which runs without this.
setDefaultHashCostForTests({ N: 2 ** 10, r: 8, p: 1 });
