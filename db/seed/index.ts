import { sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db";
import {
  actions,
  campaignDefenders,
  campaignOrganisers,
  campaigns,
  campaignStatusChanges,
  campaignTargets,
  campaignTranslations,
  campaignUpdates,
  campaignUpdateTranslations,
  defenderEvents,
  defenderOrganisers,
  defenders,
  defenderTranslations,
  moderationFlags,
  moderationReasons,
  organisations,
  targets,
  templates,
  users,
} from "@/db/schema";
import type { ActionKind } from "@/db/schema";
import { reconcileCounters } from "@/db/queries/counters";
import { encrypt } from "@/lib/crypto";
import { prescreen } from "@/lib/moderation/prescreen";
import { campaigns as seedCampaigns } from "./data/campaigns";
import { defenders as seedDefenders } from "./data/defenders";
import { targets as seedTargets } from "./data/targets";
import { seedId } from "./ids";
import type { SeedCampaign } from "./types";

export const demoAccounts = [
  { email: "admin@inkwell.test", name: "Ada Admin", role: "admin" as const },
  { email: "organiser@inkwell.test", name: "Omar Organiser", role: "organiser" as const },
  { email: "organiser2@inkwell.test", name: "Olga Organiser", role: "organiser" as const },
];

/** The demo organiser (Omar) looks after every seeded defender and campaign. */
const demoOrganiserId = seedId(`user:${demoAccounts[1]!.email}`);
/** The demo admin (Ada) gave the seeded consent overrides. */
const demoAdminId = seedId(`user:${demoAccounts[0]!.email}`);

/** Kinds where one person counts once per campaign, so the demo rows carry an email hash. */
const dedupedKinds: ActionKind[] = ["letter", "email", "org_signon", "petition"];

const moderationReasonLabels = [
  "Spam or advertising",
  "Abusive or hateful",
  "Shares someone's personal data",
  "Puts the defender or their family at risk",
  "Off-topic",
  "Duplicate",
];

export interface SeedSummary {
  defenders: number;
  targets: number;
  campaigns: number;
  actions: number;
}

/** Idempotent: every row has a stable id or natural key, so running it twice changes nothing. */
export async function seedDemoData(db: Database): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    const organisationId = await seedOrganisation(tx);
    await seedAccounts(tx, organisationId);
    await seedReasons(tx);
    const defenderIds = await seedDefenderProfiles(tx);
    await seedTargetDirectory(tx);
    const campaignIds: string[] = [];
    for (const campaign of seedCampaigns) {
      campaignIds.push(await seedCampaign(tx, campaign, defenderIds));
    }
    const created = await seedActivity(tx);
    await approveDemoProfiles(tx, defenderIds);
    await seedPendingModeration(tx);
    await reconcileCounters(tx, campaignIds);
    return {
      defenders: seedDefenders.length,
      targets: seedTargets.length,
      campaigns: seedCampaigns.length,
      actions: created,
    };
  });
}

async function seedOrganisation(tx: Transaction): Promise<string> {
  const id = seedId("organisation:inkwell-demo");
  await tx
    .insert(organisations)
    .values({ id, slug: "inkwell-demo", name: "Inkwell Demo Network", country: "GB" })
    .onConflictDoNothing();
  return id;
}

async function seedAccounts(tx: Transaction, organisationId: string) {
  for (const account of demoAccounts) {
    await tx
      .insert(users)
      .values({
        id: seedId(`user:${account.email}`),
        email: account.email,
        name: account.name,
        role: account.role,
        organisationId,
        emailVerified: new Date("2026-01-01T00:00:00Z"),
      })
      .onConflictDoUpdate({ target: users.email, set: { role: account.role, name: account.name } });
  }
}

async function seedReasons(tx: Transaction) {
  await tx
    .insert(moderationReasons)
    .values(moderationReasonLabels.map((label) => ({ id: seedId(`reason:${label}`), label })))
    .onConflictDoNothing();
}

