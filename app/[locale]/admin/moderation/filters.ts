import { z } from "zod";
import { queueItemTypes, queueSorts, queueTabs, type ModerationSubject, type QueueQuery } from "@/db/queries/moderation-queue";
import { moderationSubjects } from "@/db/schema/enums";

type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const schema = z.object({
  tab: z.preprocess(firstValue, z.enum(queueTabs)).catch("all"),
  type: z.preprocess(firstValue, z.enum(queueItemTypes).nullable().default(null)).catch(null),
  sort: z.preprocess(firstValue, z.enum(queueSorts)).catch("oldest"),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

/** The queue view from the address; unknown or malformed values fall back to the defaults, so a bad link still shows the queue. */
export function parseQueueSearch(searchParams: SearchParams): QueueQuery {
  return schema.parse(searchParams);
}

/** The queue address for a view; defaults are left out so links stay short. */
export function queueHref(query: Partial<QueueQuery>): string {
  const params = new URLSearchParams();
  if (query.tab && query.tab !== "all") params.set("tab", query.tab);
  if (query.type) params.set("type", query.type);
  if (query.sort && query.sort !== "oldest") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/admin/moderation?${search}` : "/admin/moderation";
}

/** A subject as it travels in forms and addresses: "action:123", "campaign:<uuid>". */
export function subjectKey(subject: ModerationSubject): string {
  return `${subject.type}:${subject.id}`;
}

export function parseSubjectKey(key: string): ModerationSubject | null {
  const at = key.indexOf(":");
  if (at < 0) return null;
  const type = key.slice(0, at);
  const id = key.slice(at + 1);
  if (!(moderationSubjects as readonly string[]).includes(type) || !id) return null;
  return { type: type as ModerationSubject["type"], id };
}

export function itemHref(subject: ModerationSubject): string {
  return `/admin/moderation/${subject.type}/${encodeURIComponent(subject.id)}`;
}
