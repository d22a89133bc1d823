import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { env } from "@/lib/env";

/**
 * Structured logs (ADR 0032): one JSON object per line on stdout, or
 * human-readable through pino-pretty in development. LOG_LEVEL sets the level.
 *
 * What we log is chosen field by field: the request line (lib/request-observer.ts)
 * carries a request id, method, route label, status and duration, never a URL,
 * query string, header, cookie, body, address, name or email. The redaction
 * below is the second line: should a caller pass an object holding one of
 * these keys, the key is dropped from the line.
 */
export const redactedKeys = [
  "email",
  "to",
  "toAddress",
  "name",
  "ip",
  "ipHash",
  "token",
  "authorization",
  "cookie",
  "cookies",
  "headers",
  "url",
  "query",
  "search",
  "body",
  "password",
  "secret",
];

const redactPaths = redactedKeys.flatMap((key) => [key, `*.${key}`]);

export interface LoggerSettings {
  level: LoggerOptions["level"];
  /** pino-pretty instead of JSON (development). */
  pretty?: boolean;
  /** Where lines go; stdout when absent (tests pass a capturing stream). */
  destination?: DestinationStream;
}

export function createLogger({ level, pretty = false, destination }: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level,
    base: { pid: process.pid },
    redact: { paths: redactPaths, remove: true },
    // The error's message and stack, never whatever else a driver hung on it (queries with parameters).
    serializers: { err: (error: unknown) => (error instanceof Error ? { type: error.name, message: error.message, stack: error.stack } : { message: String(error) }) },
  };
  if (destination) return pino(options, destination);
  if (pretty) {
    try {
      return pino(options, pino.transport({ target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" } }));
    } catch {
      // pino-pretty is a development dependency: without it, JSON.
    }
  }
  return pino(options);
}

// One logger per process, whichever bundle asks first (Next evaluates lib/ in several chunks).
const key = Symbol.for("inkwell.logger");
const holder = globalThis as unknown as { [key]?: Logger };

/** The process's logger (LOG_LEVEL; pretty when NODE_ENV=development). */
export function logger(): Logger {
  if (!holder[key]) {
    const { LOG_LEVEL, NODE_ENV } = env();
    holder[key] = createLogger({ level: LOG_LEVEL, pretty: NODE_ENV === "development" });
  }
  return holder[key];
}

/** A logger whose lines say which part of the app wrote them ({"component":"jobs"}). */
export function componentLogger(component: string): Logger {
  return logger().child({ component });
}
