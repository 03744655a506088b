// The site's absolute URLs (Open Graph tags, citations). Server-side only: reads env.
import "server-only";
import { env } from "@/env";
import { absoluteUrl, siteBaseUrl } from "@/lib/urls";

export const SITE_NAME = "NATO Statement Tracker";

export function siteBase(): string {
  return siteBaseUrl(env);
}

export function siteUrl(path: string): string {
  return absoluteUrl(path, siteBase());
}
