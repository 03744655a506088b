// Server-side keys generated on first use and kept in the database (no configuration to forget), and the
// signed, time-stamped tokens made with them.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";

const cache = new Map<string, string>();

export async function appSecret(db: PrismaClient, name: string): Promise<string> {
  const known = cache.get(name);
  if (known) return known;
  await db.appSecret.createMany({ data: [{ name, value: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  const row = await db.appSecret.findUniqueOrThrow({ where: { name } });
  cache.set(name, row.value);
  return row.value;
}

function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

/** `<issued ms>.<purpose-bound HMAC>`: proves the server issued it, and when. */
export async function issueTimedToken(db: PrismaClient, purpose: string, now = Date.now()): Promise<string> {
  const secret = await appSecret(db, "form-signing");
  return `${now}.${sign(secret, `${purpose}:${now}`)}`;
}

/** The token's age in ms when it is genuine for this purpose, else null. */
export async function timedTokenAge(db: PrismaClient, purpose: string, token: string | null | undefined): Promise<number | null> {
  const [issued, mac] = (token ?? "").split(".");
  if (!issued || !mac || !/^\d{1,15}$/.test(issued)) return null;
  const secret = await appSecret(db, "form-signing");
  const expected = Buffer.from(sign(secret, `${purpose}:${issued}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Date.now() - Number(issued);
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
