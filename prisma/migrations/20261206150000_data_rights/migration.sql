-- CreateEnum
CREATE TYPE "ConsentParty" AS ENUM ('JOBCENTER_COORDINATION', 'OTHER_UNIT', 'PARTNER_EMPLOYER', 'KELA', 'SOCIAL_WORK', 'EMPLOYMENT_SERVICES', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('WORK_PROFILE', 'SUPPORT_NEEDS', 'BENEFITS');

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "erasedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ConsentRecord" ADD COLUMN     "partyKinds" "ConsentParty"[] DEFAULT ARRAY[]::"ConsentParty"[],
ADD COLUMN     "scopes" "ConsentScope"[] DEFAULT ARRAY[]::"ConsentScope"[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "erasedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_createdAt_id_idx" ON "AuditEvent"("actorUserId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_id_idx" ON "AuditEvent"("action", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_createdAt_id_idx" ON "AuditEvent"("entityType", "createdAt", "id");

-- Existing consents name their parties in free text (the Y100 form wording): read the closed
-- kinds out of it (ADR 072). Conservative on purpose: a name we do not recognise becomes OTHER,
-- which gates nothing, and no old consent is read as covering support needs.
UPDATE "ConsentRecord" AS c SET "partyKinds" = coalesce((
  SELECT array_agg(DISTINCT k.kind)::"ConsentParty"[] FROM (
    SELECT CASE
      WHEN p ILIKE '%kela%' THEN 'KELA'
      WHEN p ILIKE '%sosiaali%' OR p ILIKE '%vammais%' THEN 'SOCIAL_WORK'
      WHEN p ILIKE 'TE-%' OR p ILIKE '%te-palvelu%' OR p ILIKE '%työllisyyspalvelu%' THEN 'EMPLOYMENT_SERVICES'
      WHEN p ILIKE '%työkeskus%' OR p ILIKE '%jobcenter%' OR p ILIKE '%koordinaat%' OR p ILIKE '%täsmätyö%' THEN 'JOBCENTER_COORDINATION'
      WHEN p ILIKE '%yksikkö%' OR p ILIKE '%työtoimintayksik%' THEN 'OTHER_UNIT'
      WHEN p ILIKE '%työnantaja%' OR p ILIKE '% ry' THEN 'PARTNER_EMPLOYER'
      ELSE 'OTHER' END AS kind
    FROM unnest(c."parties") AS p
  ) AS k), ARRAY[]::"ConsentParty"[]);

UPDATE "ConsentRecord" SET "scopes" = array_remove(ARRAY[
  CASE WHEN "scope" ILIKE '%työ%' OR "scope" ILIKE '%profiil%' THEN 'WORK_PROFILE' END,
  CASE WHEN "scope" ILIKE '%etuu%' OR "scope" ILIKE '%y100%' THEN 'BENEFITS' END
]::"ConsentScope"[], NULL);

-- Erasure (ADR 074, ADR 057): the app role may not DELETE audit rows, so this function, owned
-- by the owner that runs migrations, removes one person's rows: those about the client and, for
-- a client's own account, those the account wrote. It turns the erase flag on only for its own
-- statement and off again, so nothing later in the caller's transaction can use it.
-- search_path is fixed to the schema the migration ran in (a SECURITY DEFINER function must not
-- resolve names through the caller's path). EXECUTE is PUBLIC's by default: the app calls it
-- only from the erase mutation, which an admin confirms. Written out, the body is:
--   DECLARE n integer
--   BEGIN
--     PERFORM set_config('tasmatyo.allow_audit_erase', 'on', true)
--     DELETE FROM "AuditEvent" WHERE "clientId" = client_id OR ("entityType" = 'Client' AND "entityId" = client_id)
--        OR (actor_id IS NOT NULL AND "actorUserId" = actor_id)
--     GET DIAGNOSTICS n = ROW_COUNT
--     PERFORM set_config('tasmatyo.allow_audit_erase', 'off', true)
--     RETURN n
--   END
CREATE FUNCTION "erase_person_audit"(client_id text, actor_id text) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS E'
DECLARE n integer\073
BEGIN
  PERFORM set_config(''tasmatyo.allow_audit_erase'', ''on'', true)\073
  DELETE FROM "AuditEvent" WHERE "clientId" = client_id OR ("entityType" = ''Client'' AND "entityId" = client_id)
    OR (actor_id IS NOT NULL AND "actorUserId" = actor_id)\073
  GET DIAGNOSTICS n = ROW_COUNT\073
  PERFORM set_config(''tasmatyo.allow_audit_erase'', ''off'', true)\073
  RETURN n\073
END\073
';
