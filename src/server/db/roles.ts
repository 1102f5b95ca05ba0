import pg from "pg";
import { ensureBossSchema } from "../jobs/setup";
import { applyMigrations, type SqlConnection } from "./migrate";

/**
 * The two database roles of a PostgreSQL server installation (ADR 057):
 * - the owner owns the schema and every table in it and runs the migrations;
 * - the app role is what the running app signs in as: no superuser, no CREATE on the schema,
 *   reads and writes rows, and may only read and add audit rows.
 * `npm run db:roles` (scripts/db-roles.ts) calls `setUpRoles` as a superuser.
 */
export interface RoleSetup {
  owner: string;
  ownerPassword?: string;
  app: string;
  appPassword?: string;
  /** The schema the app's tables live in; `public` unless the installation says otherwise. */
  schema?: string;
  /** Create the roles or update their attributes and passwords (default true); false: they exist. */
  createRoles?: boolean;
  /** Apply the committed migrations as the owner before granting (default true). */
  migrate?: boolean;
  /** Lines from the migrations. */
  log?: (line: string) => void;
  /** pg-boss's schema and queues (ADR 008): created here, owned by the owner, used by the app. */
  jobs?: { schema: string; queues: readonly string[] };
  /** What was set up (default: to `log`); the embedded database's every start keeps it quiet. */
  summary?: (line: string) => void;
}

// Not part of the app's contract, but tables whose rows the app may only read or add.
const APPEND_ONLY_TABLES = ["AuditEvent"];
const READ_ONLY_TABLES = ["_prisma_migrations"];

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(name: string): string {
  // Role names go into statements that cannot take parameters; allow only plain names.
  if (!NAME.test(name)) throw new Error(`Not a plain role or schema name: ${JSON.stringify(name)}`);
  return pg.escapeIdentifier(name);
}

async function roleExists(conn: SqlConnection, name: string): Promise<boolean> {
  const { rows } = await conn.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [name]);
  return rows.length > 0;
}

async function ensureLoginRole(conn: SqlConnection, name: string, password: string | undefined): Promise<void> {
  const role = ident(name);
  // Created without login first, so a half-finished run never leaves a role that can sign in
  // with more rights than it should.
  if (!(await roleExists(conn, name))) await conn.exec(`CREATE ROLE ${role} NOLOGIN`);
  await conn.exec(`ALTER ROLE ${role} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT`);
  await conn.exec(`ALTER ROLE ${role} LOGIN${password ? ` PASSWORD ${pg.escapeLiteral(password)}` : ""}`);
}

/** Objects in the schema that someone else (typically `postgres`) created before the owner existed. */
async function takeOverExistingObjects(conn: SqlConnection, schema: string, owner: string): Promise<void> {
  const to = ident(owner);
  const { rows: relations } = await conn.query<{ name: string; kind: string }>(
    `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
        AND pg_get_userbyid(c.relowner) <> $2
        -- a sequence owned by a column moves with its table
        AND NOT (c.relkind = 'S' AND EXISTS (
          SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))`,
    [schema, owner],
  );
  const keyword: Record<string, string> = { r: "TABLE", p: "TABLE", v: "VIEW", m: "MATERIALIZED VIEW", S: "SEQUENCE" };
  for (const r of relations) {
    await conn.exec(`ALTER ${keyword[r.kind]} ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(r.name)} OWNER TO ${to}`);
  }
  const { rows: types } = await conn.query<{ name: string }>(
    `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> $2`,
    [schema, owner],
  );
  for (const t of types) await conn.exec(`ALTER TYPE ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(t.name)} OWNER TO ${to}`);
  const { rows: functions } = await conn.query<{ signature: string }>(
    `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND pg_get_userbyid(p.proowner) <> $2`,
    [schema, owner],
  );
  for (const f of functions) await conn.exec(`ALTER FUNCTION ${f.signature} OWNER TO ${to}`);
}

async function tableExists(conn: SqlConnection, schema: string, table: string): Promise<boolean> {
  const { rows } = await conn.query(`SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2`, [schema, table]);
  return rows.length > 0;
}

