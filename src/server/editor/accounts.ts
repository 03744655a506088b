// Editor accounts, managed from the command line (scripts/editor.ts) and by the tests.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword, passwordProblem } from "./password";

export class EditorAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EditorAccountError";
  }
}

const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export function normaliseEditorName(name: string): string {
  const normalised = name.trim().toLowerCase();
  if (!NAME_PATTERN.test(normalised)) {
    throw new EditorAccountError("an editor name is 2-40 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
  }
  return normalised;
}

export async function addEditor(db: PrismaClient, name: string, password: string): Promise<{ name: string }> {
  const normalised = normaliseEditorName(name);
  const problem = passwordProblem(password);
  if (problem) throw new EditorAccountError(problem);
  if (await db.editor.findUnique({ where: { name: normalised } })) throw new EditorAccountError(`an editor named "${normalised}" already exists`);
  await db.editor.create({ data: { name: normalised, passwordHash: await hashPassword(password) } });
  return { name: normalised };
}

export async function listEditors(db: PrismaClient): Promise<{ name: string; createdAt: Date; activeSessions: number }[]> {
  const rows = await db.editor.findMany({
    orderBy: { name: "asc" },
    select: { name: true, createdAt: true, _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } } },
  });
  return rows.map((r) => ({ name: r.name, createdAt: r.createdAt, activeSessions: r._count.sessions }));
}

/** Removes the account and signs out every browser it used; its past corrections keep its name. */
export async function removeEditor(db: PrismaClient, name: string): Promise<void> {
  const normalised = name.trim().toLowerCase();
  const { count } = await db.editor.deleteMany({ where: { name: normalised } });
  if (!count) throw new EditorAccountError(`no editor named "${normalised}"`);
}
