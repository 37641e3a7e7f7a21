-- AlterTable
ALTER TABLE "CurationReview" ADD COLUMN     "fieldNotes" JSONB,
ALTER COLUMN "total" DROP NOT NULL,
ALTER COLUMN "grade" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "restrictedLicence" TEXT;
