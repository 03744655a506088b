-- Re-extraction that keeps every permalink (issue #9, decision 0041).

-- AlterTable: which extractor produced an article's statements; "0" = before versions were recorded.
ALTER TABLE "Article" ADD COLUMN "extractorVersion" TEXT NOT NULL DEFAULT '0';

-- CreateTable
CREATE TABLE "RetiredStatement" (
    "id" TEXT NOT NULL,
    "replacedById" TEXT,
    "articleId" TEXT,
    "retiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetiredStatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetiredStatement_replacedById_idx" ON "RetiredStatement"("replacedById");
