-- CreateEnum
CREATE TYPE "OutletKind" AS ENUM ('wire', 'newspaper', 'broadcaster', 'online', 'platform');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "DateSource" AS ENUM ('stated', 'relative', 'publication');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('direct', 'indirect');

-- CreateEnum
CREATE TYPE "Topic" AS ENUM ('troops', 'negotiations', 'membership', 'other');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('opposes', 'conditional', 'supports');

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeakerRole" (
    "id" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE,
    "endDate" DATE,

    CONSTRAINT "SpeakerRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outlet" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "OutletKind" NOT NULL DEFAULT 'online',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "outletId" TEXT,
    "url" TEXT,
    "title" TEXT,
    "publishedAt" DATE,
    "publishedPrecision" "DatePrecision",
    "publishedEvidence" TEXT,
    "publishedConfidence" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "speakerId" TEXT,
    "speakerRole" TEXT,
    "kind" "StatementKind" NOT NULL,
    "quote" TEXT NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "dateSource" "DateSource",
    "topics" "Topic"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementStance" (
    "statementId" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    "value" "Stance" NOT NULL,
    "evidence" TEXT NOT NULL,

    CONSTRAINT "StatementStance_pkey" PRIMARY KEY ("statementId","topic")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "paragraph" TEXT NOT NULL,
    "outletCited" TEXT,
    "venue" TEXT,
    "quotedFragments" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportCitation" (
    "reportId" TEXT NOT NULL,
    "outletId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReportCitation_pkey" PRIMARY KEY ("reportId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_slug_key" ON "Speaker"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerRole_speakerId_title_startDate_key" ON "SpeakerRole"("speakerId", "title", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_slug_key" ON "Outlet"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Statement_speakerId_date_idx" ON "Statement"("speakerId", "date");

-- CreateIndex
CREATE INDEX "Statement_date_idx" ON "Statement"("date");

-- CreateIndex
CREATE INDEX "Report_statementId_idx" ON "Report"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_articleId_start_end_key" ON "Report"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "ReportCitation_outletId_idx" ON "ReportCitation"("outletId");

-- AddForeignKey
ALTER TABLE "SpeakerRole" ADD CONSTRAINT "SpeakerRole_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementStance" ADD CONSTRAINT "StatementStance_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCitation" ADD CONSTRAINT "ReportCitation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCitation" ADD CONSTRAINT "ReportCitation_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Search support, written by hand: schema.prisma cannot express these (keep them when
-- regenerating the part above). Queries must use the same expressions to hit the indexes:
--   to_tsvector('english', "quote") @@ websearch_to_tsquery('english', $1)
--   "quote" % $1 / similarity("quote", $1)   (pg_trgm), unaccent($1) for accent-insensitive input
-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateIndex
CREATE INDEX "Statement_quote_fts_idx" ON "Statement" USING GIN (to_tsvector('english', "quote"));

-- CreateIndex
CREATE INDEX "Report_quote_fts_idx" ON "Report" USING GIN (to_tsvector('english', "quote"));

-- CreateIndex
CREATE INDEX "Statement_quote_trgm_idx" ON "Statement" USING GIN ("quote" gin_trgm_ops);
