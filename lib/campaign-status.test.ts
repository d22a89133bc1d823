import { describe, expect, it } from "vitest";
import { campaignStatuses } from "@/db/schema/enums";
import { allowedTransitions, movePermission, statusActionGate, statusMove, type CampaignStatus } from "./campaign-status";
import { can, type Role } from "./permissions";

const roles: Role[] = ["supporter", "organiser", "admin"];

/** Every move the lifecycle has, and the permission it needs; every other pair is no move at all. */
const expected: Record<string, "submit" | "publish" | "edit"> = {
  "draft->in_review": "submit",
  "in_review->published": "publish",
  "in_review->draft": "edit",
  "published->paused": "edit",
  "published->closed": "edit",
  "published->won": "edit",
  "paused->published": "edit",
  "paused->closed": "edit",
  "paused->won": "edit",
};

/** Who may make each move from the lifecycle buttons (on their own campaigns; admins on any, by scope). */
const whoMay: Record<string, Role[]> = {
  "draft->in_review": ["organiser", "admin"],
  "in_review->published": [], // the moderation decision only
  "in_review->draft": ["organiser", "admin"],
  "published->paused": ["organiser", "admin"],
  "published->closed": ["organiser", "admin"],
  "published->won": ["organiser", "admin"],
  "paused->published": ["organiser", "admin"],
  "paused->closed": ["organiser", "admin"],
  "paused->won": ["organiser", "admin"],
};

const pairs = campaignStatuses.flatMap((from) => campaignStatuses.map((to) => [from, to] as [CampaignStatus, CampaignStatus]));

describe("campaign status rule", () => {
  it.each(pairs)("%s -> %s needs the listed permission through the moderation door, or is no move", (from, to) => {
    expect(statusMove(from, to, { moderationDecision: true })).toBe(expected[`${from}->${to}`] ?? null);
  });

  it.each(pairs)("%s -> %s from the lifecycle buttons: only the listed roles", (from, to) => {
    const move = statusMove(from, to);
    for (const role of roles) {
      const allowed = move !== null && can({ role }, movePermission(move));
      expect(allowed, `${role}: ${from} -> ${to}`).toBe((whoMay[`${from}->${to}`] ?? []).includes(role));
      expect(allowedTransitions({ role }, from).includes(to), `${role} buttons: ${from} -> ${to}`).toBe(allowed);
    }
  });

  it("publishes a campaign in review only by a moderation decision, and only an admin's role holds that permission", () => {
    expect(statusMove("in_review", "published")).toBeNull();
    expect(statusMove("in_review", "published", { moderationDecision: true })).toBe("publish");
    expect(roles.filter((role) => can({ role }, movePermission("publish")))).toEqual(["admin"]);
  });

  it("ends at closed and won", () => {
    for (const end of ["closed", "won"] as const) {
      for (const to of campaignStatuses) expect(statusMove(end, to, { moderationDecision: true })).toBeNull();
    }
  });
});

describe("the status action's gate", () => {
  it("is held by every role that may make some move, and by no other", () => {
    const moves = ["submit", "publish", "edit"] as const;
    for (const role of roles) {
      const viewer = { id: "v", role };
      const mayMove = moves.some((move) => can(viewer, movePermission(move)));
      expect(can(viewer, statusActionGate), role).toBe(mayMove);
    }
  });
});
