/** The JSON envelopes of the public read API: one object `{ data }`, or a page `{ data, meta, links }`. */
import { pageLinks, type PageLinks, type Paging } from "./http";

export interface ItemBody<T> {
  data: T;
}

export interface ListBody<T> {
  data: T[];
  meta: { page: number; perPage: number; total: number };
  links: PageLinks;
}

export function listBody<T>(origin: string, url: URL, paging: Paging, page: { items: T[]; total: number }): ListBody<T> {
  return {
    data: page.items,
    meta: { page: paging.page, perPage: paging.perPage, total: page.total },
    links: pageLinks(origin, url, paging, page.total),
  };
}
