/**
 * Property-based tests of the zod schemas behind the server actions: for any
 * form a browser or a bot can post, safeParse never throws, and when it
 * succeeds the output keeps the documented promises (trimmed, within its
 * limits, valid enums, ids, dates and addresses). Failures name catalogue keys.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { knownCountry } from "@/lib/countries";
import { actionKinds, consentStatuses, defenderEventKinds, defenderStatuses, targetKinds, templateKinds } from "@/db/schema/enums";
import { campaignSchema } from "@/app/[locale]/organise/campaigns/campaign-schema";
import { consentSchema, defenderSchema, eventSchema } from "@/app/[locale]/organise/defenders/defender-schema";
import { targetFormSchema } from "@/app/[locale]/organise/targets/target-input";
import { templateProblems, templateSchema } from "@/app/[locale]/organise/campaigns/[id]/templates/template-input";
import { deliverySchema, isPastOrTodayDate, responseSchema } from "@/app/[locale]/organise/campaigns/[id]/delivery/delivery-input";
import {
  checkboxField,
  countryField,
  emailField,
  idempotencyKeyField,
  nameField,
  optionalText,
  slugField,
} from "@/server/supporter-actions/fields";
import { email, exact, field, form, hostileString, hostileValue, isoDate, isTrimmed, runs, slug, within, words } from "./arbitraries";

const uuid = fc.uuid({ version: 4 });
const enumValue = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every message a schema reports is a catalogue key or zod's own English for a wrong type, never an exception. */
function expectIssuesAreReported(result: z.ZodSafeParseResult<unknown>) {
  if (result.success) return;
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
}

/**
 * Asserts the invariants on every accepted input, and that a fair share of the
 * generated forms was accepted: a property that only ever sees rejections proves nothing.
 */
function checkSchema<T>(schema: z.ZodType<T>, input: fc.Arbitrary<Record<string, unknown>>, invariants: (output: T) => void) {
  let accepted = 0;
  fc.assert(
    fc.property(input, (values) => {
      const result = schema.safeParse(values);
      expectIssuesAreReported(result);
      if (!result.success) return;
      accepted += 1;
      invariants(result.data);
    }),
    { numRuns: runs },
  );
  expect(accepted, `accepted ${accepted} of ${runs} generated forms`).toBeGreaterThanOrEqual(Math.ceil(runs / 50));
}

/** Stored text: trimmed and within its limits. */
function expectText(value: string | null, min: number, max: number) {
  if (value === null) return expect(min).toBe(0);
  expect(isTrimmed(value), JSON.stringify(value.slice(0, 40))).toBe(true);
  expect(within(value, min, max), `length ${value.length} not in ${min}..${max}`).toBe(true);
}

