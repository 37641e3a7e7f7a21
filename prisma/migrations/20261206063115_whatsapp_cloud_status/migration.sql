-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "waErrorCode" INTEGER,
ADD COLUMN     "waMessageId" TEXT,
ADD COLUMN     "waStatus" TEXT,
ADD COLUMN     "waStatusAt" TIMESTAMP(3),
ADD COLUMN     "waTemplate" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Notification_waMessageId_key" ON "Notification"("waMessageId");
