/**
 * postgres.js 3.4.9 can throw from a setImmediate after the server dropped the
 * connection (nextWrite on a socket that is already null: porsager/postgres
 * #1154, #1208; fixes not released). Nothing can catch it, and the pool
 * reconnects by itself, so the worker logs it and goes on. Any other
 * uncaught error still ends the process.
 */
export function isPostgresWriteAfterClose(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  return /reading 'write'/.test(error.message) && /[\\/]postgres[\\/](cjs[\\/])?src[\\/]connection\.js/.test(error.stack ?? "");
}
