import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/navigation";
import { CampaignCard } from "@/components/campaign/campaign-card";
import { ListPage } from "@/components/ui/list-page";
import { SelectField } from "@/components/ui/select-field";
import {
  campaignStatusFilters,
  listPublicCampaignCountries,
  listPublicCampaigns,
} from "@/db/queries/public-campaigns";
import { actionKinds } from "@/db/schema/enums";
import { countryOptions } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { withSiteFeeds } from "@/lib/feeds/metadata";
import { hasCampaignFilters, parseCampaignFilters } from "./filters";
import { kindMessageKey } from "@/lib/action-kinds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Campaigns");
  return withSiteFeeds(await pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/campaigns" }));
}

export default async function CampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseCampaignFilters(await searchParams);
  const locale = await requestLocale();
  const [campaigns, countries, t, tCommon, tStatus, tKind] = await Promise.all([
    listPublicCampaigns(filters, locale),
    listPublicCampaignCountries(),
    getTranslations("Campaigns"),
    getTranslations("Common"),
    getTranslations("Enums.campaignStatusFilter"),
    getTranslations(),
  ]);

  return (
    <ListPage
      namespace="Campaigns"
      action="/campaigns"
      hasFilters={hasCampaignFilters(filters)}
      filters={
        <>
          <SelectField
            name="status"
            label={t("status")}
            anyLabel={tCommon("allOption")}
            value={filters.status}
            options={campaignStatusFilters.map((status) => ({ value: status, label: tStatus(status) }))}
          />
          <SelectField
            name="country"
            label={t("country")}
            anyLabel={tCommon("allOption")}
            value={filters.country}
            options={countryOptions(countries, locale)}
          />
          <SelectField
            name="kind"
            label={t("action")}
            anyLabel={tCommon("allOption")}
            value={filters.kind}
            options={actionKinds.map((kind) => ({ value: kind, label: tKind(kindMessageKey(kind, "label")) }))}
          />
        </>
      }
      items={campaigns}
      itemKey={(campaign) => campaign.slug}
      renderItem={(campaign) => <CampaignCard campaign={campaign} />}
    />
  );
}
