import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills in the defaults", () => {
    expect(parseEnv({})).toEqual({
      PORT: 3000,
      PG_PORT: 55329,
      DATA_DIR: ".data",
      NODE_ENV: "development",
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      SITEMAP_PAGE_SIZE: 50_000,
    });
  });

  it("bounds the sitemap page size by the protocol's 50,000 URLs", () => {
    expect(parseEnv({ SITEMAP_PAGE_SIZE: "3" }).SITEMAP_PAGE_SIZE).toBe(3);
    expect(() => parseEnv({ SITEMAP_PAGE_SIZE: "50001" })).toThrow(/SITEMAP_PAGE_SIZE must be between 1 and 50000/);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: " ", DATA_DIR: "" })).toMatchObject({ PORT: 3000, DATA_DIR: ".data" });
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("reads the values given", () => {
    expect(
      parseEnv({
        DATABASE_URL: "postgresql://app@db.example:5432/nato",
        PORT: "8080",
        PG_PORT: "55400",
        DATA_DIR: "/srv/data",
        NODE_ENV: "production",
        CHROMIUM_PATH: "/opt/chrome",
        SITE_URL: "https://tracker.example.org",
      }),
    ).toEqual({
      DATABASE_URL: "postgresql://app@db.example:5432/nato",
      PORT: 8080,
      PG_PORT: 55400,
      DATA_DIR: "/srv/data",
      NODE_ENV: "production",
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      CHROMIUM_PATH: "/opt/chrome",
      SITE_URL: "https://tracker.example.org",
      SITEMAP_PAGE_SIZE: 50_000,
    });
  });

  it("names every bad variable and the value it got", () => {
    expect(() => parseEnv({ PORT: "abc", PG_PORT: "70000", DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must start with postgresql:\/\/.*\(got "mysql:\/\/x"\).*PORT must be a port number \(got "abc"\).*PG_PORT must be between 1 and 65535 \(got "70000"\)/,
    );
    expect(() => parseEnv({ SITE_URL: "tracker.example.org" })).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => parseEnv({ NODE_ENV: "staging" })).toThrow(/NODE_ENV must be development, production or test/);
  });
});
