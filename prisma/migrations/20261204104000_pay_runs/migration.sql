-- CreateEnum
CREATE TYPE "PayRunStatus" AS ENUM ('DRAFT', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "PayKind" AS ENUM ('COMMISSION_FEE', 'WAGES');

-- CreateTable
CREATE TABLE "ClientPayDetails" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "personalIdentityCode" TEXT,
    "iban" TEXT,
    "withholdingBp" INTEGER,
    "taxCardValidFrom" DATE,
    "taxCardValidTo" DATE,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClientPayDetails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayRun" (
    "id" TEXT NOT NULL,
    "jobcenterId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "paymentDate" DATE NOT NULL,
    "status" "PayRunStatus" NOT NULL DEFAULT 'DRAFT',
    "grossCents" INTEGER NOT NULL,
    "sideCostsCents" INTEGER NOT NULL,
    "withholdingCents" INTEGER NOT NULL,
    "netCents" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PayRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayRunLine" (
    "id" TEXT NOT NULL,
    "payRunId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" "PayKind" NOT NULL,
    "workerName" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "grossCents" INTEGER NOT NULL,
    "sideCostsCents" INTEGER NOT NULL,
    "serviceCostsCents" INTEGER NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "withholdingBp" INTEGER NOT NULL,
    "taxCardRecorded" BOOLEAN NOT NULL,
    "withholdingCents" INTEGER NOT NULL,
    "netCents" INTEGER NOT NULL,
    "ibanEnding" TEXT,

    CONSTRAINT "PayRunLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayRunGig" (
    "id" TEXT NOT NULL,
    "payRunId" TEXT NOT NULL,
    "lineId" TEXT NOT NULL,
    "gigId" TEXT NOT NULL,
    "workDate" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "hourlyPayCents" INTEGER NOT NULL,
    "grossCents" INTEGER NOT NULL,
    "sideCostsCents" INTEGER NOT NULL,
    "serviceCostsCents" INTEGER NOT NULL,
    "priceCents" INTEGER NOT NULL,

    CONSTRAINT "PayRunGig_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClientPayDetails_clientId_key" ON "ClientPayDetails"("clientId");

-- CreateIndex
CREATE INDEX "PayRun_jobcenterId_periodStart_id_idx" ON "PayRun"("jobcenterId", "periodStart" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "PayRun_jobcenterId_periodStart_key" ON "PayRun"("jobcenterId", "periodStart");

-- CreateIndex
CREATE INDEX "PayRunLine_clientId_idx" ON "PayRunLine"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "PayRunLine_payRunId_clientId_kind_key" ON "PayRunLine"("payRunId", "clientId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "PayRunGig_gigId_key" ON "PayRunGig"("gigId");

-- CreateIndex
CREATE INDEX "PayRunGig_payRunId_idx" ON "PayRunGig"("payRunId");

-- CreateIndex
CREATE INDEX "PayRunGig_lineId_idx" ON "PayRunGig"("lineId");

-- AddForeignKey
ALTER TABLE "ClientPayDetails" ADD CONSTRAINT "ClientPayDetails_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayRun" ADD CONSTRAINT "PayRun_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayRunLine" ADD CONSTRAINT "PayRunLine_payRunId_fkey" FOREIGN KEY ("payRunId") REFERENCES "PayRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayRunLine" ADD CONSTRAINT "PayRunLine_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayRunGig" ADD CONSTRAINT "PayRunGig_payRunId_fkey" FOREIGN KEY ("payRunId") REFERENCES "PayRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayRunGig" ADD CONSTRAINT "PayRunGig_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "PayRunLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;
