import { describe, expect, it } from "vitest";
import { cacheStatusCounts } from "./nginx";

describe("cacheStatusCounts", () => {
  it("counts one path's requests by nginx's cache status (the inkwell_upstream log format)", () => {
    const lines = [
      '127.0.0.1 "GET /campaigns/a HTTP/1.1" 200 - - cache=HIT rt=0.001',
      '127.0.0.1 "GET /campaigns/a HTTP/1.1" 200 127.0.0.1:3191 200 cache=EXPIRED rt=0.060',
      '127.0.0.1 "GET /campaigns/a HTTP/1.1" 200 - - cache=HIT rt=0.001',
      '127.0.0.1 "GET /campaigns/ab HTTP/1.1" 200 - - cache=HIT rt=0.001',
      '127.0.0.1 "GET /account/deleted HTTP/1.1" 200 - - cache=HIT rt=0.001',
    ];
    expect(cacheStatusCounts(lines, "/campaigns/a")).toEqual({ HIT: 2, EXPIRED: 1 });
    expect(cacheStatusCounts([], "/campaigns/a")).toEqual({});
  });
});