/**
 * Creates or updates both roles and their rights. Safe to run again (after a restore, or when
 * a password changes). `conn` is a superuser's connection to the app's database.
 */
export async function setUpRoles(conn: SqlConnection, setup: RoleSetup): Promise<void> {
  const schemaName = setup.schema ?? "public";
  const log = setup.log ?? (() => {});
  const summary = setup.summary ?? log;
  const [owner, app, schema] = [ident(setup.owner), ident(setup.app), ident(schemaName)];
  if (setup.owner === setup.app) throw new Error("The owner and the app role must be two roles.");
  const { rows } = await conn.query<{ db: string }>(`SELECT current_database() AS db`);
  const database = pg.escapeIdentifier(rows[0]!.db);

  if (setup.createRoles ?? true) {
    await ensureLoginRole(conn, setup.owner, setup.ownerPassword);
    await ensureLoginRole(conn, setup.app, setup.appPassword);
    summary(`roles ${setup.owner} (owner) and ${setup.app} (app) are set up`);
    await conn.exec(`GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${owner}, ${app}`);
  }
  await conn.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await conn.exec(`ALTER SCHEMA ${schema} OWNER TO ${owner}`);
  // Nobody but the owner creates objects here; the app role only uses them.
  await conn.exec(`REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC`);
  await conn.exec(`REVOKE ALL ON SCHEMA ${schema} FROM ${app}`);
  await conn.exec(`GRANT USAGE ON SCHEMA ${schema} TO ${app}`);
  await takeOverExistingObjects(conn, schemaName, setup.owner);

  if (setup.migrate ?? true) {
    // The tables must exist before the grants below, so that the audit table's narrower grant
    // is not widened again by the default privileges when a migration creates it.
    await conn.exec(`SET ROLE ${owner}`);
    try {
      const applied = await applyMigrations(conn, { useAdvisoryLock: true, log });
      summary(applied.length ? `${applied.length} migration(s) applied as ${setup.owner}` : "database is up to date");
    } finally {
      await conn.exec(`RESET ROLE`);
    }
  }

  await conn.exec(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${app}`);
  await conn.exec(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app}`);
  await conn.exec(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app}`);
  // Tables that later migrations create get the same rights.
  await conn.exec(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
  await conn.exec(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
  for (const table of APPEND_ONLY_TABLES) {
    if (await tableExists(conn, schemaName, table)) {
      await conn.exec(`REVOKE UPDATE, DELETE, TRUNCATE ON ${schema}.${pg.escapeIdentifier(table)} FROM ${app}`);
    }
  }
  for (const table of READ_ONLY_TABLES) {
    if (await tableExists(conn, schemaName, table)) {
      await conn.exec(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${schema}.${pg.escapeIdentifier(table)} FROM ${app}`);
    }
  }
  if (setup.jobs) {
    // Created as the superuser (the owner may not create schemas), then handed to the owner,
    // whose `npm run db:migrate` adds the queues of later releases.
    const boss = ident(setup.jobs.schema);
    await conn.exec(`CREATE SCHEMA IF NOT EXISTS ${boss} AUTHORIZATION ${owner}`);
    await ensureBossSchema(conn, { schema: setup.jobs.schema, queues: setup.jobs.queues, log });
    await conn.exec(`ALTER SCHEMA ${boss} OWNER TO ${owner}`);
    await takeOverExistingObjects(conn, setup.jobs.schema, setup.owner);
    await conn.exec(`REVOKE CREATE ON SCHEMA ${boss} FROM PUBLIC`);
    await conn.exec(`GRANT USAGE ON SCHEMA ${boss} TO ${app}`);
    await conn.exec(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${boss} TO ${app}`);
    await conn.exec(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${boss} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
    summary(`pg-boss schema ${setup.jobs.schema}: ${setup.app} may read and write its rows`);
  }
  summary(`${setup.app} may read and write rows in ${schemaName}, only read and add audit rows, and create nothing`);
}
