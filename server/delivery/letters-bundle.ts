import type { DeliveryTarget, LetterMaterial, LetterText, SignatureRow } from "@/db/queries/delivery";
import type { ActionKind } from "@/db/schema/enums";
import { countryName } from "@/lib/format";
import type { LetterPdf } from "@/lib/pdf/letter";
import { renderTemplate } from "@/lib/templates/render";

export type BundleMode = "each" | "list";

/** Letters per file in one-letter-per-signer bundles (pdf-lib builds each file in memory). */
export const lettersPerPart = 500;

export interface BundleTexts {
  /** The line over the names in a list letter, in `language`: the language its template is written in. */
  signedBy: (count: number, language: string) => string;
}

function formatDate(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
  } catch {
    return new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(date);
  }
}

/** The kind's own template (the model letter, the petition's text) in the target's language, else English, else any; with the language it is in. */
function templateFor(material: LetterMaterial, kind: ActionKind, language: string): (LetterText & { language: string }) | undefined {
  const ofKind = material.letterTemplates.get(kind);
  if (!ofKind) return undefined;
  const chosen = ofKind.has(language) ? language : ofKind.has("en") ? "en" : ofKind.keys().next().value;
  return chosen === undefined ? undefined : { ...ofKind.get(chosen)!, language: chosen };
}

function recipientLines(target: DeliveryTarget | undefined): string[] {
  if (!target) return [];
  return [
    [target.honorific, target.name].filter(Boolean).join(" "),
    target.title ?? "",
    ...target.addressLines,
    [target.postcode, target.city].filter(Boolean).join(" "),
    target.hostCountry ? countryName(target.hostCountry, "en") : "",
  ];
}

function valuesFor(material: LetterMaterial, campaignTitle: string, target: DeliveryTarget | undefined, supporter: Pick<SignatureRow, "name" | "city" | "country"> | null, date: string) {
  return {
    "target.honorific": target?.honorific,
    "target.name": target?.name,
    "target.title": target?.title,
    "supporter.name": supporter?.name,
    "supporter.city": supporter?.city,
    "supporter.country": supporter?.country ? countryName(supporter.country, target?.language ?? "en") : null,
    "defender.name": material.defenderNames.join(", "),
    "campaign.title": campaignTitle,
    date,
  };
}

/**
 * Collects a campaign's letters for the PDF: one per signer (with the
 * signer's own paragraph), or one per target and kind followed by the
 * signers' names. Each signature prints with its own kind's template.
 */
export class LetterBundle {
  private readonly letters: LetterPdf[] = [];
  /** Names per target and kind, in the order they arrive. */
  private readonly namesByTarget = new Map<string, { targetId: string; kind: ActionKind; names: string[] }>();

  constructor(
    private readonly mode: BundleMode,
    private readonly material: LetterMaterial,
    private readonly campaignTitle: string,
    private readonly texts: BundleTexts,
    private readonly today = new Date(),
  ) {}

  /** The kinds added so far, in the order they arrived (the bundle's title names them). */
  readonly kinds = new Set<ActionKind>();

  add(rows: SignatureRow[]) {
    for (const row of rows) {
      this.kinds.add(row.kind);
      if (this.mode === "each") this.letters.push(this.letterFrom(row));
      else {
        const targetId = row.targetId ?? "";
        const key = `${targetId}:${row.kind}`;
        const group = this.namesByTarget.get(key) ?? { targetId, kind: row.kind, names: [] };
        group.names.push([row.name, row.city, row.country ? countryName(row.country, "en") : null].filter(Boolean).join(", "));
        this.namesByTarget.set(key, group);
      }
    }
  }

  private letterFrom(row: SignatureRow): LetterPdf {
    const target = row.targetId ? this.material.targets.get(row.targetId) : undefined;
    const language = row.language ?? target?.language ?? "en";
    const template = templateFor(this.material, row.kind, language);
    const date = formatDate(row.confirmedAt ? new Date(row.confirmedAt) : this.today, language);
    const values = valuesFor(this.material, this.campaignTitle, target, row, date);
    const body = [template ? renderTemplate(template.body, values) : "", row.personalText?.trim() ?? ""].filter(Boolean).join("\n\n");
    return {
      senderLines: [row.name, row.city ?? "", row.country ? countryName(row.country, language) : ""],
      recipientLines: recipientLines(target),
      date,
      body,
      signature: row.name,
    };
  }

  finish(): LetterPdf[] {
    if (this.mode === "each") return this.letters;
    return [...this.namesByTarget.values()].map(({ targetId, kind, names }) => {
      const target = targetId ? this.material.targets.get(targetId) : undefined;
      const language = target?.language ?? "en";
      const template = templateFor(this.material, kind, language);
      const date = formatDate(this.today, language);
      const values = valuesFor(this.material, this.campaignTitle, target, null, date);
      const letter = template ? renderTemplate(template.body, values) : "";
      return {
        senderLines: [this.campaignTitle],
        recipientLines: recipientLines(target),
        date,
        body: [letter, `${this.texts.signedBy(names.length, template?.language ?? language)}\n${names.join("\n")}`].filter(Boolean).join("\n\n"),
      };
    });
  }
}
