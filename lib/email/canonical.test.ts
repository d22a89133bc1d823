import { describe, expect, it } from "vitest";
import { canonicalEmail, emailDomain } from "./canonical";

describe("canonicalEmail", () => {
  it("trims, lower-cases and drops plus tags", () => {
    expect(canonicalEmail("  Jane.Doe+petition@Example.ORG ")).toBe("jane.doe@example.org");
  });

  it("applies Gmail's dot rule and alias domain", () => {
    expect(canonicalEmail("J.a.n.e+x@googlemail.com")).toBe("jane@gmail.com");
    expect(canonicalEmail("jane@gmail.com")).toBe(canonicalEmail("j.ane+1@GMAIL.com"));
  });

  it("keeps dots for other providers and leaves odd input alone", () => {
    expect(canonicalEmail("a.b@proton.me")).toBe("a.b@proton.me");
    expect(canonicalEmail("+tag@example.org")).toBe("+tag@example.org");
    expect(canonicalEmail("not-an-email")).toBe("not-an-email");
  });

  it("gives the domain for per-domain limits", () => {
    expect(emailDomain("X@Mail.Example.org")).toBe("mail.example.org");
  });
});
