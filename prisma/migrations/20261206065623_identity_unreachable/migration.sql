-- AlterTable
ALTER TABLE "ChannelIdentity" ADD COLUMN     "unreachableAt" TIMESTAMP(3);
