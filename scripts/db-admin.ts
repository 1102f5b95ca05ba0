// A Jobcenter's first day: `npm run db:admin -- --email admin@example.fi --name "Aino Admin"`.
// On an empty database (migrated here first) it adds the reference rows (VAT rates, benefit
// limits) and the first admin, and prints a one-time invitation link for setting the password.
// Refuses when an admin exists. Uses DATABASE_URL (as MIGRATION_DATABASE_URL's owner role when
// set), otherwise the embedded database under PGLITE_DATA_DIR (./data/pglite); stop the app first.
import { parseArgs } from "node:util";
import { openPglite, openPostgres, type OpenDatabase } from "../src/server/db/connect";
import { AdminExistsError, bootstrapFirstAdmin } from "../src/server/seed/first-admin";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });

async function open(): Promise<OpenDatabase> {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (url) return openPostgres(url, { migrate: true });
  return openPglite(process.env.PGLITE_DATA_DIR || "./data/pglite", (line) => console.log(`[db] ${line}`));
}

async function main() {
  if (!values.email || !values.name) {
    console.error('Usage: npm run db:admin -- --email admin@example.fi --name "Aino Admin"');
    process.exitCode = 2;
    return;
  }
  const db = await open();
  let code = 0;
  try {
    const admin = await bootstrapFirstAdmin(db.prisma, { email: values.email, name: values.name });
    const { vatRates, benefitLimits } = admin.referenceRows;
    console.log(`Reference rows added: ${vatRates} VAT rates, ${benefitLimits} benefit limits.`);
    console.log(`First admin ${values.email} created. Open this link once to set the password (valid until ${admin.expiresAt.toISOString()}):\n\n  ${admin.link}\n`);
  } catch (error) {
    if (!(error instanceof AdminExistsError)) throw error;
    console.error(error.message);
    code = 1;
  } finally {
    await db.close();
  }
  // Explicitly: the embedded database's shutdown does not keep process.exitCode.
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
