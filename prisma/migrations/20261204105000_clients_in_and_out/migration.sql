-- CreateEnum
CREATE TYPE "ClientGender" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'NOT_TOLD');

-- CreateEnum
CREATE TYPE "ClientStatus" AS ENUM ('ACTIVE', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "PathwayKind" AS ENUM ('STARTED', 'FIRST_GIG', 'HIRED_BY_ORDERER', 'SUPPORTED_EMPLOYMENT', 'EDUCATION', 'OPEN_LABOUR_MARKET', 'KELA_VOCATIONAL_REHABILITATION', 'PERIOD_ENDED', 'PAUSED', 'OTHER');

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "birthDate" DATE,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "gender" "ClientGender" NOT NULL DEFAULT 'NOT_TOLD',
ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'fi',
ADD COLUMN     "status" "ClientStatus" NOT NULL DEFAULT 'ACTIVE';

-- CreateTable
CREATE TABLE "PathwayEvent" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "PathwayKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathwayEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientUnitMove" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "reason" TEXT,
    "movedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientUnitMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PathwayEvent_clientId_occurredOn_idx" ON "PathwayEvent"("clientId", "occurredOn");

-- CreateIndex
CREATE INDEX "PathwayEvent_kind_occurredOn_idx" ON "PathwayEvent"("kind", "occurredOn");

-- CreateIndex
CREATE INDEX "ClientUnitMove_clientId_createdAt_idx" ON "ClientUnitMove"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "Client_phone_idx" ON "Client"("phone");

-- AddForeignKey
ALTER TABLE "PathwayEvent" ADD CONSTRAINT "PathwayEvent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientUnitMove" ADD CONSTRAINT "ClientUnitMove_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
