-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attachInvoiceId" TEXT;
