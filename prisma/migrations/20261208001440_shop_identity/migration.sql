-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "buyerEmail" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "currency" TEXT;

-- CreateTable
CREATE TABLE "WebSignIn" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "browserHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "userId" TEXT,
    "claimedAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebSignIn_codeHash_key" ON "WebSignIn"("codeHash");

-- CreateIndex
CREATE INDEX "WebSignIn_browserHash_idx" ON "WebSignIn"("browserHash");

-- AddForeignKey
ALTER TABLE "WebSignIn" ADD CONSTRAINT "WebSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
