import { readdirSync, readFileSync } from "node:fs";

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(Number(entry));
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += rssOf(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parentOf(pid: number): number | null {
  try {
    // "pid (comm) state ppid ...": comm may contain spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples treeRss every `everyMs`: `peak` since the last resetPeak(), `overallPeak` since start. */
export class RssSampler {
  private timer: NodeJS.Timeout;
  peak = 0;
  overallPeak = 0;
  last = 0;

  constructor(
    private readonly pid: number,
    everyMs = 200,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): number {
    this.last = treeRss(this.pid);
    this.peak = Math.max(this.peak, this.last);
    this.overallPeak = Math.max(this.overallPeak, this.last);
    return this.last;
  }

  /** Starts a new window; returns the peak of the window that ended. */
  resetPeak(): number {
    const peak = this.peak;
    this.peak = this.sample();
    return peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
