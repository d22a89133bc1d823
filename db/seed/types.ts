import type {
  ActionKind,
  campaignStatuses,
  campaignTargetRules,
  campaignUpdateKinds,
  consentStatuses,
  defenderEventKinds,
  defenderStatuses,
  targetKinds,
  templateKinds,
} from "../schema/enums";

type Of<T extends readonly string[]> = T[number];
/** ISO 3166-1 alpha-2, upper case ("CN", "CA"). */
export type CountryCode = string;
/** YYYY-MM-DD */
export type IsoDate = string;
/** One of the site's languages (i18n/config.ts). */
export type SeedLocale = "en" | "fr" | "es" | "zh" | "ar";

export interface SeedDefender {
  slug: string;
  name: string;
  nameNative?: string;
  country: CountryCode;
  profession: string;
  status: Of<typeof defenderStatuses>;
  /** One or two sentences, shown on cards. Written in our own words. */
  summary: string;
  /** Markdown, several paragraphs. Written in our own words. */
  story: string;
  consentStatus: Of<typeof consentStatuses>;
  consentNote?: string;
  /** The language profession, summary and story are written in ("en" when absent). */
  sourceLocale?: SeedLocale;
  /** The profile in other languages (defender_translations). Written in our own words. */
  translations?: { locale: SeedLocale; profession?: string; summary: string; story: string }[];
  events: { occurredOn: IsoDate; kind: Of<typeof defenderEventKinds>; text: string; sourceUrl?: string }[];
}

export interface SeedTarget {
  /** Stable key used to reference the target from campaigns and to keep the seed idempotent. */
  key: string;
  kind: Of<typeof targetKinds>;
  honorific?: string;
  name: string;
  title?: string;
  representedState?: CountryCode;
  hostCountry?: CountryCode;
  addressLines: string[];
  city?: string;
  postcode?: string;
  phone?: string;
  email?: string;
  xHandle?: string;
  blueskyHandle?: string;
  website?: string;
  language?: string;
  /** true unless every contact detail comes from the published appeal the case is taken from. Example targets are never contacted. */
  isExample: boolean;
}

export interface SeedCampaign {
  slug: string;
  title: string;
  summary: string;
  /** What supporters are asked for, one or two sentences. */
  ask: string;
  story: string;
  status: Of<typeof campaignStatuses>;
  goal?: number;
  deadline?: IsoDate;
  hashtags: string[];
  highRisk: boolean;
  actionKinds: ActionKind[];
  featured: boolean;
  publishedOn: IsoDate;
  /** The language title, summary, ask, story and updates are written in ("en" when absent). */
  sourceLocale?: SeedLocale;
  /**
   * The campaign in other languages (campaign_translations), with its updates
   * (campaign_update_translations, in the order of `updates`). Written in our own words.
   */
  translations?: { locale: SeedLocale; title: string; summary: string; ask: string; story: string; updates?: { title: string; body: string }[] }[];
  closedOn?: IsoDate;
  defenderSlugs: string[];
  /**
   * When a named defender's consent is not recorded as given: the demo admin's
   * reason for publishing anyway (the consent gate, ADR 0015), in our own words.
   */
  consentOverride?: string;
  targets: {
    rule: Of<typeof campaignTargetRules>;
    responsibleState?: CountryCode;
    targetKey?: string;
    actionKinds?: ActionKind[];
  }[];
  /** Bodies may use {target.honorific} {target.name} {target.title} {supporter.name} {supporter.city} {supporter.country} {defender.name} {campaign.title} {date}. */
  templates: {
    kind: Of<typeof templateKinds>;
    language: string;
    subject?: string;
    body: string;
    targetKey?: string;
  }[];
  updates: {
    kind: Of<typeof campaignUpdateKinds>;
    title: string;
    body: string;
    occurredOn: IsoDate;
    setsDefenderStatus?: Of<typeof defenderStatuses>;
  }[];
  /** Demo activity: confirmed actions generated as real rows (no personal data), per kind and country. */
  activity: { kind: ActionKind; country: CountryCode; count: number; selfReported?: number }[];
  /** Approved public items: solidarity messages and organisation sign-ons shown on the walls. */
  publicItems?: (
    | { kind: "solidarity"; name: string; country: CountryCode; message: string; language?: string }
    | { kind: "org_signon"; organisationName: string; country: CountryCode; website?: string }
  )[];
}
