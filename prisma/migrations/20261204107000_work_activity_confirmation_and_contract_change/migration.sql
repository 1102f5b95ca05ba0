-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "leavesWorkActivityConfirmed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "OrderChange" ADD COLUMN     "newContractModel" "ContractModel";
