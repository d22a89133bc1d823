import type { ActionKind, templateKinds } from "@/db/schema/enums";

type TemplateKind = (typeof templateKinds)[number];

/**
 * Everything the app knows about one kind of supporter action, in one row.
 * Pure data: pages, client components, the pipeline (server/supporter-actions),
 * delivery, analytics, e2e and tests all read it. Adding a kind is one row
 * here, its enum value (db/schema/enums.ts + a migration), one page folder
 * under app/[locale]/(public)/campaigns/[slug]/<segment>/ and its messages (its block in
 * messages/en/ActionKinds.json, read through kindMessageKey, and its page text)
 * (docs/adding-an-action-kind.md); lib/action-kinds.test.ts fails until every
 * place that must know the kind does.
 */
export interface ActionKindSpec {
  /** The page under /campaigns/<slug>/ where supporters take this action. */
  segment: string;
  /** The icon on the campaign page's action list: one SVG path, 24x24, stroked. */
  icon: string;
  /** The template organisers write for it (its text, call script, prompt); null when it has none. */
  templateKind: TemplateKind | null;
  /**
   * The signature path: name or organisation, email and country; stored
   * pending, deduplicated per email, counted once the supporter follows the
   * link mailed to them (server/supporter-actions/signature.ts).
   */
  confirmedByEmail: boolean;
  /** Catalogue keys of the email path (null for kinds that are not confirmed by email). */
  confirmation: {
    /** Namespace holding the mail's `subject` and `text` ({campaign}, {url}, {days}). */
    mail: string;
    /** What the confirm page says the link is for ({campaign}, {organisation}). */
    summary: string;
    /** What the thanks page says once it is confirmed. */
    thanks: string;
  } | null;
  /** The form ends on an ISR "check your email" page at /campaigns/<slug>/<segment>/sent (no nonce: proxy.ts). */
  sentPage: boolean;
  /**
   * Which form fields a signature of this kind carries beyond email and
   * country (server/supporter-actions/fields.ts); empty for the other kinds.
   */
  signatureFields: readonly SignatureField[];
  /** Text the supporter writes that is shown publicly only after a moderator approved it (prescreened on arrival). */
  moderatedText: boolean;
  /**
   * Addressed to the campaign's targets, resolved for the supporter's country
   * (lib/targets/resolve.ts: embassies by country, "fixed" officials and
   * bodies for everyone). False: solidarity messages go to the defender's
   * family, sign-ons to the campaign.
   */
  needsTarget: boolean;
  /** Route segments where supporters report having done it themselves ("I posted it"); counted apart. */
  selfReportedAt: readonly string[];
  /** How organisers hand it over (db/queries/delivery.ts): printed and exported with the letters, given to the family, or not at all. */
  delivery: "letters" | "family" | null;
  /** Its server actions ("<file under app/>#<export>"), each listed in e2e/authz/matrix-table.ts. */
  actions: readonly string[];
  /** Partner sites may frame its form at /embed/campaigns/<slug>/<segment> (ADR 0030; app/embed/). */
  embeddable: boolean;
}

/** Optional fields of the signature form; email and country are always asked for. */
export type SignatureField =
  | "name"
  | "city"
  | "personalText"
  | "showName"
  | "showText"
  | "wantsUpdates"
  | "organisationName"
  | "organisationWebsite"
  | "comment";

/** The honeypot field of every supporter form (people never see it; bots fill it in). */
export const honeypotName = "website";

const campaignFolder = "app/[locale]/(public)/campaigns/[slug]";

