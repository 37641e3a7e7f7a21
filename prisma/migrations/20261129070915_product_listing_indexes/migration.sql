-- CreateIndex
CREATE INDEX "Product_status_createdAt_id_idx" ON "Product"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_categoryId_status_createdAt_id_idx" ON "Product"("categoryId", "status", "createdAt" DESC, "id" DESC);