async function seedDefenderProfiles(tx: Transaction): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const d of seedDefenders) {
    const values = {
      slug: d.slug,
      name: d.name,
      nameNative: d.nameNative ?? null,
      country: d.country,
      profession: d.profession,
      status: d.status,
      summary: d.summary,
      storyMarkdown: d.story,
      sourceLocale: d.sourceLocale ?? "en",
      consentStatus: d.consentStatus,
      consentNote: d.consentNote ?? null,
      consentRecordedAt: d.consentStatus === "unknown" ? null : new Date("2026-01-01T00:00:00Z"),
      createdBy: demoOrganiserId,
    };
    const [row] = await tx
      .insert(defenders)
      .values({ id: seedId(`defender:${d.slug}`), ...values })
      .onConflictDoUpdate({ target: defenders.slug, set: { ...values, updatedAt: new Date() } })
      .returning({ id: defenders.id });
    if (!row) throw new Error(`Could not seed defender ${d.slug}`);
    ids.set(d.slug, row.id);
    await tx
      .insert(defenderOrganisers)
      .values({ defenderId: row.id, userId: demoOrganiserId, addedBy: demoOrganiserId })
      .onConflictDoNothing();
    for (const version of d.translations ?? []) {
      const words = { profession: version.profession ?? null, summary: version.summary, storyMarkdown: version.story, updatedBy: demoOrganiserId };
      await tx
        .insert(defenderTranslations)
        .values({ defenderId: row.id, locale: version.locale, ...words })
        .onConflictDoUpdate({ target: [defenderTranslations.defenderId, defenderTranslations.locale], set: words });
    }
    for (const [i, e] of d.events.entries()) {
      const event = { defenderId: row.id, occurredOn: e.occurredOn, kind: e.kind, text: e.text, sourceUrl: e.sourceUrl ?? null };
      await tx
        .insert(defenderEvents)
        .values({ id: seedId(`event:${d.slug}:${i}`), ...event })
        .onConflictDoUpdate({ target: defenderEvents.id, set: event });
    }
  }
  return ids;
}

async function seedTargetDirectory(tx: Transaction) {
  for (const t of seedTargets) {
    const values = {
      kind: t.kind,
      honorific: t.honorific ?? null,
      name: t.name,
      title: t.title ?? null,
      representedState: t.representedState ?? null,
      hostCountry: t.hostCountry ?? null,
      addressLines: t.addressLines,
      city: t.city ?? null,
      postcode: t.postcode ?? null,
      phone: t.phone ?? null,
      email: t.email ?? null,
      xHandle: t.xHandle ?? null,
      blueskyHandle: t.blueskyHandle ?? null,
      website: t.website ?? null,
      language: t.language ?? "en",
      isExample: t.isExample,
    };
    await tx
      .insert(targets)
      .values({ id: seedId(`target:${t.key}`), ...values })
      .onConflictDoUpdate({ target: targets.id, set: { ...values, updatedAt: new Date() } });
  }
}

function targetId(key: string | undefined): string | null {
  if (!key) return null;
  if (!seedTargets.some((t) => t.key === key)) throw new Error(`Seed campaign refers to unknown target "${key}"`);
  return seedId(`target:${key}`);
}

