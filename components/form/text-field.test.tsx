import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { inputDirection, TextField } from "./text-field";
import { TextArea } from "./text-area";

describe("inputDirection", () => {
  it("writes addresses, URLs and phone numbers left to right, free text in the direction of its first letter", () => {
    expect(inputDirection("email", undefined)).toBe("ltr");
    expect(inputDirection("url", undefined)).toBe("ltr");
    expect(inputDirection("tel", undefined)).toBe("ltr");
    expect(inputDirection("text", "url")).toBe("ltr");
    expect(inputDirection(undefined, undefined)).toBe("auto");
    expect(inputDirection("text", undefined)).toBe("auto");
    expect(inputDirection("search", "search")).toBe("auto");
    expect(inputDirection("number", "numeric")).toBeUndefined();
    expect(inputDirection("date", undefined)).toBeUndefined();
  });
});

describe("TextField and TextArea", () => {
  it("set dir on what is typed, unless the caller does", () => {
    expect(renderToStaticMarkup(<TextField name="name" label="Name" />)).toContain('dir="auto"');
    expect(renderToStaticMarkup(<TextField name="email" type="email" label="Email" />)).toContain('dir="ltr"');
    expect(renderToStaticMarkup(<TextField name="code" label="Code" dir="ltr" />)).toContain('dir="ltr"');
    expect(renderToStaticMarkup(<TextArea name="message" label="Message" />)).toContain('dir="auto"');
  });
});
