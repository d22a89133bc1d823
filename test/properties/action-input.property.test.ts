/**
 * The action builder's formDataToObject, which turns every posted form into
 * the object the schemas parse: for any list of fields, nothing is lost,
 * reordered or invented, and Next's own $ACTION fields and files never reach a schema.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { formDataToObject } from "@/server/action";
import { hostileString, runs } from "./arbitraries";

// server/action.ts reaches Auth.js through the viewer; this pure helper needs none of it.
vi.mock("@/server/viewer", () => ({ getViewer: async () => null }));

const name = fc.oneof(fc.constantFrom("name", "email", "targetKinds", "$ACTION_ID_abc", "$ACTION_REF_1", "__proto__", "constructor"), fc.string({ maxLength: 8 }));
const entry = fc.tuple(name, fc.oneof({ weight: 5, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constant(null) }));

describe("formDataToObject", () => {
  it("keeps every string field in order, makes repeated keys arrays, and drops $ACTION fields and files", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const formData = new FormData();
        for (const [key, value] of entries) {
          if (value === null) formData.append(key, new Blob(["file"]), "upload.txt");
          else formData.append(key, value);
        }
        const object = formDataToObject(formData);
        const expected = new Map<string, string[]>();
        for (const [key, value] of entries) {
          if (value === null || key.startsWith("$ACTION")) continue;
          // FormData holds USVStrings: a lone surrogate arrives as U+FFFD, as it would from a browser.
          expected.set(key, [...(expected.get(key) ?? []), value.toWellFormed()]);
        }
        expect(Object.keys(object).sort()).toEqual([...expected.keys()].sort());
        for (const [key, values] of expected) {
          const actual = Object.getOwnPropertyDescriptor(object, key)?.value;
          expect(actual).toEqual(values.length === 1 ? values[0] : values);
        }
      }),
      { numRuns: runs },
    );
  });
});
