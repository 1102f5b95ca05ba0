// Sets up the two PostgreSQL roles (ADR 057): `npm run db:roles`, run as a superuser.
//   DATABASE_ADMIN_URL   a superuser's URL to the app's database (required)
//   DB_OWNER_ROLE        owns the tables and runs migrations (default tasmatyo_owner)
//   DB_OWNER_PASSWORD    its password (unset: unchanged, e.g. for certificate or peer sign-in)
//   DB_APP_ROLE          what the running app signs in as (default tasmatyo_app)
//   DB_APP_PASSWORD      its password (unset: unchanged)
//   DB_SCHEMA            the schema of the app's tables (default public)
//   JOBS_SCHEMA          pg-boss's schema (default pgboss, ADR 008)
// It applies the committed migrations as the owner, then grants. Running it again is safe.
// Afterwards: MIGRATION_DATABASE_URL is the owner's URL (npm run db:migrate, npm run db:seed)
// and DATABASE_URL the app role's (the app itself).
import { withPgConnection } from "../src/server/db/connect";
import { setUpRoles } from "../src/server/db/roles";
import { JOB_NAMES } from "../src/server/jobs/names";
import { DEFAULT_BOSS_SCHEMA } from "../src/server/jobs/setup";

async function main() {
  const url = process.env.DATABASE_ADMIN_URL;
  if (!url) {
    console.error("Set DATABASE_ADMIN_URL to a superuser's URL of the app's database, e.g. postgresql://postgres@db:5432/tasmatyo");
    process.exit(1);
  }
  await withPgConnection(
    url,
    (conn) =>
      setUpRoles(conn, {
        owner: process.env.DB_OWNER_ROLE || "tasmatyo_owner",
        ownerPassword: process.env.DB_OWNER_PASSWORD || undefined,
        app: process.env.DB_APP_ROLE || "tasmatyo_app",
        appPassword: process.env.DB_APP_PASSWORD || undefined,
        schema: process.env.DB_SCHEMA || undefined,
        jobs: { schema: process.env.JOBS_SCHEMA || DEFAULT_BOSS_SCHEMA, queues: JOB_NAMES },
        log: (line) => console.log(line),
      }),
    process.env.DB_SCHEMA || undefined,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
