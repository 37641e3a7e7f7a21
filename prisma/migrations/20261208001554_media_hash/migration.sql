-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "hash" TEXT;
