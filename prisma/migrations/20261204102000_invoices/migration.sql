-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('SENT', 'PAID', 'CREDITED');

-- CreateEnum
CREATE TYPE "InvoiceLineKind" AS ENUM ('WORK', 'CANCELLATION_FEE', 'CORRECTION');

-- AlterTable
ALTER TABLE "Jobcenter" ADD COLUMN     "bic" TEXT,
ADD COLUMN     "businessId" TEXT,
ADD COLUMN     "city" TEXT,
ADD COLUMN     "iban" TEXT,
ADD COLUMN     "postalCode" TEXT,
ADD COLUMN     "streetAddress" TEXT;

-- AlterTable
ALTER TABLE "OrderTermsVersion" ADD COLUMN     "paymentTermDays" INTEGER NOT NULL DEFAULT 14;

-- AlterTable
ALTER TABLE "Orderer" ADD COLUMN     "costCentre" TEXT,
ADD COLUMN     "internalBilling" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "InvoiceCounter" (
    "jobcenterId" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("jobcenterId")
);

-- CreateTable
CREATE TABLE "InvoiceRun" (
    "id" TEXT NOT NULL,
    "jobcenterId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "byUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoiceRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "jobcenterId" TEXT NOT NULL,
    "ordererId" TEXT NOT NULL,
    "runId" TEXT,
    "kind" "InvoiceKind" NOT NULL DEFAULT 'INVOICE',
    "number" INTEGER NOT NULL,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'SENT',
    "issueDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "referenceNumber" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'fi',
    "vatExempt" BOOLEAN NOT NULL DEFAULT false,
    "buyerReference" TEXT,
    "seller" JSONB NOT NULL,
    "buyer" JSONB NOT NULL,
    "netCents" INTEGER NOT NULL,
    "vatCents" INTEGER NOT NULL,
    "grossCents" INTEGER NOT NULL,
    "creditedInvoiceId" TEXT,
    "notes" TEXT,
    "paidAt" TIMESTAMPTZ(3),
    "byUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "kind" "InvoiceLineKind" NOT NULL,
    "workDate" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "gigId" TEXT,
    "minutes" INTEGER NOT NULL,
    "unitCount" INTEGER,
    "unitPriceCents" INTEGER NOT NULL,
    "netCents" INTEGER NOT NULL,
    "vatRateBp" INTEGER NOT NULL,
    "billingKey" TEXT,
    "creditsLineId" TEXT,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoicePayment" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "referenceNumber" TEXT,
    "bankRowId" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoicePayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceRun_jobcenterId_periodKey_key" ON "InvoiceRun"("jobcenterId", "periodKey");

-- CreateIndex
CREATE INDEX "Invoice_jobcenterId_createdAt_id_idx" ON "Invoice"("jobcenterId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Invoice_ordererId_createdAt_id_idx" ON "Invoice"("ordererId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Invoice_runId_idx" ON "Invoice"("runId");

-- CreateIndex
CREATE INDEX "Invoice_creditedInvoiceId_idx" ON "Invoice"("creditedInvoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_jobcenterId_number_key" ON "Invoice"("jobcenterId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_jobcenterId_referenceNumber_key" ON "Invoice"("jobcenterId", "referenceNumber");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_billingKey_key" ON "InvoiceLine"("billingKey");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_creditsLineId_key" ON "InvoiceLine"("creditsLineId");

-- CreateIndex
CREATE INDEX "InvoiceLine_gigId_idx" ON "InvoiceLine"("gigId");

-- CreateIndex
CREATE INDEX "InvoiceLine_orderId_idx" ON "InvoiceLine"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_lineNo_key" ON "InvoiceLine"("invoiceId", "lineNo");

-- CreateIndex
CREATE UNIQUE INDEX "InvoicePayment_bankRowId_key" ON "InvoicePayment"("bankRowId");

-- CreateIndex
CREATE INDEX "InvoicePayment_invoiceId_idx" ON "InvoicePayment"("invoiceId");

-- AddForeignKey
ALTER TABLE "InvoiceCounter" ADD CONSTRAINT "InvoiceCounter_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceRun" ADD CONSTRAINT "InvoiceRun_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_jobcenterId_fkey" FOREIGN KEY ("jobcenterId") REFERENCES "Jobcenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_ordererId_fkey" FOREIGN KEY ("ordererId") REFERENCES "Orderer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_runId_fkey" FOREIGN KEY ("runId") REFERENCES "InvoiceRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditedInvoiceId_fkey" FOREIGN KEY ("creditedInvoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_creditsLineId_fkey" FOREIGN KEY ("creditsLineId") REFERENCES "InvoiceLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoicePayment" ADD CONSTRAINT "InvoicePayment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
