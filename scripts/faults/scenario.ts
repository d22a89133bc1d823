/**
 * One scenario: signing load through the real letter action while a fault
 * happens, then recovery (failed requests retried with their idempotency
 * key), then the invariants against the database and the SMTP sink.
 */
import { randomUUID } from "node:crypto";
import type { SinkMail } from "../../test/smtp-sink";
import { counterMismatches, emailHash, makeQueuedMailDue, outboxFacts, rowFacts } from "./checks";
import { actionFieldsOfForm, confirmationToken } from "./forms";
import { getPage, postForm, type Answer } from "./http";
import { percentile, type Sent } from "./load";
import type { ScenarioFigures } from "./report";
import type { World } from "./world";

export interface Signer {
  email: string;
  key: string;
  name: string;
}

export interface SignerRecord {
  signer: Signer;
  first: Answer;
  retries: Answer[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const requestTimeoutMs = 20_000;

/** Fresh supporters: distinct addresses (so distinct rows) and keys, tagged by run and scenario. */
export function signerFactory(runId: string, scenario: string): () => Signer {
  const tag = scenario.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  let n = 0;
  return () => {
    n++;
    return { email: `f${runId}-${tag}-${n}@faults.example.org`, key: randomUUID(), name: `Fault ${scenario} ${n}` };
  };
}

/** Posts the letter form as a browser without JavaScript would, and retries through confirmations. */
export class Clients {
  private letterFields: [string, string][] | undefined;
  private confirmFields: [string, string][] | undefined;
  /** address -> confirmation tokens seen at the sink, in order. */
  readonly tokens = new Map<string, string[]>();
  /** address -> whether its confirmation POST was answered with success. */
  readonly confirmed = new Map<string, boolean>();
  private confirmQueue: string[] = [];
  private confirming: Promise<void> | undefined;

  constructor(private readonly world: World) {}

  async prepare(): Promise<void> {
    const slug = this.world.campaign.slug;
    this.letterFields = actionFieldsOfForm(await getPage(this.world.base, `/campaigns/${slug}/letter`), "idempotencyKey");
  }

  sign(signer: Signer): Promise<Answer> {
    if (!this.letterFields) throw new Error("Clients.prepare() first");
    const slug = this.world.campaign.slug;
    return postForm({
      base: this.world.base,
      path: `/campaigns/${slug}/letter`,
      fields: [
        ...this.letterFields,
        ["campaign", slug],
        ["idempotencyKey", signer.key],
        ["name", signer.name],
        ["email", signer.email],
        ["country", "FR"],
        ["city", ""],
        ["personalText", ""],
        ["website", ""],
      ],
      successPath: new RegExp(`/campaigns/${slug}/letter/sent$`),
      timeoutMs: requestTimeoutMs,
    });
  }

  /** Called for every mail at the sink: confirmation links are clicked (POSTed) in the background, as supporters do. */
  onMail(mail: SinkMail): void {
    const token = confirmationToken(mail.text);
    const address = mail.to[0];
    if (!token || !address) return;
    this.tokens.set(address, [...(this.tokens.get(address) ?? []), token]);
    this.confirmQueue.push(address);
    this.confirming ??= this.drainConfirmations().finally(() => (this.confirming = undefined));
  }

  private async drainConfirmations(): Promise<void> {
    for (let address = this.confirmQueue.shift(); address; address = this.confirmQueue.shift()) {
      const answer = await this.confirm(address);
      if (answer.outcome.kind !== "ok") await sleep(200);
    }
  }

  async confirm(address: string): Promise<Answer> {
    const token = this.tokens.get(address)?.at(-1);
    if (!token) throw new Error(`no confirmation mail for ${address}`);
    try {
      this.confirmFields ??= actionFieldsOfForm(await getPage(this.world.base, `/confirm/${token}`), "token");
    } catch (error) {
      // The page could not be read (server down): a failed click, tried again later.
      if (!this.confirmed.get(address)) this.confirmed.set(address, false);
      return { outcome: { kind: "network", detail: (error as Error).message }, ms: 0 };
    }
    const answer = await postForm({
      base: this.world.base,
      path: `/confirm/${token}`,
      fields: [...this.confirmFields, ["token", token]],
      successPath: new RegExp(`/campaigns/${this.world.campaign.slug}/thanks\\?kind=letter$`),
      timeoutMs: requestTimeoutMs,
    });
    if (answer.outcome.kind === "ok") this.confirmed.set(address, true);
    else if (!this.confirmed.get(address)) this.confirmed.set(address, false);
    return answer;
  }

  /** Confirmation POSTs that failed during the fault are sent again (the supporter clicks again). */
  async retryFailedConfirmations(addresses: string[]): Promise<void> {
    await this.confirming;
    for (let round = 0; round < 3; round++) {
      const failed = addresses.filter((a) => this.tokens.has(a) && !this.confirmed.get(a));
      if (failed.length === 0) return;
      for (const address of failed) await this.confirm(address);
    }
  }
}

/** Failed first attempts are sent again with the same key and fields, as the form does on resubmit; up to 3 rounds. */
export async function retryFailures(clients: Clients, records: SignerRecord[]): Promise<void> {
  let waitMs = 0;
  for (let round = 0; round < 3; round++) {
    const failed = records.filter((r) => r.first.outcome.kind !== "ok" && !r.retries.some((a) => a.outcome.kind === "ok"));
    if (failed.length === 0) return;
    await sleep(waitMs);
    waitMs = 1_000;
    for (const record of failed) {
      const answer = await clients.sign(record.signer);
      record.retries.push(answer);
      // A 503 says when to come back: the whole round waits that long.
      if (answer.outcome.kind === "unavailable") waitMs = Math.max(waitMs, Number(answer.outcome.retryAfter ?? 1) * 1000);
    }
  }
}

/** A few successful requests sent again with their key (a double click, a proxy retry): nothing new may appear. */
export async function repeatSomeSuccesses(clients: Clients, records: SignerRecord[], count: number): Promise<void> {
  const done = records.filter((r) => r.first.outcome.kind === "ok").slice(0, count);
  for (const record of done) record.retries.push(await clients.sign(record.signer));
}

export function toRecords(sent: Sent<Signer>[]): SignerRecord[] {
  return sent.map((s) => ({ signer: s.item, first: s.answer, retries: [] }));
}

const succeeded = (r: SignerRecord) => r.first.outcome.kind === "ok" || r.retries.some((a) => a.outcome.kind === "ok");

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(500);
  }
}

