-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "claimedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "queuedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "OutboxMessage_queuedAt_createdAt_idx" ON "OutboxMessage"("queuedAt", "createdAt");
