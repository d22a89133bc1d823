/**
 * Child processes of the fault suite. Each runs in its own process group, so
 * a kill reaches whatever it started too, and every group still alive is
 * killed when the suite exits, however it exits.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the exit code (or 128+signal) once the process is gone. */
  exited: Promise<number>;
  /** SIGKILL to the whole group; resolves once the leader is gone. */
  kill9(): Promise<number>;
  /** SIGTERM, then SIGKILL after graceMs. */
  stop(graceMs?: number): Promise<number>;
}

const alive = new Set<Child>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Kills every child still running; synchronous, for 'exit' handlers. */
export function killAllChildren(): void {
  for (const child of alive) killGroup(child.process, "SIGKILL");
  alive.clear();
}

export interface StartOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Output goes to this file (appended), not to our terminal. */
  logFile: string;
}

export function startChild(name: string, argv: string[], options: StartOptions): Child {
  const [cmd, ...args] = argv as [string, ...string[]];
  const log = createWriteStream(options.logFile, { flags: "a" });
  const proc = spawn(cmd, args, { env: options.env, cwd: options.cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  proc.stdout?.pipe(log, { end: false });
  proc.stderr?.pipe(log, { end: false });
  const exited = new Promise<number>((resolve) => {
    proc.on("error", () => resolve(127));
    proc.on("exit", (code, signal) => {
      alive.delete(child);
      resolve(signal ? 128 : (code ?? 1));
    });
  });
  const child: Child = {
    name,
    process: proc,
    exited,
    kill9: () => {
      killGroup(proc, "SIGKILL");
      return exited;
    },
    stop: (graceMs = 5_000) => {
      killGroup(proc, "SIGTERM");
      const timer = setTimeout(() => killGroup(proc, "SIGKILL"), graceMs);
      return exited.finally(() => {
        clearTimeout(timer);
        killGroup(proc, "SIGKILL"); // anything the leader left behind
      });
    },
  };
  alive.add(child);
  return child;
}
