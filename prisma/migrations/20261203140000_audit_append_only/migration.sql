-- The audit log is append-only (ADR 057). The database refuses to change or remove a row,
-- whoever asks (the app's role, the owner, a superuser), on a PostgreSQL server and on the
-- embedded PGlite alike. Prisma's schema does not model triggers, so `migrate diff` ignores them.
--
-- The one way out is for erasing a person (issue 13). A function that runs, inside its own
-- transaction, SET LOCAL tasmatyo.allow_audit_erase = 'on' may DELETE audit rows (or TRUNCATE,
-- which only emptying a demo database does). UPDATE is never allowed: a row is kept as written or gone.
--
-- The body is an E'' string with \073 for each semicolon: the stand-in schema engine that checks
-- migrations (`prisma migrate diff` through @prisma/adapter-pg) splits scripts at every semicolon,
-- even inside $$ quotes. Written out, the body is:
--   BEGIN
--     IF TG_OP IN ('DELETE', 'TRUNCATE')
--        AND coalesce(current_setting('tasmatyo.allow_audit_erase', true), '') = 'on' THEN
--       RETURN OLD
--     END IF
--     RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
--       USING ERRCODE = 'insufficient_privilege', HINT = '...'
--   END
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''DELETE'', ''TRUNCATE'')
     AND coalesce(current_setting(''tasmatyo.allow_audit_erase'', true), '''') = ''on'' THEN
    RETURN OLD\073
  END IF\073
  RAISE EXCEPTION ''AuditEvent is append-only: % is not allowed'', TG_OP
    USING ERRCODE = ''insufficient_privilege'',
          HINT = ''Audit rows are removed only by erasing a person (ADR 057).''\073
END\073
';

CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