/** The action kinds, in the order campaign pages list them. Every value of the action_kind enum has a row. */
export const actionKindTable = {
  letter: {
    segment: "letter",
    icon: "M4 6h16v12H4z M4 6l8 7 8-7",
    templateKind: "letter",
    confirmedByEmail: true,
    confirmation: {
      mail: "SupporterActions.mail.letter",
      summary: "SupporterActions.confirm.summary.letter",
      thanks: "SupporterActions.thanks.body.letter",
    },
    sentPage: true,
    signatureFields: ["name", "city", "personalText", "showName", "showText", "wantsUpdates"],
    moderatedText: true,
    needsTarget: true,
    selfReportedAt: ["post-it"],
    delivery: "letters",
    actions: [
      `${campaignFolder}/letter/actions.ts#signLetter`,
      `${campaignFolder}/email/_channel/self-report-actions.ts#reportLetterSent`,
    ],
    embeddable: true,
  },
  tweet: {
    segment: "tweet",
    icon: "M5 5h14v10H9l-4 4z",
    templateKind: "tweet",
    confirmedByEmail: false,
    confirmation: null,
    sentPage: false,
    signatureFields: [],
    moderatedText: false,
    needsTarget: true,
    selfReportedAt: [],
    delivery: null,
    actions: [`${campaignFolder}/tweet/actions.ts#recordTweet`],
    embeddable: true,
  },
  email: {
    segment: "email",
    icon: "M3 7l9 6 9-6 M3 7h18v11H3z",
    templateKind: "email",
    confirmedByEmail: false,
    confirmation: null,
    sentPage: false,
    signatureFields: [],
    moderatedText: false,
    needsTarget: true,
    selfReportedAt: ["email"],
    delivery: null,
    actions: [`${campaignFolder}/email/_channel/self-report-actions.ts#reportEmailSent`],
    embeddable: false,
  },
  call: {
    segment: "call",
    icon: "M6 3h4l1.5 5-2.5 1.5a11 11 0 0 0 5.5 5.5L16 12.5l5 1.5v4a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2",
    templateKind: "call_script",
    confirmedByEmail: false,
    confirmation: null,
    sentPage: false,
    signatureFields: [],
    moderatedText: false,
    needsTarget: true,
    selfReportedAt: ["call"],
    delivery: null,
    actions: [`${campaignFolder}/email/_channel/self-report-actions.ts#reportCallMade`],
    embeddable: false,
  },
  solidarity: {
    segment: "solidarity",
    icon: "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z",
    templateKind: "solidarity_prompt",
    confirmedByEmail: false,
    confirmation: null,
    sentPage: false,
    signatureFields: [],
    moderatedText: true,
    needsTarget: false,
    selfReportedAt: [],
    delivery: "family",
    actions: [`${campaignFolder}/solidarity/actions.ts#sendSolidarityMessage`],
    embeddable: false,
  },
  org_signon: {
    segment: "sign-on",
    icon: "M4 20V8l8-4 8 4v12 M9 20v-6h6v6 M4 20h16",
    templateKind: null,
    confirmedByEmail: true,
    confirmation: {
      mail: "SupporterActions.mail.signOn",
      summary: "SupporterActions.confirm.summary.org_signon",
      thanks: "SupporterActions.thanks.body.org_signon",
    },
    sentPage: true,
    signatureFields: ["organisationName", "organisationWebsite"],
    moderatedText: true,
    needsTarget: false,
    selfReportedAt: [],
    delivery: null,
    actions: [`${campaignFolder}/sign-on/actions.ts#signOn`],
    embeddable: true,
  },
  petition: {
    segment: "petition",
    icon: "M6 3h12v18H6z M9 8h6 M9 12h6 M9 17c1-1.5 2-1.5 3 0s2 1.5 3 0",
    templateKind: "petition",
    confirmedByEmail: true,
    confirmation: {
      mail: "SupporterActions.petition.mail",
      summary: "SupporterActions.petition.confirmSummary",
      thanks: "SupporterActions.petition.thanks",
    },
    sentPage: true,
    signatureFields: ["name", "comment"],
    moderatedText: false,
    needsTarget: true,
    selfReportedAt: [],
    delivery: "letters",
    actions: [`${campaignFolder}/petition/actions.ts#signPetition`],
    embeddable: true,
  },
} as const satisfies { readonly [K in ActionKind]: ActionKindSpec };

