import { describe, expect, it } from "vitest";
import { isPostgresWriteAfterClose } from "./driver-crash";

function errorFrom(message: string, stackFile: string): TypeError {
  const error = new TypeError(message);
  error.stack = `TypeError: ${message}\n    at nextWrite (${stackFile}:255:22)\n    at process.processImmediate (node:internal/timers:483:21)`;
  return error;
}

describe("isPostgresWriteAfterClose", () => {
  it("recognises the driver's write on a closed socket", () => {
    const error = errorFrom("Cannot read properties of null (reading 'write')", "/app/node_modules/postgres/cjs/src/connection.js");
    expect(isPostgresWriteAfterClose(error)).toBe(true);
  });

  it("leaves the same message from our own code alone", () => {
    const error = errorFrom("Cannot read properties of null (reading 'write')", "/app/lib/mail/transport.ts");
    expect(isPostgresWriteAfterClose(error)).toBe(false);
  });

  it("leaves other driver errors alone", () => {
    const error = errorFrom("Cannot read properties of null (reading 'end')", "/app/node_modules/postgres/src/connection.js");
    expect(isPostgresWriteAfterClose(error)).toBe(false);
    expect(isPostgresWriteAfterClose(new Error("write"))).toBe(false);
  });
});
