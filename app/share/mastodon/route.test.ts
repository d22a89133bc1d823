import { describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const { GET } = await import("./route");

async function share(server: string, text = "Free them") {
  const url = new URL("http://localhost:3000/share/mastodon");
  url.searchParams.set("server", server);
  url.searchParams.set("text", text);
  return GET(new Request(url));
}

describe("GET /share/mastodon", () => {
  it("redirects to the chosen server's own /share page, with the text as the only parameter", async () => {
    const response = await share("@me@mastodon.social", "Free them ?&/#");
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe("https://mastodon.social");
    expect(location.pathname).toBe("/share");
    expect(location.searchParams.get("text")).toBe("Free them ?&/#");
  });

  it("keeps only the host of a pasted address: the path is always /share", async () => {
    const location = new URL((await share("evil.com/@x")).headers.get("location")!);
    expect(location.href).toBe("https://evil.com/share?text=Free+them");
  });

  it("answers 400 and redirects nowhere for hostile input", async () => {
    for (const server of ["//evil.com", "a@b", "javascript:alert(1)", "\\\\evil.com", "evil.com\\@good.social", "\uff45vil.com", "good.social@evil.com", "127.0.0.1", "localhost:3000", ""]) {
      const response = await share(server);
      expect(response.status, server).toBe(400);
      expect(response.headers.get("location"), server).toBeNull();
    }
  });
});
