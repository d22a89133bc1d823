/**
 * schema.org JSON-LD for the public pages (ADR 0026). Pure: the pages pass
 * what they already show, and nothing else. Never a supporter's data: only
 * the site, a public campaign and a public defender profile.
 */

type JsonLd = Record<string, unknown>;

const context = "https://schema.org";

/**
 * The text of an inline <script type="application/ld+json">: JSON that cannot
 * end the script element or open a comment ("<" as \u003c), with ">" and "&"
 * escaped too and the two line separators JavaScript parsers trip on.
 */
export function jsonLdScriptText(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

interface Site {
  /** SITE_URL's origin, with the trailing slash: "https://inkwell.example/". */
  siteUrl: string;
  siteName: string;
}

function organization(site: Site): JsonLd {
  return { "@type": "Organization", "@id": `${site.siteUrl}#organization`, name: site.siteName, url: site.siteUrl, logo: new URL("/icon.svg", site.siteUrl).toString() };
}

/** Home: the site and who runs it. */
export function siteJsonLd(site: Site & { url: string; description: string; language: string }): JsonLd {
  return {
    "@context": context,
    "@graph": [
      organization(site),
      {
        "@type": "WebSite",
        "@id": `${site.siteUrl}#website`,
        url: site.url,
        name: site.siteName,
        description: site.description,
        inLanguage: site.language,
        publisher: { "@id": `${site.siteUrl}#organization` },
      },
    ],
  };
}

export interface PersonRef {
  name: string;
  /** Absolute URL of the public profile. */
  url: string;
}

/** A campaign page: an article about its defenders. */
export function campaignJsonLd(
  site: Site & {
    url: string;
    title: string;
    summary: string;
    language: string;
    publishedAt: string | null;
    keywords: string[];
    defenders: PersonRef[];
  },
): JsonLd {
  return {
    "@context": context,
    "@type": "Article",
    "@id": site.url,
    url: site.url,
    mainEntityOfPage: site.url,
    headline: site.title,
    description: site.summary,
    inLanguage: site.language,
    ...(site.publishedAt ? { datePublished: site.publishedAt } : {}),
    ...(site.keywords.length > 0 ? { keywords: site.keywords.join(", ") } : {}),
    about: site.defenders.map((defender) => ({ "@type": "Person", name: defender.name, url: defender.url })),
    publisher: organization(site),
  };
}

/** A defender's profile page: the person it is about, as the page shows them. */
export function defenderJsonLd(
  site: Site & {
    url: string;
    name: string;
    nameNative: string | null;
    profession: string | null;
    summary: string;
    /** The country's name in the page's language. */
    country: string;
    /** Absolute URL of the photo, when there is one. */
    image: string | null;
    language: string;
  },
): JsonLd {
  return {
    "@context": context,
    "@type": "ProfilePage",
    "@id": site.url,
    url: site.url,
    inLanguage: site.language,
    publisher: organization(site),
    mainEntity: {
      "@type": "Person",
      name: site.name,
      url: site.url,
      description: site.summary,
      ...(site.nameNative ? { alternateName: site.nameNative } : {}),
      ...(site.profession ? { jobTitle: site.profession } : {}),
      ...(site.image ? { image: site.image } : {}),
      homeLocation: { "@type": "Country", name: site.country },
    },
  };
}