async function seedCampaign(tx: Transaction, c: SeedCampaign, defenderIds: Map<string, string>): Promise<string> {
  const organiserId = demoOrganiserId;
  const values = {
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    ask: c.ask,
    storyMarkdown: c.story,
    sourceLocale: c.sourceLocale ?? "en",
    status: c.status,
    goal: c.goal ?? null,
    deadline: c.deadline ? new Date(`${c.deadline}T23:59:59Z`) : null,
    hashtags: c.hashtags,
    highRisk: c.highRisk,
    actionKinds: c.actionKinds,
    featured: c.featured,
    publishedAt: new Date(`${c.publishedOn}T09:00:00Z`),
    closedAt: c.closedOn ? new Date(`${c.closedOn}T18:00:00Z`) : null,
    createdBy: organiserId,
    // The consent gate (ADR 0015): the demo admin's reasoned override where a defender's consent is not recorded.
    consentOverrideBy: c.consentOverride ? demoAdminId : null,
    consentOverrideAt: c.consentOverride ? new Date(`${c.publishedOn}T08:00:00Z`) : null,
    consentOverrideReason: c.consentOverride ?? null,
  };
  const [row] = await tx
    .insert(campaigns)
    .values({ id: seedId(`campaign:${c.slug}`), ...values })
    .onConflictDoUpdate({ target: campaigns.slug, set: { ...values, updatedAt: new Date() } })
    .returning({ id: campaigns.id });
  if (!row) throw new Error(`Could not seed campaign ${c.slug}`);
  const campaignId = row.id;

  await tx.insert(campaignOrganisers).values({ campaignId, userId: organiserId, role: "owner" }).onConflictDoNothing();
  if (c.consentOverride) await seedOverrideAudit(tx, campaignId, c.consentOverride, values.consentOverrideAt!);
  await tx
    .insert(campaignStatusChanges)
    .values({ id: seedId(`status:${c.slug}:${c.status}`), campaignId, fromStatus: null, toStatus: c.status, changedBy: organiserId, changedAt: values.publishedAt })
    .onConflictDoNothing();

  for (const [position, slug] of c.defenderSlugs.entries()) {
    const defenderId = defenderIds.get(slug);
    if (!defenderId) throw new Error(`Seed campaign ${c.slug} refers to unknown defender "${slug}"`);
    await tx
      .insert(campaignDefenders)
      .values({ campaignId, defenderId, position })
      .onConflictDoUpdate({ target: [campaignDefenders.campaignId, campaignDefenders.defenderId], set: { position } });
  }

  for (const [position, t] of c.targets.entries()) {
    const link = {
      campaignId,
      rule: t.rule,
      responsibleState: t.responsibleState ?? null,
      targetId: targetId(t.targetKey),
      actionKinds: t.actionKinds ?? [],
      position,
    };
    await tx
      .insert(campaignTargets)
      .values({ id: seedId(`campaign-target:${c.slug}:${position}`), ...link })
      .onConflictDoUpdate({ target: campaignTargets.id, set: link });
  }

  for (const t of c.templates) {
    const template = {
      campaignId,
      kind: t.kind,
      language: t.language,
      targetId: targetId(t.targetKey),
      subject: t.subject ?? null,
      body: t.body,
    };
    await tx
      .insert(templates)
      .values({ id: seedId(`template:${c.slug}:${t.kind}:${t.language}:${t.targetKey ?? "*"}`), ...template })
      .onConflictDoUpdate({ target: templates.id, set: { ...template, updatedAt: new Date() } });
  }

  for (const [i, u] of c.updates.entries()) {
    const update = {
      campaignId,
      kind: u.kind,
      title: u.title,
      body: u.body,
      occurredOn: u.occurredOn,
      setsDefenderStatus: u.setsDefenderStatus ?? null,
      createdBy: organiserId,
    };
    await tx
      .insert(campaignUpdates)
      .values({ id: seedId(`update:${c.slug}:${i}`), ...update })
      .onConflictDoUpdate({ target: campaignUpdates.id, set: update });
  }

  for (const version of c.translations ?? []) {
    const words = { title: version.title, summary: version.summary, ask: version.ask, storyMarkdown: version.story, updatedBy: organiserId };
    await tx
      .insert(campaignTranslations)
      .values({ campaignId, locale: version.locale, ...words })
      .onConflictDoUpdate({ target: [campaignTranslations.campaignId, campaignTranslations.locale], set: words });
    for (const [i, u] of (version.updates ?? []).entries()) {
      if (!c.updates[i]) throw new Error(`Seed campaign ${c.slug}: the ${version.locale} version has more updates than the original`);
      const updateWords = { title: u.title, body: u.body, updatedBy: organiserId };
      await tx
        .insert(campaignUpdateTranslations)
        .values({ updateId: seedId(`update:${c.slug}:${i}`), locale: version.locale, ...updateWords })
        .onConflictDoUpdate({ target: [campaignUpdateTranslations.updateId, campaignUpdateTranslations.locale], set: updateWords });
    }
  }

  await seedPublicItems(tx, c, campaignId);
  return campaignId;
}

async function seedPublicItems(tx: Transaction, c: SeedCampaign, campaignId: string) {
  for (const [i, item] of (c.publicItems ?? []).entries()) {
    const common = {
      campaignId,
      kind: item.kind,
      status: "confirmed" as const,
      country: item.country,
      idempotencyKey: `seed:${c.slug}:public:${i}`,
      confirmedAt: new Date(`${c.publishedOn}T12:00:00Z`),
    };
    const row =
      item.kind === "solidarity"
        ? { ...common, publicName: c.highRisk ? null : item.name, showName: !c.highRisk, personalTextCiphertext: encrypt(item.message), language: item.language ?? "en" }
        : { ...common, organisationName: item.organisationName, organisationWebsite: item.website ?? null, showName: true, emailHash: `seed:${c.slug}:org:${i}` };
    await tx.insert(actions).values(row).onConflictDoNothing();
    // Demo items were read by a moderator, like every public item must be before it shows.
    await tx.execute(sql`
      insert into moderation_decisions (id, subject_type, subject_id, verdict, note, decided_at)
      select ${seedId(`decision:${common.idempotencyKey}`)}::uuid, 'action', a.id::text, 'approve', 'Demo data', ${common.confirmedAt.toISOString()}::timestamptz
      from actions a where a.idempotency_key = ${common.idempotencyKey}
      on conflict (id) do nothing
    `);
  }
}

/**
 * The demo profiles were read by a moderator. Stamped with the clock (not the
 * transaction start) so the decision is newer than the upsert above that
 * touched updated_at; otherwise every profile would wait in the queue again.
 */
async function approveDemoProfiles(tx: Transaction, defenderIds: Map<string, string>) {
  for (const [slug, id] of defenderIds) {
    await tx.execute(sql`
      insert into moderation_decisions (id, subject_type, subject_id, verdict, note, decided_at)
      values (${seedId(`decision:defender:${slug}`)}::uuid, 'defender', ${id}, 'approve', 'Demo data', clock_timestamp())
      on conflict (id) do update set decided_at = clock_timestamp()
    `);
  }
}

