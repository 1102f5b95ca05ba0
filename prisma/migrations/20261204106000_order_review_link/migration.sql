-- AlterEnum
ALTER TYPE "AuthTokenKind" ADD VALUE 'ORDER_REVIEW';

-- AlterTable
ALTER TABLE "AuthToken" ADD COLUMN     "orderId" TEXT;

-- AlterTable
ALTER TABLE "TermsAcceptance" ADD COLUMN     "viaReviewLink" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "AuthToken_orderId_idx" ON "AuthToken"("orderId");

-- CreateIndex
CREATE INDEX "Order_jobcenterId_createdAt_id_idx" ON "Order"("jobcenterId", "createdAt", "id");
