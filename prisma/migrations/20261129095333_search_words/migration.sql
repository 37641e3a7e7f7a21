-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "nameWords" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchWords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_searchWords_idx" ON "Product" USING GIN ("searchWords");

-- CreateIndex
CREATE INDEX "Product_nameWords_idx" ON "Product" USING GIN ("nameWords");
