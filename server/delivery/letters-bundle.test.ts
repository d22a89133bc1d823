import { describe, expect, it } from "vitest";
import type { LetterMaterial, SignatureRow } from "@/db/queries/delivery";
import { LetterBundle } from "./letters-bundle";

const target = {
  id: "t1",
  honorific: "H.E.",
  name: "Cong Peiwu",
  title: "Ambassador",
  addressLines: ["515 St Patrick St"],
  city: "Ottawa",
  postcode: "K1N 5H3",
  hostCountry: "CA",
  language: "en",
};

const material: LetterMaterial = {
  defenderNames: ["Dong Guangping"],
  letterTemplates: new Map([
    ["letter", new Map([["en", { subject: null, body: "Dear {target.honorific} {target.name},\n\nFree {defender.name}. {supporter.name}, {supporter.city}" }]])],
    ["petition", new Map([["en", { subject: null, body: "To {target.name}: we, the undersigned, ask you to free {defender.name}." }]])],
  ]),
  targets: new Map([["t1", target]]),
};

function signature(id: number, name: string, personalText: string | null = null, kind: SignatureRow["kind"] = "letter"): SignatureRow {
  return { id, kind, confirmedAt: "2026-03-01T10:00:00.000Z", name, email: null, city: "Lyon", country: "FR", language: "en", personalText, wantsUpdates: false, targetId: "t1", targetName: target.name };
}

describe("LetterBundle", () => {
  it("renders one letter per signer with their paragraph and the target's address", () => {
    const bundle = new LetterBundle("each", material, "Free Dong", { signedBy: (n) => `Signed by ${n}:` });
    bundle.add([signature(1, "Ada", "Please act now."), signature(2, "Bo")]);
    const letters = bundle.finish();
    expect(letters).toHaveLength(2);
    expect(letters[0]).toMatchObject({
      senderLines: ["Ada", "Lyon", "France"],
      recipientLines: ["H.E. Cong Peiwu", "Ambassador", "515 St Patrick St", "K1N 5H3 Ottawa", "Canada"],
      date: "March 1, 2026",
      body: "Dear H.E. Cong Peiwu,\n\nFree Dong Guangping. Ada, Lyon\n\nPlease act now.",
      signature: "Ada",
    });
    expect(letters[1]!.body).toBe("Dear H.E. Cong Peiwu,\n\nFree Dong Guangping. Bo, Lyon");
  });

  it("renders one letter per target followed by every signer's name", () => {
    const bundle = new LetterBundle("list", material, "Free Dong", { signedBy: (n) => `Signed by ${n}:` }, new Date("2026-04-02T00:00:00Z"));
    bundle.add([signature(1, "Ada")]);
    bundle.add([signature(2, "Bo")]);
    const [letter, ...rest] = bundle.finish();
    expect(rest).toEqual([]);
    // Supporter placeholders are empty in a joint letter: the renderer drops them with their separators.
    expect(letter!.body).toBe("Dear H.E. Cong Peiwu,\n\nFree Dong Guangping.\n\nSigned by 2:\nAda, Lyon, France\nBo, Lyon, France");
    expect(letter!.date).toBe("April 2, 2026");
  });

  it("prints each kind with its own template: a petition signature with the petition's text, never the model letter", () => {
    const each = new LetterBundle("each", material, "Free Dong", { signedBy: (n) => `Signed by ${n}:` });
    each.add([signature(1, "Ada", null, "letter"), signature(2, "Bo", "A comment.", "petition")]);
    expect(each.finish().map((letter) => letter.body)).toEqual([
      "Dear H.E. Cong Peiwu,\n\nFree Dong Guangping. Ada, Lyon",
      "To Cong Peiwu: we, the undersigned, ask you to free Dong Guangping.\n\nA comment.",
    ]);

    const list = new LetterBundle("list", material, "Free Dong", { signedBy: (n) => `Signed by ${n}:` }, new Date("2026-04-02T00:00:00Z"));
    list.add([signature(1, "Ada", null, "letter"), signature(2, "Bo", null, "petition"), signature(3, "Cy", null, "letter")]);
    expect(list.finish().map((letter) => letter.body)).toEqual([
      "Dear H.E. Cong Peiwu,\n\nFree Dong Guangping.\n\nSigned by 2:\nAda, Lyon, France\nCy, Lyon, France",
      "To Cong Peiwu: we, the undersigned, ask you to free Dong Guangping.\n\nSigned by 1:\nBo, Lyon, France",
    ]);
  });

  it("prints a kind without a template of its own with no text, not another kind's", () => {
    const lettersOnly: LetterMaterial = { ...material, letterTemplates: new Map([["letter", material.letterTemplates.get("letter")!]]) };
    const bundle = new LetterBundle("each", lettersOnly, "Free Dong", { signedBy: (n) => `Signed by ${n}:` });
    bundle.add([signature(1, "Bo", "A comment.", "petition")]);
    expect(bundle.finish()[0]!.body).toBe("A comment.");
  });
});
