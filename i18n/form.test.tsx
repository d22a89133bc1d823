import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

const path = vi.hoisted(() => ({ current: "/" }));
vi.mock("next/navigation", () => ({ usePathname: () => path.current }));

const { default: Form } = await import("./form");

describe("Form", () => {
  beforeEach(() => {
    path.current = "/";
  });

  it("submits a GET form to the page in the current page's language", () => {
    path.current = "/fr/campaigns";
    expect(renderToStaticMarkup(<Form action="/campaigns" method="get" />)).toBe('<form action="/fr/campaigns" method="get"></form>');
    path.current = "/ar/admin/users";
    expect(renderToStaticMarkup(<Form action="/admin/users?q=1" method="get" />)).toBe('<form action="/ar/admin/users?q=1" method="get"></form>');
  });

  it("leaves English pages unprefixed and corrects a path written with another prefix", () => {
    expect(renderToStaticMarkup(<Form action="/defenders" method="get" />)).toBe('<form action="/defenders" method="get"></form>');
    path.current = "/zh/defenders";
    expect(renderToStaticMarkup(<Form action="/fr/defenders" method="get" />)).toBe('<form action="/zh/defenders" method="get"></form>');
  });

  it("does not touch non-page paths or other hosts", () => {
    path.current = "/es/campaigns/x";
    expect(renderToStaticMarkup(<Form action="/share/mastodon" method="get" />)).toBe('<form action="/share/mastodon" method="get"></form>');
    expect(renderToStaticMarkup(<Form action="https://example.org/search" />)).toBe('<form action="https://example.org/search"></form>');
  });
});
