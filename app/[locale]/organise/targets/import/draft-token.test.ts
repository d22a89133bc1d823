import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { TargetWrite } from "@/db/queries/targets-directory";

// A key of its own, so the test never reads or writes the embedded database's secrets file.
vi.stubEnv("HASH_KEY", randomBytes(32).toString("base64"));
const { openImportDraft, signImportDraft } = await import("./draft-token");

const rows = [{ kind: "embassy", name: "Embassy of Testland", language: "en", isExample: true, addressLines: [] }] as unknown as TargetWrite[];

describe("import drafts", () => {
  it("opens for the organiser who previewed it, before it expires", () => {
    const token = signImportDraft("user-1", rows, 1_000);
    expect(openImportDraft(token, "user-1", 2_000)).toEqual(rows);
  });

  it("refuses another organiser, an expired draft and any edited byte", () => {
    const token = signImportDraft("user-1", rows, 1_000);
    expect(openImportDraft(token, "user-2", 2_000)).toBeNull();
    expect(openImportDraft(token, "user-1", 1_000 + 31 * 60 * 1000)).toBeNull();
    const [body, mac] = token.split(".");
    const edited = Buffer.from(Buffer.from(body!, "base64url").toString("utf8").replace("Testland", "Evilland")).toString("base64url");
    expect(openImportDraft(`${edited}.${mac}`, "user-1", 2_000)).toBeNull();
    expect(openImportDraft("garbage", "user-1", 2_000)).toBeNull();
  });
});
