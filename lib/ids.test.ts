import { describe, expect, it } from "vitest";
import { isUuid, uuidField } from "./ids";

describe("isUuid", () => {
  it("accepts the ids Postgres makes, in either case (the seed's: db/seed/ids.test.ts)", () => {
    expect(isUuid(crypto.randomUUID())).toBe(true);
    expect(isUuid(crypto.randomUUID().toUpperCase())).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses anything Postgres would fail to cast, or that only contains an id", () => {
    for (const value of ["", "abc", "123", "0000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000g", ` ${crypto.randomUUID()}`, `${crypto.randomUUID()}\n`, `x${crypto.randomUUID()}`, "00000000000000000000000000000000"]) {
      expect(isUuid(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe("uuidField", () => {
  it("agrees with isUuid and reports the given catalogue key", () => {
    const field = uuidField("Validation.invalid");
    const id = crypto.randomUUID();
    expect(field.parse(id)).toBe(id);
    const refused = field.safeParse("not-an-id");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("Validation.invalid");
    expect(field.safeParse(42).error?.issues[0]?.message).toBe("Validation.invalid");
  });
});
