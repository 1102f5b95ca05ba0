-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'MANAGER';

-- CreateIndex
CREATE INDEX "Invoice_jobcenterId_issueDate_idx" ON "Invoice"("jobcenterId", "issueDate");

-- CreateIndex
CREATE INDEX "InvoicePayment_paidOn_idx" ON "InvoicePayment"("paidOn");

-- CreateIndex
CREATE INDEX "Order_jobcenterId_submittedAt_idx" ON "Order"("jobcenterId", "submittedAt");
