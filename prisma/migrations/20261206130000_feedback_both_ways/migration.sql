-- AlterTable
ALTER TABLE "Jobcenter" ADD COLUMN     "autoInvoicing" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "GigClientFeedback" (
    "id" TEXT NOT NULL,
    "gigId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "mood" INTEGER NOT NULL,
    "words" TEXT,
    "shareWithOrderer" BOOLEAN NOT NULL DEFAULT false,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GigClientFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GigDebrief" (
    "id" TEXT NOT NULL,
    "gigId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "wentWell" TEXT,
    "toPractise" TEXT,
    "clientView" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GigDebrief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackLink" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GigClientFeedback_gigId_key" ON "GigClientFeedback"("gigId");

-- CreateIndex
CREATE INDEX "GigClientFeedback_clientId_createdAt_idx" ON "GigClientFeedback"("clientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GigDebrief_gigId_key" ON "GigDebrief"("gigId");

-- CreateIndex
CREATE INDEX "GigDebrief_clientId_createdAt_idx" ON "GigDebrief"("clientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackLink_orderId_key" ON "FeedbackLink"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackLink_tokenHash_key" ON "FeedbackLink"("tokenHash");

-- AddForeignKey
ALTER TABLE "GigClientFeedback" ADD CONSTRAINT "GigClientFeedback_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GigClientFeedback" ADD CONSTRAINT "GigClientFeedback_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GigDebrief" ADD CONSTRAINT "GigDebrief_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GigDebrief" ADD CONSTRAINT "GigDebrief_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackLink" ADD CONSTRAINT "FeedbackLink_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
