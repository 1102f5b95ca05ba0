// The order state move lives in mutations.ts with the other order writes; this name is kept for
// coordination's imports until they point there.
export { moveOrderStatus } from "./mutations";
