/**
 * The signature path's pieces built from the action-kind table: each kind's
 * form schema (shared fields plus its row's own) and its confirmation mail.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actionKindTable, isSignatureKind, tableKinds, type SignatureKind } from "@/lib/action-kinds";
import { composeConfirmationMail } from "./confirmation-mail";
import { signatureSchema } from "./fields";

const signatureKinds = tableKinds.filter(isSignatureKind) as SignatureKind[];

/** A valid post of a kind's form: the shared fields and every one of its own. */
function validPost(kind: SignatureKind): Record<string, string> {
  const own: Record<string, string> = {
    name: "Ada Signer",
    city: "Toronto",
    personalText: "Please act.",
    comment: "Free them.",
    showName: "on",
    showText: "on",
    wantsUpdates: "on",
    organisationName: "Friends of Test",
    organisationWebsite: "example.org",
  };
  const fields = Object.fromEntries(actionKindTable[kind].signatureFields.map((field) => [field, own[field]!]));
  return { campaign: "free-them", idempotencyKey: randomUUID(), email: "ada@example.org", country: "CA", website: "", ...fields };
}

describe.each(signatureKinds)("signature kind %s", (kind) => {
  it("takes its row's fields and drops any other", () => {
    const parsed = signatureSchema(kind).parse({ ...validPost(kind), unrelated: "x", homepage: "bot" });
    expect(Object.keys(parsed).sort()).toEqual(
      // source and partnerContact: the partner fields every kind reads (ADR 0029), null/false when not posted.
      ["campaign", "idempotencyKey", "email", "country", "website", "source", "partnerContact", ...actionKindTable[kind].signatureFields].sort(),
    );
    expect(parsed.country).toBe("CA");
  });

  it("refuses a post without an email, a known country or a fresh idempotency key", () => {
    for (const [field, value] of [["email", ""], ["country", "XX"], ["idempotencyKey", "1; DROP TABLE actions"]] as const) {
      const result = signatureSchema(kind).safeParse({ ...validPost(kind), [field]: value });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
    }
  });

  it("mails a link to the confirm page, worded by its row", async () => {
    const token = `token-${randomUUID()}`;
    const mail = await composeConfirmationMail(kind, "Free Them Now", token, "en");
    expect(mail.token).toBe(token);
    expect(mail.subject).toContain("Free Them Now");
    expect(mail.text).toContain(`/confirm/${token}`);
    expect(mail.text).toContain("7 days");
    expect(mail.text).not.toMatch(/[{}]/);
  });
});

describe("the signature kinds", () => {
  it("require a name for a letter and an organisation's name for a sign-on", () => {
    const letter = validPost("letter");
    expect(signatureSchema("letter").safeParse({ ...letter, name: " " }).success).toBe(false);
    const signOn = validPost("org_signon");
    expect(signatureSchema("org_signon").safeParse({ ...signOn, organisationName: "" }).success).toBe(false);
    expect(signatureSchema("org_signon").parse(signOn).organisationWebsite).toBe("https://example.org");
  });

  it("word each kind's mail differently", async () => {
    const subjects = await Promise.all(signatureKinds.map(async (kind) => (await composeConfirmationMail(kind, "T", "t", "en")).subject));
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});
