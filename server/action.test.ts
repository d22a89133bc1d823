import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The action builder's request: from SITE_URL's own origin (the default in tests), no session.
const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: site.origin, host: site.host }) }));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace?: string) => (key: string) => `${namespace}.${key}` }));
vi.mock("@/server/viewer", () => ({ getViewer: async () => null }));

const { publicAction } = await import("./action");
const { Refused } = await import("@/lib/refusal");

describe("publicAction", () => {
  const run = vi.fn(async () => ({ ok: true }));
  const action = publicAction({ schema: z.object({ name: z.string() }), echo: ["name"], run });

  it("runs with a FormData", async () => {
    const form = new FormData();
    form.set("name", "Robin");
    expect(await action({ ok: true }, form)).toEqual({ ok: true });
    expect(run).toHaveBeenCalledOnce();
  });

  it("answers a crafted call whose argument is not a FormData with a message, never a thrown error (a 500)", async () => {
    run.mockClear();
    for (const argument of [null, undefined, "name=Robin", 42, {}, [], { get: () => "x" }, new URLSearchParams("name=Robin")]) {
      const state = await action({ ok: true }, argument as unknown as FormData);
      expect(state, String(argument)).toEqual({ ok: false, message: "Actions.notAForm" });
    }
    expect(run).not.toHaveBeenCalled();
  });
});

describe("a Refused thrown while running", () => {
  it("is answered as a refusal worded per reason, never as an unexpected error", async () => {
    for (const reason of ["forbidden", "notFound", "notAllowed"] as const) {
      const action = publicAction({
        schema: z.object({}),
        run: async () => {
          throw new Refused(reason);
        },
      });
      expect(await action({ ok: true }, new FormData())).toEqual({ ok: false, message: `Actions.${reason}` });
    }
  });
});
