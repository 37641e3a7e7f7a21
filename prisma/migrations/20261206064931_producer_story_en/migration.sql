-- AlterTable
ALTER TABLE "Producer" ADD COLUMN     "storyEn" TEXT;
