-- DropIndex
DROP INDEX "Client_unitId_active_idx";

-- DropIndex
DROP INDEX "Order_ordererId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Client_unitId_active_lastName_firstName_id_idx" ON "Client"("unitId", "active", "lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Feedback_orderId_idx" ON "Feedback"("orderId");

-- CreateIndex
CREATE INDEX "Gig_sessionId_status_idx" ON "Gig"("sessionId", "status");

-- CreateIndex
CREATE INDEX "Gig_clientId_endsAt_idx" ON "Gig"("clientId", "endsAt");

-- CreateIndex
CREATE INDEX "Hire_orderId_idx" ON "Hire"("orderId");

-- CreateIndex
CREATE INDEX "Hire_ordererId_idx" ON "Hire"("ordererId");

-- CreateIndex
CREATE INDEX "Nomination_unitOfferId_idx" ON "Nomination"("unitOfferId");

-- CreateIndex
CREATE INDEX "Order_ordererId_createdAt_id_idx" ON "Order"("ordererId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Order_jobcenterId_status_createdAt_id_idx" ON "Order"("jobcenterId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Order_priceListId_idx" ON "Order"("priceListId");

-- CreateIndex
CREATE INDEX "TermsAcceptance_termsVersionId_idx" ON "TermsAcceptance"("termsVersionId");

-- CreateIndex
CREATE INDEX "UnitOffer_unitId_createdAt_id_idx" ON "UnitOffer"("unitId", "createdAt", "id");