export interface CheckOptions {
  name: string;
  notes: string[];
  /** Whether 503s are acceptable here (the overload scenario); elsewhere they are counted all the same. */
  mailWaitMs?: number;
}

/**
 * Retries, mail and confirmations done, reads the database and the sink and
 * returns the figures with every violated invariant spelled out.
 */
export async function checkInvariants(world: World, clients: Clients, records: SignerRecord[], options: CheckOptions): Promise<ScenarioFigures> {
  const violations: string[] = [];
  const addresses = records.map((r) => r.signer.email);
  const hashOf = (r: SignerRecord) => emailHash(world.hashKey, r.signer.email);
  const facts = await rowFacts(world.sql, world.campaign.id, records.map(hashOf), records.map((r) => r.signer.key));

  let rowsFound = 0;
  let duplicates = 0;
  let successesWithoutRow = 0;
  const withRow: string[] = [];
  for (const record of records) {
    const rows = facts.rowsByHash.get(hashOf(record))?.rows ?? 0;
    const keyRows = facts.rowsByKey.get(record.signer.key) ?? 0;
    if (rows > 0) {
      rowsFound++;
      withRow.push(record.signer.email);
    }
    if (rows > 1 || keyRows > 1) duplicates++;
    if (succeeded(record) && rows !== 1) {
      successesWithoutRow++;
      if (successesWithoutRow <= 5) violations.push(`${record.signer.email}: success answer (${describe(record)}) but ${rows} row(s)`);
    }
    if (!succeeded(record)) violations.push(`${record.signer.email}: no success answer even after recovery (${describe(record)})`);
  }
  if (duplicates) violations.push(`${duplicates} supporter(s) with more than one row`);
  if (successesWithoutRow) violations.push(`${successesWithoutRow} success answer(s) without exactly one row`);

  // Mail: the operator's "retry now" after an outage, then every row's confirmation must arrive exactly once.
  await makeQueuedMailDue(world.sql, withRow);
  const outbox = await waitFor(
    () => outboxFacts(world.sql, withRow),
    (o) => withRow.every((a) => (o.byAddress.get(a)?.sent ?? 0) >= 1),
    // One sender sends about 25 mails a second to the sink (4 at a time, ~150 ms each): a faster machine measures a higher
    // capacity, offers more in the overload scenario, and needs longer to drain the queue.
    options.mailWaitMs ?? Math.max(60_000, withRow.length * 150),
  );
  await sleep(500); // the last sends reach the sink's data handler
  const received = new Map<string, number>();
  for (const mail of world.smtp.messages) for (const to of mail.to) received.set(to, (received.get(to) ?? 0) + 1);
  let mailsSent = 0;
  let mailDuplicates = 0;
  for (const address of withRow) {
    const queued = outbox.byAddress.get(address);
    const got = received.get(address) ?? 0;
    if ((queued?.rows ?? 0) !== 1) violations.push(`${address}: ${queued?.rows ?? 0} outbox rows (expected 1)`);
    if (got >= 1) mailsSent++;
    if (got > 1) mailDuplicates++;
    if (got === 0) violations.push(`${address}: confirmation mail never arrived (outbox: ${queued?.detail ?? "none"})`);
  }
  if (mailDuplicates) violations.push(`${mailDuplicates} address(es) received their confirmation more than once`);
  const strays = addresses.filter((a) => !withRow.includes(a) && (received.get(a) ?? 0) > 0);
  if (strays.length) violations.push(`${strays.length} mail(s) to supporters without a row`);

  // Confirmations and counters.
  await clients.retryFailedConfirmations(withRow);
  const confirmedFacts = await rowFacts(world.sql, world.campaign.id, records.map(hashOf), []);
  let confirmations = 0;
  for (const record of records) {
    const row = confirmedFacts.rowsByHash.get(hashOf(record));
    if (clients.confirmed.get(record.signer.email)) {
      confirmations++;
      if (row?.confirmed !== 1) violations.push(`${record.signer.email}: confirmation answered with success but the row is not confirmed`);
    } else if (row) {
      violations.push(`${record.signer.email}: never confirmed even after recovery`);
    }
  }
  const mismatches = await waitFor(() => counterMismatches(world.sql), (m) => m.length === 0, 20_000);
  for (const m of mismatches.slice(0, 5)) violations.push(`counter ${m.kind}/${m.country} of ${m.campaignId}: ${m.counted} counted, ${m.actual} confirmed`);

  const answers = records.flatMap((r) => [r.first, ...r.retries]);
  const latencies = records.map((r) => r.first.ms);
  const unavailable = answers.filter((a) => a.outcome.kind === "unavailable");
  const withoutRetryAfter = unavailable.filter((a) => a.outcome.kind === "unavailable" && !a.outcome.retryAfter).length;
  if (withoutRetryAfter) violations.push(`${withoutRetryAfter} 503 answer(s) without Retry-After`);
  const serverErrors = answers.filter((a) => a.outcome.kind === "error");
  const failedFirst = records.filter((r) => r.first.outcome.kind !== "ok");
  return {
    name: options.name,
    requests: records.length,
    successes: records.filter(succeeded).length,
    failedFirst: failedFirst.length,
    recoveredByRetry: failedFirst.filter(succeeded).length,
    rowsFound,
    duplicates,
    successesWithoutRow,
    mailsExpected: withRow.length,
    mailsSent,
    mailDuplicates,
    confirmations,
    counterMismatches: mismatches.length,
    unavailable503: unavailable.length,
    unavailableWithoutRetryAfter: withoutRetryAfter,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(0, ...latencies),
    notes: [...options.notes, ...failureBreakdown(failedFirst), ...(serverErrors.length ? [`${serverErrors.length} answer(s) with a 5xx other than 503`] : [])],
    violations,
  };
}

function describe(record: SignerRecord): string {
  return [record.first, ...record.retries].map((a) => outcomeLabel(a)).join(" -> ");
}

export function outcomeLabel(answer: Answer): string {
  const o = answer.outcome;
  switch (o.kind) {
    case "ok":
      return "ok";
    case "refused":
      return `refused (${o.status}: ${o.detail})`;
    case "unavailable":
      return `503 (Retry-After ${o.retryAfter ?? "missing"})`;
    case "error":
      return `HTTP ${o.status}`;
    case "timeout":
      return "timeout";
    case "network":
      return `network (${o.detail})`;
  }
}

/** "12 x network (ECONNREFUSED), 3 x timeout" for the first attempts that failed. */
function failureBreakdown(failed: SignerRecord[]): string[] {
  if (failed.length === 0) return [];
  const counts = new Map<string, number>();
  for (const r of failed) counts.set(outcomeLabel(r.first), (counts.get(outcomeLabel(r.first)) ?? 0) + 1);
  return [`first attempts that failed: ${[...counts].map(([label, n]) => `${n} x ${label}`).join(", ")}`];
}
