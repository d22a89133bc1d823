import { describe, expect, it } from "vitest";
import { assertLocalDatabaseUrl, databaseHosts, isLocalDatabaseUrl, redactDatabaseUrl } from "./local-database";

const noEnv: Record<string, string | undefined> = {};

describe("isLocalDatabaseUrl", () => {
  it.each([
    "postgres://postgres@127.0.0.1:5432/inkwell_test",
    "postgresql://u:p@localhost/inkwell",
    "postgres://LOCALHOST:5433/db",
    "postgres://u@[::1]:5432/db",
    "postgres:///inkwell", // no host: postgres.js falls back to localhost
    "postgres://u@%2Ftmp%2Fpg/db", // a unix socket directory
    "postgres://u@localhost:5432,127.0.0.1:5433/db",
    "postgres://u@/db?host=/var/run/postgresql",
  ])("accepts %s", (url) => {
    expect(isLocalDatabaseUrl(url, noEnv)).toBe(true);
    expect(() => assertLocalDatabaseUrl(url, noEnv)).not.toThrow();
  });

  it.each([
    "postgres://u:p@db.example.org:5432/prod",
    "postgres://u:p@10.0.0.5/prod",
    "postgres://u:p@127.0.0.2/prod", // only the documented loopback addresses
    "postgres://u@localhost:5432,db.example.org:5432/db",
    "postgres://u@localhost/db?host=db.example.org",
    "postgres://u@localhost.example.org/db",
    "mysql://u@localhost/db",
    "not a url",
  ])("rejects %s", (url) => {
    expect(isLocalDatabaseUrl(url, noEnv)).toBe(false);
    expect(() => assertLocalDatabaseUrl(url, noEnv)).toThrow(/Refusing to run tests/);
  });

  it("follows PGHOST when the URL names no host, as postgres.js does", () => {
    expect(isLocalDatabaseUrl("postgres:///db", { PGHOST: "db.example.org" })).toBe(false);
    expect(isLocalDatabaseUrl("postgres:///db", { PGHOST: "/tmp/sock" })).toBe(true);
    // A host in the URL wins over PGHOST.
    expect(isLocalDatabaseUrl("postgres://localhost/db", { PGHOST: "db.example.org" })).toBe(true);
  });

  it("does not leak the password in its error", () => {
    expect(() => assertLocalDatabaseUrl("postgres://u:s3cret@db.example.org/prod", noEnv)).toThrow(
      /^(?![\s\S]*s3cret)/,
    );
  });
});

describe("databaseHosts", () => {
  it("returns hosts and database", () => {
    expect(databaseHosts("postgres://u@a:1,b:2/inkwell", noEnv)).toEqual({ hosts: ["a", "b"], database: "inkwell" });
  });
});

describe("redactDatabaseUrl", () => {
  it("hides the password only", () => {
    expect(redactDatabaseUrl("postgres://user:secret@localhost:5432/db")).toBe("postgres://user:***@localhost:5432/db");
    expect(redactDatabaseUrl("postgres://user@localhost/db")).toBe("postgres://user@localhost/db");
  });
});
