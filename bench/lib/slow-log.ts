import { readFileSync } from "node:fs";

export interface SlowStatement {
  statement: string;
  count: number;
  maxMs: number;
  totalMs: number;
}

/**
 * Statements the bench cluster logged as slow (log_min_duration_statement),
 * grouped by text with parameters ($1...) as they are, slowest total first.
 */
export function slowStatements(log: string, top = 10): SlowStatement[] {
  const groups = new Map<string, SlowStatement>();
  const pattern = /duration: ([\d.]+) ms\s+(?:statement|execute [^:]*):\s*([^\n]+)/g;
  for (const match of log.matchAll(pattern)) {
    const ms = Number(match[1]);
    const statement = match[2]!.replace(/\s+/g, " ").trim().slice(0, 240);
    const group = groups.get(statement) ?? { statement, count: 0, maxMs: 0, totalMs: 0 };
    group.count++;
    group.maxMs = Math.max(group.maxMs, ms);
    group.totalMs += ms;
    groups.set(statement, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, maxMs: Math.round(group.maxMs), totalMs: Math.round(group.totalMs) }))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
}

export function readSlowStatements(logFile: string, top = 10): SlowStatement[] {
  try {
    return slowStatements(readFileSync(logFile, "utf8"), top);
  } catch {
    return [];
  }
}
