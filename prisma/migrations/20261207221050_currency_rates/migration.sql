-- CreateTable
CREATE TABLE "CurrencyRate" (
    "currency" TEXT NOT NULL,
    "idrPerUnit" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "CurrencyRate_pkey" PRIMARY KEY ("currency")
);

-- Starting rates (rupiah per unit, early December 2026) so buyers abroad see their currency from the first
-- start; an admin replaces them with `npm run admin -- rates set CODE RUPIAH`.
INSERT INTO "CurrencyRate" ("currency", "idrPerUnit", "updatedAt") VALUES
  ('USD', 16000, '2026-12-01T00:00:00Z'),
  ('SGD', 12300, '2026-12-01T00:00:00Z'),
  ('AUD', 10500, '2026-12-01T00:00:00Z'),
  ('MYR', 3600, '2026-12-01T00:00:00Z'),
  ('EUR', 17300, '2026-12-01T00:00:00Z'),
  ('JPY', 105, '2026-12-01T00:00:00Z');
