import { randomBytes } from "node:crypto";

/**
 * The multipart body a browser sends when a form with useActionState calls
 * its server action with JavaScript on: React's encodeReply of
 * [previousState, formData]. The form's fields travel as "_1_<name>" and part
 * "0" is the argument list, where "$K1" stands for that FormData.
 */
export function actionRequestBody(
  fields: Record<string, string>,
  previousState: unknown = { ok: false },
): { body: string; contentType: string } {
  const boundary = `----inkwellbench${randomBytes(8).toString("hex")}`;
  const parts = Object.entries(fields).map(([name, value]) => part(boundary, `_1_${name}`, value));
  parts.push(part(boundary, "0", JSON.stringify([previousState, "$K1"])));
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

function part(boundary: string, name: string, value: string): string {
  return `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

/**
 * The id Next gave a server action, from <distDir>/server/server-reference-manifest.json:
 * the entry whose exported name is `exportedName` in a module whose path contains `fileHint`.
 */
export function findActionId(manifest: unknown, fileHint: string, exportedName: string): string {
  const entries = (manifest as { node?: Record<string, { exportedName?: string; filename?: string }> }).node ?? {};
  const matches = Object.entries(entries).filter(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? "").includes(fileHint),
  );
  if (matches.length !== 1) throw new Error(`expected one action ${exportedName} in ${fileHint}, found ${matches.length}`);
  return matches[0]![0];
}
