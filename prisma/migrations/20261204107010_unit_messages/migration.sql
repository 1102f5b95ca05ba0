-- AlterEnum
ALTER TYPE "MessageKind" ADD VALUE 'UNIT';

-- AlterTable
ALTER TABLE "OrderMessage" ADD COLUMN     "unitOfferId" TEXT;

-- CreateIndex
CREATE INDEX "OrderMessage_unitOfferId_createdAt_idx" ON "OrderMessage"("unitOfferId", "createdAt");

-- AddForeignKey
ALTER TABLE "OrderMessage" ADD CONSTRAINT "OrderMessage_unitOfferId_fkey" FOREIGN KEY ("unitOfferId") REFERENCES "UnitOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
