/**
 * Reads rows in id order, one batch at a time (keyset pagination: each read
 * starts after the last id of the one before), and asks for batch n+1 before
 * handing out batch n. The database then reads the next rows while the caller
 * decrypts and writes the current ones, and at most two batches are held.
 *
 * `read(after, limit, skip)` returns up to `limit` rows with id > after,
 * skipping `skip` of them first (only the first read skips: a window's start).
 * A bigint id may come as a string (postgres.js reads int8 so).
 */
export async function* keysetBatches<Row extends { id: number | string }, Out>(
  read: (after: number, limit: number, skip: number) => Promise<Row[]>,
  map: (rows: Row[]) => Out[],
  { batchSize, skip = 0, take = Number.POSITIVE_INFINITY }: { batchSize: number; skip?: number; take?: number },
): AsyncGenerator<Out[]> {
  let remaining = take;
  const ask = (after: number, skipRows: number) => {
    const limit = Math.min(batchSize, remaining);
    const rows = read(after, limit, skipRows);
    // A read still in flight when the consumer stops (a cancelled download) must not become an
    // unhandled rejection; awaiting `rows` below still sees its failure.
    rows.catch(() => undefined);
    return { limit, rows };
  };
  let pending = remaining > 0 ? ask(0, skip) : null;
  while (pending) {
    const rows = await pending.rows;
    remaining -= rows.length;
    pending = rows.length === pending.limit && remaining > 0 ? ask(Number(rows[rows.length - 1]!.id), 0) : null;
    if (rows.length > 0) yield map(rows);
  }
}