describe("campaign form (createCampaignAction, updateCampaignAction)", () => {
  it("parses any form without throwing; accepted campaigns are trimmed, bounded and well-formed", () => {
    const input = form({
      title: field(words),
      slug: exact(slug),
      summary: field(words),
      ask: field(words),
      storyMarkdown: field(words),
      goal: exact(fc.integer({ min: 0, max: 2_000_000_000 }).map(String)),
      deadline: exact(isoDate),
      hashtags: field(fc.array(fc.stringMatching(/^#?[a-z0-9_]{1,12}$/), { maxLength: 4 }).map((tags) => tags.join(" "))),
      highRisk: exact(fc.constant("on")),
      actionKinds: fc.oneof(exact(enumValue(actionKinds)), fc.uniqueArray(enumValue(actionKinds), { maxLength: 6 })),
      defenderIds: fc.oneof(exact(uuid), fc.array(uuid, { maxLength: 3 })),
      intent: exact(fc.constantFrom("save", "preview")),
    });
    checkSchema(campaignSchema, input, ({ intent, fields }) => {
      expect(["save", "preview"]).toContain(intent);
      expectText(fields.title, 1, 200);
      expect(fields.slug).toMatch(slugPattern);
      expect(fields.slug.length).toBeLessThanOrEqual(80);
      expectText(fields.summary, 1, 500);
      expectText(fields.ask, 0, 1000);
      expectText(fields.storyMarkdown, 0, 50_000);
      if (fields.goal !== null) expect(Number.isInteger(fields.goal) && fields.goal > 0 && fields.goal < 1e9).toBe(true);
      if (fields.deadline !== null) expect(Number.isNaN(fields.deadline.getTime())).toBe(false);
      for (const tag of fields.hashtags) expect(tag).toMatch(/^[\p{L}\p{N}_]{1,50}$/u);
      expect(new Set(fields.hashtags).size).toBe(fields.hashtags.length);
      expect(fields.actionKinds.length).toBeGreaterThan(0);
      for (const kind of fields.actionKinds) expect(actionKinds).toContain(kind);
      expect(typeof fields.highRisk).toBe("boolean");
      for (const id of fields.defenderIds) expect(typeof id).toBe("string");
    });
  });
});

describe("defender forms", () => {
  it("defender profile: accepted profiles are trimmed, bounded, with an ISO-shaped country and a known status", () => {
    const input = form({
      name: field(words),
      nameNative: field(words),
      slug: exact(slug),
      country: exact(fc.constantFrom("CN", "cn", "ir", "XX", "GB")),
      profession: field(words),
      status: exact(enumValue(defenderStatuses)),
      summary: field(words),
      storyMarkdown: field(words),
      photoAlt: field(words),
    });
    checkSchema(defenderSchema, input, (fields) => {
      expectText(fields.name, 1, 200);
      expectText(fields.nameNative, 0, 200);
      expect(fields.slug).toMatch(slugPattern);
      expect(fields.country).toMatch(/^[A-Z]{2}$/);
      expectText(fields.profession, 0, 200);
      expect(defenderStatuses).toContain(fields.status);
      expectText(fields.summary, 1, 500);
      expectText(fields.storyMarkdown, 0, 50_000);
      expectText(fields.photoAlt, 0, 300);
    });
  });

  it("consent: given consent always says who, how and when (a real date)", () => {
    const input = form({
      defenderId: exact(uuid),
      consentStatus: exact(enumValue(consentStatuses)),
      consentGivenBy: field(words),
      consentMethod: field(words),
      consentGivenOn: exact(isoDate),
      consentNote: field(words),
    });
    checkSchema(consentSchema, input, (consent) => {
      expect(consentStatuses).toContain(consent.consentStatus);
      if (consent.consentStatus === "given" || consent.consentStatus === "given_by_family") {
        expect(consent.consentGivenBy).not.toBeNull();
        expect(consent.consentMethod).not.toBeNull();
        expect(consent.consentGivenOn).not.toBe("");
      }
      if (consent.consentGivenOn) expect(Number.isNaN(Date.parse(consent.consentGivenOn))).toBe(false);
      expectText(consent.consentGivenBy, 0, 200);
      expectText(consent.consentNote, 0, 2000);
    });
  });

  it("timeline event: a real date, a known kind, bounded text and only https sources", () => {
    const input = form({
      defenderId: exact(uuid),
      eventId: exact(uuid),
      occurredOn: exact(isoDate),
      kind: exact(enumValue(defenderEventKinds)),
      text: field(words),
      sourceUrl: exact(fc.webUrl({ validSchemes: ["https", "http"] })),
    });
    checkSchema(eventSchema, input, (event) => {
      expect(event.occurredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(defenderEventKinds).toContain(event.kind);
      expectText(event.text, 1, 2000);
      if (event.sourceUrl !== null) expect(event.sourceUrl).toMatch(/^https:\/\/\S+$/);
    });
  });
});

describe("target form (saveTarget, CSV import rows)", () => {
  it("accepted targets have ISO countries, well-formed handles, addresses and http(s) websites", () => {
    const input = form({
      kind: exact(enumValue(targetKinds)),
      honorific: field(words),
      name: field(words),
      title: field(words),
      representedState: exact(fc.constantFrom("CN", "ir", "ZZ", "XX")),
      hostCountry: exact(fc.constantFrom("GB", "us", "ZZ")),
      addressLines: field(fc.array(words, { maxLength: 10 }).map((lines) => lines.join("\n"))),
      city: field(words),
      postcode: exact(fc.stringMatching(/^[A-Z0-9 ]{3,10}$/)),
      phone: exact(fc.stringMatching(/^\+?[0-9][0-9 ()-]{4,20}$/)),
      email: exact(email),
      xHandle: exact(fc.stringMatching(/^@?[A-Za-z0-9_]{1,15}$/)),
      blueskyHandle: exact(fc.domain()),
      website: exact(fc.webUrl()),
      language: exact(fc.constantFrom("en", "zh-Hant", "FR", "not a tag")),
      isExample: exact(fc.constantFrom("on", "yes", "no", "maybe", "")),
      health_email: exact(fc.constantFrom("ok", "failing", "")),
      healthNote_email: field(words),
    });
    checkSchema(targetFormSchema, input, (target) => {
      expect(targetKinds).toContain(target.kind);
      expectText(target.name, 1, 200);
      for (const code of [target.representedState, target.hostCountry]) if (code !== null) expect(code).toMatch(/^[A-Z]{2}$/);
      expect(target.addressLines.length).toBeLessThanOrEqual(8);
      for (const line of target.addressLines) expect(line.length > 0 && isTrimmed(line)).toBe(true);
      if (target.email !== null) expect(target.email.length).toBeLessThanOrEqual(254);
      if (target.xHandle !== null) expect(target.xHandle).toMatch(/^[A-Za-z0-9_]{1,15}$/);
      if (target.blueskyHandle !== null) expect(target.blueskyHandle).toBe(target.blueskyHandle.toLowerCase());
      if (target.website !== null) expect(new URL(target.website).protocol).toMatch(/^https?:$/);
      expect(Intl.getCanonicalLocales(target.language)[0]).toBe(target.language);
      expect(typeof target.isExample).toBe("boolean");
      expect([null, "ok", "failing"]).toContain(target.health_email);
    });
  });
});

describe("template form (saveTemplateAction)", () => {
  it("accepted templates are bounded, canonically tagged, and templateProblems never throws on them", () => {
    const input = form({
      campaignId: exact(uuid),
      kind: exact(enumValue(templateKinds)),
      language: exact(fc.constantFrom("en", "fr", "zh-hant", "??")),
      targetId: exact(uuid),
      subject: field(words),
      body: field(fc.oneof(words, words.map((w) => `Dear {target.name}, ${w} {unknown.thing}`))),
    });
    checkSchema(templateSchema, input, (template) => {
      expect(templateKinds).toContain(template.kind);
      expectText(template.body, 1, 20_000);
      expectText(template.subject, 0, 200);
      if (template.targetId !== null) expect(z.uuid().safeParse(template.targetId).success).toBe(true);
      for (const problem of templateProblems(template)) expect(["body", "subject", "targetId"]).toContain(problem.field);
      if (template.body.includes("{unknown.thing}")) expect(templateProblems(template).some((p) => p.key === "errors.unknownPlaceholder")).toBe(true);
    });
  });
});

describe("delivery forms (recordDeliveryAction, saveResponseFromList)", () => {
  it("deliveries are dated on a real day not after today, with a whole count", () => {
    const input = form({
      campaignId: exact(uuid),
      targetId: exact(uuid),
      deliveredOn: exact(isoDate),
      method: field(words),
      actionCount: exact(fc.nat().map(String)),
      response: field(words),
    });
    checkSchema(deliverySchema, input, (delivery) => {
      expect(isPastOrTodayDate(delivery.deliveredOn)).toBe(true);
      expect(delivery.deliveredOn <= new Date().toISOString().slice(0, 10)).toBe(true);
      expect(Number.isInteger(delivery.actionCount) && delivery.actionCount >= 0 && delivery.actionCount < 1e9).toBe(true);
      expectText(delivery.method, 1, 200);
      expectText(delivery.response, 0, 2000);
    });
    checkSchema(responseSchema, form({ campaignId: exact(uuid), deliveryId: exact(uuid), response: field(words) }), (saved) => {
      expectText(saved.response, 0, 2000);
    });
  });
});

describe("supporter form fields (signLetter, signOn)", () => {
  const supporterForm = z.object({
    campaign: slugField,
    idempotencyKey: idempotencyKeyField,
    name: nameField,
    email: emailField,
    country: countryField,
    city: optionalText(100),
    showName: checkboxField,
  });

  it("accepted signatures have a slug, a uuid key, a trimmed name and email, and a known country", () => {
    const input = form({
      campaign: exact(slug),
      idempotencyKey: exact(uuid),
      name: field(words),
      email: exact(email),
      country: exact(fc.constantFrom("GB", "fr", " de ", "XX", "")),
      city: field(words),
      showName: exact(fc.constantFrom("on", "off")),
    });
    checkSchema(supporterForm, input, (signature) => {
      expect(signature.campaign).toMatch(slugPattern);
      expect(z.uuid().safeParse(signature.idempotencyKey).success).toBe(true);
      expectText(signature.name, 1, 120);
      expectText(signature.email, 3, 254);
      expect(z.email().safeParse(signature.email).success).toBe(true);
      expect(knownCountry(signature.country)).toBe(signature.country);
      expectText(signature.city, 0, 100);
      expect(typeof signature.showName).toBe("boolean");
    });
  });

  it("a field posted twice (an array) is refused, never stringified", () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 2, maxLength: 3 }), (values) => {
        for (const schema of [nameField, emailField, slugField, countryField, optionalText(100)]) {
          expect(schema.safeParse(values).success).toBe(false);
        }
      }),
      { numRuns: runs },
    );
  });

  it("any single value parses without throwing", () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        for (const schema of [nameField, emailField, slugField, countryField, optionalText(1000), checkboxField, idempotencyKeyField]) {
          expectIssuesAreReported(schema.safeParse(value));
        }
      }),
      { numRuns: runs },
    );
  });
});