export type ActionKindTable = typeof actionKindTable;

/** The row of one kind. */
export function actionKindSpec(kind: ActionKind): ActionKindSpec {
  return actionKindTable[kind];
}

/** Every kind, in table order. */
export const tableKinds = Object.keys(actionKindTable) as ActionKind[];

/** The kinds a supporter signs with name, email and country and confirms by email. */
export type SignatureKind = {
  [K in keyof ActionKindTable]: ActionKindTable[K]["confirmedByEmail"] extends true ? K : never;
}[keyof ActionKindTable];

export function isSignatureKind(kind: ActionKind): kind is SignatureKind {
  return actionKindTable[kind].confirmedByEmail;
}

/** Kinds recorded at once through the channel path (tweet, email, call, solidarity, and self-reported letters). */
export type ChannelKind = {
  [K in keyof ActionKindTable]: ActionKindTable[K]["confirmedByEmail"] extends true
    ? ActionKindTable[K]["selfReportedAt"] extends readonly [] ? never : K
    : K;
}[keyof ActionKindTable];

/** Where a supporter takes one kind of action on a campaign: /campaigns/<slug>/<segment>. */
export function actionPath(campaignSlug: string, kind: ActionKind): string {
  return `/campaigns/${campaignSlug}/${actionKindTable[kind].segment}`;
}

/** The "check your email" page after a signature form: /campaigns/<slug>/<segment>/sent. */
export function sentPath(campaignSlug: string, kind: ActionKind): string {
  return `${actionPath(campaignSlug, kind)}/sent`;
}

/** The kinds whose form partner sites may frame (ADR 0030). */
export const embeddableKinds = tableKinds.filter((kind) => actionKindTable[kind].embeddable);

/** The kind whose row has this route segment ("sign-on" -> org_signon), or null. */
export function kindOfSegment(segment: string): ActionKind | null {
  return tableKinds.find((kind) => actionKindTable[kind].segment === segment) ?? null;
}

/** Route segments of every kind's "sent" page, for the proxy's list of pages cached whole. */
export const sentPageSegments = tableKinds.filter((kind) => actionKindTable[kind].sentPage).map((kind) => actionKindTable[kind].segment);

/**
 * What the catalogue says about a kind, all in its own block of
 * messages/en/ActionKinds.json: `label` (the campaign page's action list, the
 * organiser's kind picker), `short` (counts: analytics, progress, moderation),
 * `description` (the action list), `template` (the name of its template kind,
 * for kinds with one) and `confirmed` (delivery's count of it, for kinds
 * delivered with the letters).
 */
export type KindMessage = "label" | "short" | "description" | "template" | "confirmed";

/** The catalogue key of one of a kind's words, for a root translator: `t(kindMessageKey("petition", "label"))`. */
export function kindMessageKey<K extends ActionKind, M extends KindMessage>(kind: K, message: M): `ActionKinds.${K}.${M}` {
  return `ActionKinds.${kind}.${message}`;
}

/** The kind whose row names this template kind (each template kind belongs to exactly one row). */
export function kindOfTemplate(templateKind: TemplateKind): ActionKind {
  const kind = tableKinds.find((k) => actionKindTable[k].templateKind === templateKind);
  if (!kind) throw new Error(`No action kind has the template kind ${templateKind}`);
  return kind;
}

/** The catalogue key of a template kind's name: its kind's `template` word. */
export function templateKindMessageKey(templateKind: TemplateKind): string {
  return kindMessageKey(kindOfTemplate(templateKind), "template");
}

/** A kind named in a query string or form, or null. */
export function parseActionKind(value: unknown): ActionKind | null {
  return typeof value === "string" && Object.hasOwn(actionKindTable, value) ? (value as ActionKind) : null;
}
