import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "./data-table";

const render = (node: React.ReactElement) => renderToStaticMarkup(node);

describe("DataTable", () => {
  it("renders the markup the admin and organiser tables had: a relative scroll box, scoped column headers, sr-only action headers, end-aligned figures", () => {
    const html = render(
      <DataTable columns={[{ label: "Entry" }, { label: "Count", numeric: true }, { label: "Remove", hidden: true }]} className="mt-4">
        <tr>
          <th scope="row">a</th>
          <td>1</td>
          <td>x</td>
        </tr>
      </DataTable>,
    );
    expect(html).toBe(
      '<div class="relative overflow-x-auto mt-4"><table class="w-full border-collapse text-start"><thead><tr class="border-b border-line">' +
        '<th scope="col" class="py-2 pe-4">Entry</th><th scope="col" class="py-2 pe-4 text-end">Count</th>' +
        '<th scope="col" class="py-2"><span class="sr-only">Remove</span></th></tr></thead>' +
        '<tbody><tr><th scope="row">a</th><td>1</td><td>x</td></tr></tbody></table></div>',
    );
  });

  it("names the table with a visually hidden caption, in small text and compact cells when asked", () => {
    const html = render(
      <DataTable columns={[{ label: "Kind" }, { label: "Confirmed", numeric: true }]} caption="Actions by kind" size="sm" density="compact">
        <tr />
      </DataTable>,
    );
    expect(html).toContain('<table class="w-full border-collapse text-start text-sm"><caption class="sr-only">Actions by kind</caption>');
    expect(html).toContain('<th scope="col" class="py-1 pe-3">Kind</th><th scope="col" class="py-1 text-end">Confirmed</th>');
    expect(html.startsWith('<div class="relative overflow-x-auto">')).toBe(true);
  });
});
