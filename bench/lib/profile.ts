/** The parts of a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes it) that the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  spanUs: number;
  /** Sampled time that was not (idle). */
  busyUs: number;
  /** Busy time by group, largest first. */
  groups: { name: string; us: number }[];
}

const unattributed = "Node HTTP, streams, timers and the rest";

/**
 * Busy time of a profile by group: each sample goes to the first frame, from the leaf up, that
 * one of the groups claims (so native code such as a socket write counts for its caller).
 * `proxyChunks` are the file names of the build's proxy chunks (server/middleware.js).
 */
export function summariseProfile(profile: CpuProfile, proxyChunks: string[]): ProfileSummary {
  const groups: [string, (url: string, name: string) => boolean][] = [
    ["(idle)", (_url, name) => name === "(idle)"],
    ["garbage collection", (_url, name) => name === "(garbage collector)"],
    ["PostgreSQL driver (postgres.js), with its socket writes", (url) => /node_modules[/_]postgres[/_]/.test(url)],
    ["Drizzle", (url) => /drizzle-orm/.test(url)],
    ["proxy.ts and Next's adapter around it", (url) => proxyChunks.some((chunk) => url.endsWith(chunk))],
    ["Next.js and React", (url) => /next[/_]dist|react-dom|react-server|\[turbopack\]_runtime/.test(url)],
    ["other libraries (zod, pino, altcha, next-intl, …)", (url) => /node_modules/.test(url)],
    ["the app's own code", (url) => /\/server\/(chunks|app)\//.test(url) || /\/app\/[^/]+\.(js|ts)/.test(url)],
  ];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const totals = new Map<string, number>();
  for (const [id, us] of selfUs) {
    let group = unattributed;
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current)!.callFrame;
      const hit = groups.find(([, claims]) => claims(frame.url, frame.functionName));
      if (hit) {
        group = hit[0];
        break;
      }
    }
    totals.set(group, (totals.get(group) ?? 0) + us);
  }
  totals.delete("(idle)");
  const busyUs = [...totals.values()].reduce((sum, us) => sum + us, 0);
  return {
    spanUs: profile.endTime - profile.startTime,
    busyUs,
    groups: [...totals].map(([name, us]) => ({ name, us })).sort((a, b) => b.us - a.us),
  };
}
