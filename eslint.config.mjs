// `npm run lint`: Next's rules (core web vitals + TypeScript) and eslint-plugin-regexp, whose recommended set
// flags regular expressions that can backtrack super-linearly (docs/decisions/0025-linear-extraction.md).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  regexp.configs["flat/recommended"],
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "node_modules/**", "src/generated/**", "coverage/**", "playwright-report/**", "test-results/**", ".data/**"]),
]);
