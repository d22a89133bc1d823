/**
 * Supporters' cities and personal texts are sealed at rest (lib/crypto, docs/reliability.md
 * "What is stored in clear, and why"), so specs cannot compare them in SQL: these open them
 * with the test key the server also gets, and find rows by what a supporter typed.
 */
import { decryptOptional } from "../lib/crypto";
import { e2eSql } from "./auth";

export { decryptOptional as openSealed };

/** Ids of the actions whose sealed personal text reads exactly `text`, oldest first. */
export async function actionIdsWithText(text: string): Promise<number[]> {
  const rows = await e2eSql()<{ id: number; sealed: string }[]>`
    select id::int as id, personal_text_ciphertext as sealed from actions
    where personal_text_ciphertext is not null order by id`;
  return rows.filter((row) => decryptOptional(row.sealed) === text).map((row) => row.id);
}

/** Ids of the actions whose sealed city reads exactly `city`, oldest first. */
export async function actionIdsWithCity(city: string): Promise<number[]> {
  const rows = await e2eSql()<{ id: number; sealed: string }[]>`
    select id::int as id, city_ciphertext as sealed from actions where city_ciphertext is not null order by id`;
  return rows.filter((row) => decryptOptional(row.sealed) === city).map((row) => row.id);
}
