-- CreateEnum
CREATE TYPE "HoursReviewKind" AS ENUM ('CONFIRMED', 'DEEMED_CONFIRMED', 'DISPUTED', 'RESOLVED_KEPT', 'RESOLVED_CORRECTED');

-- AlterTable
ALTER TABLE "Gig" ADD COLUMN     "hoursDisputedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "OrderTermsVersion" ADD COLUMN     "hoursConfirmationDays" INTEGER NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "HoursReview" (
    "id" TEXT NOT NULL,
    "gigId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "HoursReviewKind" NOT NULL,
    "minutes" INTEGER,
    "reason" TEXT,
    "byUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HoursReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HoursReview_gigId_createdAt_idx" ON "HoursReview"("gigId", "createdAt");

-- CreateIndex
CREATE INDEX "HoursReview_orderId_createdAt_idx" ON "HoursReview"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "Gig_status_hoursConfirmedAt_idx" ON "Gig"("status", "hoursConfirmedAt");

-- AddForeignKey
ALTER TABLE "HoursReview" ADD CONSTRAINT "HoursReview_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE CASCADE ON UPDATE CASCADE;
