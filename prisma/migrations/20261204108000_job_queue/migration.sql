-- CreateTable
CREATE TABLE "QueueJob" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "key" TEXT,
    "state" TEXT NOT NULL DEFAULT 'created',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 4,
    "retryDelaySeconds" INTEGER NOT NULL DEFAULT 30,
    "startAfter" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "QueueJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueKey" (
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueueKey_pkey" PRIMARY KEY ("name","key")
);

-- CreateTable
CREATE TABLE "QueueSchedule" (
    "name" TEXT NOT NULL,
    "cron" TEXT NOT NULL,
    "lastSlot" TIMESTAMPTZ(3),

    CONSTRAINT "QueueSchedule_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "JobDeadLetter" (
    "id" TEXT NOT NULL,
    "queue" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "error" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "failedAt" TIMESTAMPTZ(3) NOT NULL,
    "retriedAt" TIMESTAMPTZ(3),
    "retryJobId" TEXT,

    CONSTRAINT "JobDeadLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QueueJob_state_startAfter_idx" ON "QueueJob"("state", "startAfter");

-- CreateIndex
CREATE UNIQUE INDEX "QueueJob_name_key_key" ON "QueueJob"("name", "key");

-- CreateIndex
CREATE INDEX "JobDeadLetter_failedAt_id_idx" ON "JobDeadLetter"("failedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "JobDeadLetter_queue_jobId_key" ON "JobDeadLetter"("queue", "jobId");

-- CreateIndex
CREATE INDEX "JobDeadLetter_retriedAt_retryJobId_idx" ON "JobDeadLetter"("retriedAt", "retryJobId");