/**
 * A few solidarity messages nobody has decided yet, one of them flagged by
 * the pre-screening, so the moderation queue is not empty in the demo. They
 * are pending: they count for nothing until a moderator approves them.
 */
const pendingDemoMessages = [
  { name: "Maria Keller", country: "DE", language: "de", message: "Wir denken an Sie und Ihre Familie. Bleiben Sie stark!" },
  { name: "Tom Reyes", country: "PH", language: "en", message: "Stay strong. Everyone should read the full report at www.example.org/report" },
  { name: "Lucía Gómez", country: "AR", language: "es", message: "Desde Buenos Aires, toda nuestra solidaridad." },
];

/** The audit entry a real override writes (campaign.consent.override), once per campaign however often the seed runs. */
async function seedOverrideAudit(tx: Transaction, campaignId: string, reason: string, at: Date) {
  const admin = demoAccounts[0]!;
  await tx.execute(sql`
    insert into audit_log (actor_id, actor_label, action, entity_type, entity_id, after, created_at)
    select ${demoAdminId}, ${admin.email}, 'campaign.consent.override', 'campaign', ${campaignId},
      ${JSON.stringify({ reason, seeded: true })}::jsonb, ${at.toISOString()}::timestamptz
    where not exists (
      select 1 from audit_log where action = 'campaign.consent.override' and entity_type = 'campaign' and entity_id = ${campaignId})`);
}

async function seedPendingModeration(tx: Transaction) {
  const campaign = seedCampaigns.find((c) => c.status === "published" && !c.highRisk && c.actionKinds.includes("solidarity"));
  if (!campaign) return;
  const campaignId = seedId(`campaign:${campaign.slug}`);
  for (const [i, item] of pendingDemoMessages.entries()) {
    const idempotencyKey = `seed:${campaign.slug}:pending:${i}`;
    const [row] = await tx
      .insert(actions)
      .values({
        campaignId,
        kind: "solidarity",
        status: "pending",
        publicName: item.name,
        showName: true,
        country: item.country,
        language: item.language,
        personalTextCiphertext: encrypt(item.message),
        idempotencyKey,
      })
      .onConflictDoUpdate({ target: actions.idempotencyKey, set: { personalTextCiphertext: encrypt(item.message) } })
      .returning({ id: actions.id });
    const flags = prescreen(item.message, { language: item.language });
    await tx
      .insert(moderationFlags)
      .values({ subjectType: "action", subjectId: String(row!.id), flags })
      .onConflictDoUpdate({ target: [moderationFlags.subjectType, moderationFlags.subjectId], set: { flags } });
  }
}

/**
 * Demo activity as real confirmed rows without personal data (no email, no
 * name), spread between publication and close (or now), so every count on the
 * site is computed from rows exactly as it will be for real supporters.
 */
async function seedActivity(tx: Transaction): Promise<number> {
  let created = 0;
  for (const c of seedCampaigns) {
    const campaignId = seedId(`campaign:${c.slug}`);
    const from = `${c.publishedOn}T09:00:00Z`;
    const until = c.closedOn ? `${c.closedOn}T18:00:00Z` : new Date().toISOString();
    for (const a of c.activity) {
      for (const selfReported of [false, true]) {
        const count = selfReported ? (a.selfReported ?? 0) : a.count;
        if (count <= 0) continue;
        const prefix = `seed:${c.slug}:${a.kind}:${a.country}:${selfReported ? "self" : "confirmed"}:`;
        const hashed = dedupedKinds.includes(a.kind) && !selfReported;
        const result = await tx.execute(sql`
          insert into actions (campaign_id, kind, status, country, self_reported, email_hash, idempotency_key, confirmed_at, created_at)
          select ${campaignId}::uuid, ${a.kind}::action_kind, 'confirmed', ${a.country}, ${selfReported},
                 case when ${hashed} then md5(${prefix} || n) end,
                 ${prefix} || n,
                 ${from}::timestamptz + (n::float8 / ${count + 1}) * (${until}::timestamptz - ${from}::timestamptz),
                 ${from}::timestamptz + (n::float8 / ${count + 1}) * (${until}::timestamptz - ${from}::timestamptz)
          from generate_series(1, ${count}) as n
          on conflict (idempotency_key) do nothing
          returning 1
        `);
        created += rowCount(result);
      }
    }
  }
  return created;
}

function rowCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const r = result as { rows?: unknown[]; affectedRows?: number };
  return r.affectedRows ?? r.rows?.length ?? 0;
}
