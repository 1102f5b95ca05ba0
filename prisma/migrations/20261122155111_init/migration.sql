-- CreateEnum
CREATE TYPE "JobcenterKind" AS ENUM ('DISABILITY_WORK_ACTIVITY', 'REHABILITATIVE_WORK_ACTIVITY');

-- CreateEnum
CREATE TYPE "ContractModel" AS ENUM ('COMMISSION', 'EMPLOYMENT', 'PARTNER_EMPLOYER');

-- CreateEnum
CREATE TYPE "OrdererKind" AS ENUM ('COMPANY', 'ASSOCIATION', 'CITY_UNIT', 'PRIVATE_PERSON');

-- CreateEnum
CREATE TYPE "BillingMethod" AS ENUM ('E_INVOICE', 'EMAIL_INVOICE', 'PAPER_INVOICE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'UNIT_STAFF', 'ORDERER_CONTACT', 'CLIENT');

-- CreateEnum
CREATE TYPE "AuthTokenKind" AS ENUM ('INVITE', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "ReadinessStatus" AS ENUM ('NOT_ASSESSED', 'PRACTISING', 'READY', 'PAUSED');

-- CreateEnum
CREATE TYPE "BenefitType" AS ENUM ('DISABILITY_PENSION', 'PENSIONERS_HOUSING_ALLOWANCE', 'LABOUR_MARKET_SUBSIDY', 'GENERAL_HOUSING_ALLOWANCE', 'BASIC_SOCIAL_ASSISTANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "BenefitLimitKind" AS ENUM ('DISABILITY_PENSION_EARNINGS', 'LABOUR_MARKET_SUBSIDY_PROTECTED', 'BASIC_SOCIAL_ASSISTANCE_PROTECTED', 'PENSIONERS_HOUSING_ALLOWANCE_REVIEW', 'YEL_COMMISSION_INCOME');

-- CreateEnum
CREATE TYPE "LimitPeriod" AS ENUM ('MONTH', 'FOUR_WEEKS', 'YEAR');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('DRAFT', 'RECEIVED', 'TERMS_ACCEPTED', 'FINDING_WORKERS', 'SCHEDULED', 'IN_PROGRESS', 'DONE', 'APPROVED', 'INVOICED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskCategory" AS ENUM ('CLEANING', 'OUTDOOR', 'PACKING_MAILING', 'ARCHIVING', 'MOVING', 'ELDERLY_HELP', 'SEWING', 'OTHER');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('EXACT', 'WINDOW');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('MESSAGE', 'QUESTION', 'ANSWER');

-- CreateEnum
CREATE TYPE "ChangeStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "UnitOfferStatus" AS ENUM ('PENDING', 'INTERESTED', 'NOMINATED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SkillsCheck" AS ENUM ('VERIFIED', 'PRACTISED_FIRST');

-- CreateEnum
CREATE TYPE "BenefitCheck" AS ENUM ('DONE', 'NOT_NEEDED');

-- CreateEnum
CREATE TYPE "SupportMode" AS ENUM ('STAFF_ALONG', 'PHONE', 'NONE');

-- CreateEnum
CREATE TYPE "GigStatus" AS ENUM ('PLANNED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'STARTED', 'REPORTED', 'APPROVED', 'CANCELLED', 'REPLACED');

-- CreateEnum
CREATE TYPE "HoursEventKind" AS ENUM ('STARTED', 'FINISHED', 'REPORTED', 'APPROVED', 'CORRECTED', 'ENTERED_BY_STAFF');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('EMAIL');

-- CreateTable
CREATE TABLE "Jobcenter" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "JobcenterKind" NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "contractModels" "ContractModel"[],
    "blockCommissionForUnemploymentBenefit" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Jobcenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "jobcenterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "area" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Orderer" (
    "id" TEXT NOT NULL,
    "kind" "OrdererKind" NOT NULL,
    "name" TEXT NOT NULL,
    "businessId" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "streetAddress" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "billingMethod" "BillingMethod",
    "eInvoiceAddress" TEXT,
    "eInvoiceOperator" TEXT,
    "billingEmail" TEXT,
    "billingReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Orderer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT,
    "clientUsername" TEXT,
    "pinHash" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "jobcenterId" TEXT,
    "unitId" TEXT,
    "ordererId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "AuthTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "userId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "area" TEXT,
    "skills" TEXT[],
    "interests" TEXT[],
    "supportNeeds" TEXT,
    "preferredTimes" TEXT,
    "benefits" "BenefitType"[],
    "allowedContractModels" "ContractModel"[],
    "readiness" "ReadinessStatus" NOT NULL DEFAULT 'NOT_ASSESSED',
    "readinessNote" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessEvent" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "status" "ReadinessStatus" NOT NULL,
    "note" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "parties" TEXT[],
    "scope" TEXT NOT NULL,
    "agreedOn" DATE NOT NULL,
    "validUntil" DATE,
    "withdrawnAt" TIMESTAMPTZ(3),
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkActivityHours" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "WorkActivityHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkActivityDayMove" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "reason" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkActivityDayMove_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceList" (
    "id" TEXT NOT NULL,
    "jobcenterId" TEXT NOT NULL,
    "contractModel" "ContractModel" NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "workerPayCents" INTEGER NOT NULL,
    "sideCostsCents" INTEGER NOT NULL,
    "serviceCostsCents" INTEGER NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VatRate" (
    "id" TEXT NOT NULL,
    "rateBp" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VatRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitLimit" (
    "id" TEXT NOT NULL,
    "kind" "BenefitLimitKind" NOT NULL,
    "period" "LimitPeriod" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "source" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenefitLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderTermsVersion" (
    "id" TEXT NOT NULL,
    "jobcenterId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodySha256" TEXT NOT NULL,
    "cancellationFeeCents" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderTermsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "requestKey" TEXT,
    "jobcenterId" TEXT NOT NULL,
    "ordererId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'DRAFT',
    "category" "TaskCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "remote" BOOLEAN NOT NULL DEFAULT false,
    "streetAddress" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "scheduleKind" "ScheduleKind" NOT NULL DEFAULT 'EXACT',
    "windowText" TEXT,
    "hoursPerWorkerMin" INTEGER NOT NULL,
    "workerCount" INTEGER NOT NULL,
    "ordererProvides" TEXT,
    "orientation" TEXT,
    "siteContactName" TEXT,
    "siteContactPhone" TEXT,
    "contractModel" "ContractModel" NOT NULL,
    "billingMethod" "BillingMethod",
    "businessId" TEXT,
    "eInvoiceAddress" TEXT,
    "eInvoiceOperator" TEXT,
    "billingEmail" TEXT,
    "billingReference" TEXT,
    "billingName" TEXT,
    "billingAddress" TEXT,
    "priceListId" TEXT,
    "listUnitPriceCents" INTEGER,
    "agreedUnitPriceCents" INTEGER,
    "agreedPriceReason" TEXT,
    "vatRateBp" INTEGER,
    "netCents" INTEGER,
    "vatCents" INTEGER,
    "grossCents" INTEGER,
    "reacceptanceRequired" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "cancellationFeeCents" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderSession" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "workersNeeded" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT,

    CONSTRAINT "OrderSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderStatusEvent" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "note" TEXT,
    "byUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderStatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderMessage" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "kind" "MessageKind" NOT NULL DEFAULT 'MESSAGE',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsAcceptance" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "termsVersionId" TEXT NOT NULL,
    "termsSha256" TEXT NOT NULL,
    "acceptedByUserId" TEXT NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "hoursPerWorkerMin" INTEGER NOT NULL,
    "workerCount" INTEGER NOT NULL,
    "grossCents" INTEGER NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderChange" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "reason" TEXT,
    "newUnitPriceCents" INTEGER,
    "newHoursPerWorkerMin" INTEGER,
    "newWorkerCount" INTEGER,
    "status" "ChangeStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitOffer" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "offeredById" TEXT NOT NULL,
    "message" TEXT,
    "status" "UnitOfferStatus" NOT NULL DEFAULT 'PENDING',
    "responseNote" TEXT,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "unitOfferId" TEXT,
    "clientId" TEXT NOT NULL,
    "nominatedById" TEXT NOT NULL,
    "clientWantsGig" BOOLEAN NOT NULL,
    "skillsCheck" "SkillsCheck" NOT NULL,
    "benefitCheck" "BenefitCheck" NOT NULL,
    "supportMode" "SupportMode" NOT NULL,
    "supportPerson" TEXT,
    "note" TEXT,
    "validUntil" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gig" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "sessionId" TEXT,
    "clientId" TEXT NOT NULL,
    "status" "GigStatus" NOT NULL DEFAULT 'PLANNED',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "plannedMinutes" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "reportedMinutes" INTEGER,
    "reportNote" TEXT,
    "approvedMinutes" INTEGER,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "supportMode" "SupportMode" NOT NULL DEFAULT 'NONE',
    "supportPerson" TEXT,
    "meetingPerson" TEXT,
    "bringItems" TEXT,
    "onWorkActivityDay" BOOLEAN NOT NULL DEFAULT false,
    "workActivityDayConfirmedById" TEXT,
    "declineReason" TEXT,
    "cancelReason" TEXT,
    "replacesGigId" TEXT,
    "remindedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Gig_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HoursEvent" (
    "id" TEXT NOT NULL,
    "gigId" TEXT NOT NULL,
    "kind" "HoursEventKind" NOT NULL,
    "minutes" INTEGER,
    "reason" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HoursEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "gigId" TEXT,
    "clientId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "onProfile" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hire" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "ordererId" TEXT NOT NULL,
    "orderId" TEXT,
    "reportedById" TEXT NOT NULL,
    "hiredOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Hire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkCertificate" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "contents" JSONB NOT NULL,
    "signedById" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "channel" "OutboxChannel" NOT NULL DEFAULT 'EMAIL',
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "clientId" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jobcenter_slug_key" ON "Jobcenter"("slug");

-- CreateIndex
CREATE INDEX "Unit_jobcenterId_idx" ON "Unit"("jobcenterId");

-- CreateIndex
CREATE INDEX "Orderer_name_idx" ON "Orderer"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_clientUsername_key" ON "User"("clientUsername");

-- CreateIndex
CREATE INDEX "Membership_jobcenterId_idx" ON "Membership"("jobcenterId");

-- CreateIndex
CREATE INDEX "Membership_unitId_idx" ON "Membership"("unitId");

-- CreateIndex
CREATE INDEX "Membership_ordererId_idx" ON "Membership"("ordererId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_role_jobcenterId_unitId_ordererId_key" ON "Membership"("userId", "role", "jobcenterId", "unitId", "ordererId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_idx" ON "AuthToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Client_userId_key" ON "Client"("userId");

-- CreateIndex
CREATE INDEX "Client_unitId_active_idx" ON "Client"("unitId", "active");

-- CreateIndex
CREATE INDEX "Client_lastName_firstName_idx" ON "Client"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "ReadinessEvent_clientId_createdAt_idx" ON "ReadinessEvent"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_clientId_idx" ON "ConsentRecord"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkActivityHours_clientId_weekday_key" ON "WorkActivityHours"("clientId", "weekday");

-- CreateIndex
CREATE INDEX "WorkActivityDayMove_clientId_fromDate_idx" ON "WorkActivityDayMove"("clientId", "fromDate");

-- CreateIndex
CREATE INDEX "PriceList_jobcenterId_contractModel_validFrom_idx" ON "PriceList"("jobcenterId", "contractModel", "validFrom");

-- CreateIndex
CREATE INDEX "VatRate_validFrom_idx" ON "VatRate"("validFrom");

-- CreateIndex
CREATE INDEX "BenefitLimit_kind_validFrom_idx" ON "BenefitLimit"("kind", "validFrom");

-- CreateIndex
CREATE INDEX "OrderTermsVersion_jobcenterId_locale_validFrom_idx" ON "OrderTermsVersion"("jobcenterId", "locale", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "OrderTermsVersion_jobcenterId_locale_version_key" ON "OrderTermsVersion"("jobcenterId", "locale", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Order_requestKey_key" ON "Order"("requestKey");

-- CreateIndex
CREATE INDEX "Order_jobcenterId_status_updatedAt_idx" ON "Order"("jobcenterId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Order_ordererId_createdAt_idx" ON "Order"("ordererId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_status_idx" ON "Order"("status");

-- CreateIndex
CREATE INDEX "OrderSession_orderId_startsAt_idx" ON "OrderSession"("orderId", "startsAt");

-- CreateIndex
CREATE INDEX "OrderStatusEvent_orderId_createdAt_idx" ON "OrderStatusEvent"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "OrderMessage_orderId_createdAt_idx" ON "OrderMessage"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "TermsAcceptance_orderId_acceptedAt_idx" ON "TermsAcceptance"("orderId", "acceptedAt");

-- CreateIndex
CREATE INDEX "OrderChange_orderId_status_idx" ON "OrderChange"("orderId", "status");

-- CreateIndex
CREATE INDEX "UnitOffer_unitId_status_idx" ON "UnitOffer"("unitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "UnitOffer_orderId_unitId_key" ON "UnitOffer"("orderId", "unitId");

-- CreateIndex
CREATE INDEX "Nomination_orderId_clientId_idx" ON "Nomination"("orderId", "clientId");

-- CreateIndex
CREATE INDEX "Nomination_clientId_idx" ON "Nomination"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Gig_replacesGigId_key" ON "Gig"("replacesGigId");

-- CreateIndex
CREATE INDEX "Gig_clientId_startsAt_idx" ON "Gig"("clientId", "startsAt");

-- CreateIndex
CREATE INDEX "Gig_orderId_startsAt_idx" ON "Gig"("orderId", "startsAt");

-- CreateIndex
CREATE INDEX "Gig_status_startsAt_idx" ON "Gig"("status", "startsAt");

-- CreateIndex
CREATE INDEX "HoursEvent_gigId_createdAt_idx" ON "HoursEvent"("gigId", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_clientId_createdAt_idx" ON "Feedback"("clientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_gigId_authorUserId_key" ON "Feedback"("gigId", "authorUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Hire_clientId_ordererId_key" ON "Hire"("clientId", "ordererId");

-- CreateIndex
CREATE INDEX "WorkCertificate_clientId_signedAt_idx" ON "WorkCertificate"("clientId", "signedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_idx" ON "OutboxMessage"("sentAt");

-- CreateIndex
CREATE INDEX "AuditEvent_clientId_createdAt_idx" ON "AuditEvent"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_ordererId_fkey" FOREIGN KEY ("ordererId") REFERENCES "Orderer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessEvent" ADD CONSTRAINT "ReadinessEvent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkActivityHours" ADD CONSTRAINT "WorkActivityHours_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkActivityDayMove" ADD CONSTRAINT "WorkActivityDayMove_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderTermsVersion" ADD CONSTRAINT "OrderTermsVersion_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_ordererId_fkey" FOREIGN KEY ("ordererId") REFERENCES "Orderer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderSession" ADD CONSTRAINT "OrderSession_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderStatusEvent" ADD CONSTRAINT "OrderStatusEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderMessage" ADD CONSTRAINT "OrderMessage_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_termsVersionId_fkey" FOREIGN KEY ("termsVersionId") REFERENCES "OrderTermsVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderChange" ADD CONSTRAINT "OrderChange_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitOffer" ADD CONSTRAINT "UnitOffer_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitOffer" ADD CONSTRAINT "UnitOffer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_unitOfferId_fkey" FOREIGN KEY ("unitOfferId") REFERENCES "UnitOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gig" ADD CONSTRAINT "Gig_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gig" ADD CONSTRAINT "Gig_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "OrderSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gig" ADD CONSTRAINT "Gig_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gig" ADD CONSTRAINT "Gig_replacesGigId_fkey" FOREIGN KEY ("replacesGigId") REFERENCES "Gig"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoursEvent" ADD CONSTRAINT "HoursEvent_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hire" ADD CONSTRAINT "Hire_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hire" ADD CONSTRAINT "Hire_ordererId_fkey" FOREIGN KEY ("ordererId") REFERENCES "Orderer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hire" ADD CONSTRAINT "Hire_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkCertificate" ADD CONSTRAINT "WorkCertificate_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
