-- AlterTable
ALTER TABLE "Gig" ADD COLUMN     "hoursConfirmedAt" TIMESTAMPTZ(3);
