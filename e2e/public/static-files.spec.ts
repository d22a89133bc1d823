/** Files served from public/: robots.txt and the favicons, to anyone, through proxy.ts's Host check. */
import { expect, test } from "../fixtures";

test("robots.txt and the favicons are served from public/", async ({ request }) => {
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await robots.text();
  for (const area of ["/organise", "/admin", "/account", "/confirm", "/unsubscribe", "/dev", "/api"]) {
    expect(text).toMatch(new RegExp(`^Disallow: ${area}$`, "m"));
  }
  expect(text).toMatch(/^Allow: \/$/m);

  const ico = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  const touch = await request.get("/apple-touch-icon.png", { maxRedirects: 0 });
  expect(touch.status()).toBe(200);
  expect(touch.headers()["content-type"]).toBe("image/png");

  const svg = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(svg.status()).toBe(200);
});

test("the pages point browsers at the icon", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute("href", /\/icon\.svg/);
});
