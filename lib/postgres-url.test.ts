import { describe, expect, it } from "vitest";
import { postgresTarget } from "./postgres-url";

describe("postgresTarget", () => {
  it("leaves a TCP URL alone", () => {
    expect(postgresTarget("postgres://u:p@db.example:5433/inkwell?sslmode=require")).toEqual({ url: "postgres://u:p@db.example:5433/inkwell?sslmode=require" });
    expect(postgresTarget("postgres://u@127.0.0.1:5432/inkwell")).toEqual({ url: "postgres://u@127.0.0.1:5432/inkwell" });
  });

  it("moves libpq's socket directory out of the URL, keeping the other parameters", () => {
    expect(postgresTarget("postgres://u@localhost:5433/inkwell?host=/var/run/postgresql")).toEqual({
      url: "postgres://u@localhost:5433/inkwell",
      host: "/var/run/postgresql",
    });
    expect(postgresTarget("postgresql://u@localhost/inkwell?application_name=x&host=%2Ftmp%2Fpg%20dir")).toEqual({
      url: "postgresql://u@localhost/inkwell?application_name=x",
      host: "/tmp/pg dir",
    });
  });

  it("refuses a host parameter that is not a socket directory", () => {
    expect(() => postgresTarget("postgres://u@localhost/inkwell?host=db.example")).toThrow(/socket directory/);
  });
});
