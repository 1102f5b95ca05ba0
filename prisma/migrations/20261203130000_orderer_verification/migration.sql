-- CreateEnum
CREATE TYPE "OrdererStatus" AS ENUM ('EMAIL_PENDING', 'UNVERIFIED', 'VERIFIED', 'REFUSED', 'MERGED');

-- CreateEnum
CREATE TYPE "OrdererCheck" AS ENUM ('BUSINESS_REGISTER', 'CALLED_KNOWN_NUMBER', 'KNOWN_CUSTOMER', 'E_INVOICE_ADDRESS', 'IDENTITY');

-- CreateEnum
CREATE TYPE "OrdererReviewDecision" AS ENUM ('VERIFIED', 'REFUSED', 'JOINED');

-- AlterEnum
ALTER TYPE "AuthTokenKind" ADD VALUE 'EMAIL_VERIFY';

-- AlterTable
ALTER TABLE "Orderer" ADD COLUMN     "duplicateOfId" TEXT,
ADD COLUMN     "status" "OrdererStatus" NOT NULL DEFAULT 'UNVERIFIED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "OrdererReview" (
    "id" TEXT NOT NULL,
    "ordererId" TEXT NOT NULL,
    "decision" "OrdererReviewDecision" NOT NULL,
    "checks" "OrdererCheck"[],
    "note" TEXT,
    "joinedToId" TEXT,
    "orderId" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrdererReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrdererReview_ordererId_createdAt_idx" ON "OrdererReview"("ordererId", "createdAt");

-- CreateIndex
CREATE INDEX "Orderer_businessId_idx" ON "Orderer"("businessId");

-- AddForeignKey
ALTER TABLE "Orderer" ADD CONSTRAINT "Orderer_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Orderer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrdererReview" ADD CONSTRAINT "OrdererReview_ordererId_fkey" FOREIGN KEY ("ordererId") REFERENCES "Orderer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Orderers and accounts from before verification existed (ADR 055): the orderers are the
-- Jobcenters' known customers, and every account that has a password set it through a link
-- sent to its email (invite, reset) or registered and signed in before this change.
UPDATE "Orderer" SET "status" = 'VERIFIED';
UPDATE "User" SET "emailVerifiedAt" = "createdAt" WHERE "email" IS NOT NULL AND "passwordHash" IS NOT NULL;
