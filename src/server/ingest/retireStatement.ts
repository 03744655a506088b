// Records an id that no longer names a live statement (decision 0041): it points at the statement that now
// holds its remark, or at nothing (410) with the article it came from. Links already retired into it follow
// along, so every old permalink is one hop from where it leads.
import type { Prisma } from "@/generated/prisma/client";

export async function retireStatement(tx: Prisma.TransactionClient, id: string, replacedById: string | null, articleId: string | null): Promise<void> {
  await tx.retiredStatement.upsert({ where: { id }, update: { replacedById, articleId }, create: { id, replacedById, articleId } });
  await tx.retiredStatement.updateMany({ where: { replacedById: id }, data: { replacedById, articleId } });
}
