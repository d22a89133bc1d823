import { describe, expect, it } from "vitest";
import { languageTags, locales, textDirection } from "@/i18n/config";
import { metrics } from "@/lib/metrics";
import arOverload from "@/messages/ar/Overload.json";
import { actionLimit, admitted, isDatabaseUnreachable, noteDatabaseUnreachable, retryAfterSeconds, serviceUnavailable, shedReason } from "./admission";

function deferred() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe("shedReason", () => {
  it("lets posts in until `limit` actions are running, and again once one ends", async () => {
    const now = Date.now() + 60_000; // past any database window another test left
    const gates = [deferred(), deferred()];
    const running = gates.map((gate) => admitted(() => gate.promise));
    expect(shedReason(now, 3)).toBeNull();
    const third = deferred();
    const thirdRun = admitted(() => third.promise);
    expect(shedReason(now, 3)).toBe("busy");
    gates[0]?.release();
    await running[0];
    expect(shedReason(now, 3)).toBeNull();
    third.release();
    gates[1]?.release();
    await Promise.all([thirdRun, running[1]]);
  });

  it("counts an action that throws as finished", async () => {
    const now = Date.now() + 60_000;
    await expect(admitted(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    const gate = deferred();
    const run = admitted(() => gate.promise);
    expect(shedReason(now, 1)).toBe("busy");
    expect(shedReason(now, 2)).toBeNull();
    gate.release();
    await run;
  });

  it("sheds for Retry-After seconds after the database was found unreachable, then tries again", () => {
    const now = Date.now() + 120_000;
    noteDatabaseUnreachable(now);
    expect(shedReason(now + 10, 100)).toBe("database");
    expect(shedReason(now + retryAfterSeconds * 1000 - 1, 100)).toBe("database");
    expect(shedReason(now + retryAfterSeconds * 1000, 100)).toBeNull();
  });

  it("allows two actions per pooled connection by default", () => {
    expect(actionLimit()).toBe(20);
  });
});

describe("isDatabaseUnreachable", () => {
  it("recognises driver and server errors, also wrapped as a query error's cause", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    const startingUp = Object.assign(new Error("the database system is starting up"), { code: "57P03" });
    expect(isDatabaseUnreachable(refused)).toBe(true);
    expect(isDatabaseUnreachable(new Error("Failed query: select 1", { cause: shutdown }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("Failed query", { cause: new Error("wrapped", { cause: startingUp }) }))).toBe(true);
  });

  it("leaves other failures alone: a constraint violation or a bug is not an outage", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnreachable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnreachable("ECONNREFUSED")).toBe(false);
    expect(isDatabaseUnreachable(undefined)).toBe(false);
  });
});

describe("serviceUnavailable", () => {
  it("answers 503 with Retry-After, uncached, saying nothing was saved", async () => {
    const response = serviceUnavailable("en");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(retryAfterSeconds));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toMatch(/nothing was saved/i);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it("speaks the language of the page the post came from: Arabic right to left, in the ar catalogue's words", async () => {
    const html = await serviceUnavailable("ar").text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`<h1>${arOverload.title}</h1>`);
    expect(html).toContain(`<p>${arOverload.body}</p>`);
    expect(html).not.toMatch(/<script|https?:\/\//);
    for (const locale of locales) {
      expect(await serviceUnavailable(locale).text()).toContain(`lang="${languageTags[locale]}" dir="${textDirection(locale)}"`);
    }
  });
});

describe("inkwell_posts_shed_total", () => {
  it("counts every shed post under the reason shedding gives at that moment", async () => {
    const shed = async (reason: string) => (await metrics().postsShed.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;
    const before = await shed("database");
    noteDatabaseUnreachable();
    serviceUnavailable("en");
    serviceUnavailable("fr");
    noteDatabaseUnreachable(Date.now() - 60_000);
    expect(await shed("database")).toBe(before + 2);
  });
});
