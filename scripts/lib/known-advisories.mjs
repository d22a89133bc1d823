/**
 * The advisories the offline fallback of scripts/npm-audit.mjs checks, against
 * every production package of the tree, when the npm audit service cannot be
 * reached: the 2025-2026 Next.js proxy bypass, the React Server Components
 * (Flight) series and the 2026 Nodemailer advisories. Each gives either its
 * `vulnerable` range as published in the GitHub advisory database ("<9.1.0",
 * ">=15.0.0 <15.2.3 || <=14.2.24"), or, per release line (major.minor), the
 * first fixed version (`fixed`, as Vercel and the React team publish them).
 * Add an entry when a new high or critical advisory for a production
 * dependency appears.
 */
export const knownAdvisories = [
  {
    id: "CVE-2025-29927",
    title: "Next.js middleware/proxy authorization bypass (x-middleware-subrequest)",
    packages: ["next"],
    fixed: ["12.3.5", "13.5.9", "14.2.25", "15.2.3"],
  },
  {
    id: "CVE-2025-66478 / CVE-2025-55182",
    title: "React Server Components (Flight) remote code execution",
    packages: ["next"],
    fixed: ["15.0.5", "15.1.9", "15.2.6", "15.3.6", "15.4.8", "15.5.7", "16.0.7"],
  },
  {
    id: "CVE-2025-55182",
    title: "React Server Components (Flight) remote code execution",
    packages: ["react", "react-dom", "react-server-dom-webpack", "react-server-dom-turbopack", "react-server-dom-parcel"],
    fixed: ["19.0.1", "19.1.2", "19.2.1"],
  },
  {
    id: "CVE-2025-55184 / CVE-2025-55183 / CVE-2025-67779",
    title: "React Server Components denial of service and server function source exposure",
    packages: ["react", "react-dom", "react-server-dom-webpack", "react-server-dom-turbopack", "react-server-dom-parcel"],
    fixed: ["19.0.3", "19.1.4", "19.2.3"],
  },
  {
    id: "CVE-2025-55184 / CVE-2025-67779 (Next.js)",
    title: "React Server Components denial of service, as shipped in Next.js",
    packages: ["next"],
    fixed: ["15.5.9", "16.0.10"],
  },
  {
    id: "CVE-2026-23864",
    title: "React Server Components denial of service (memory exhaustion)",
    packages: ["react", "react-dom", "react-server-dom-webpack", "react-server-dom-turbopack", "react-server-dom-parcel"],
    fixed: ["19.0.4", "19.1.5", "19.2.4"],
  },
  {
    id: "CVE-2026-23864 (Next.js)",
    title: "React Server Components denial of service, as shipped in Next.js",
    packages: ["next"],
    fixed: ["15.0.8", "15.1.11", "15.2.9", "15.3.9", "15.4.11", "15.5.10", "16.0.11", "16.1.5"],
  },
  {
    id: "CVE-2026-23869",
    title: "React Server Components denial of service (cyclic Flight payload)",
    packages: ["react", "react-dom", "react-server-dom-webpack", "react-server-dom-turbopack", "react-server-dom-parcel"],
    fixed: ["19.0.5", "19.1.6", "19.2.5"],
  },
  {
    id: "CVE-2026-23869 (Next.js)",
    title: "React Server Components denial of service, as shipped in Next.js",
    packages: ["next"],
    fixed: ["15.5.15", "16.2.3"],
  },
  {
    id: "CVE-2026-23870",
    title: "React Server Components denial of service (server function requests)",
    packages: ["react", "react-dom", "react-server-dom-webpack", "react-server-dom-turbopack", "react-server-dom-parcel"],
    fixed: ["19.0.6", "19.1.7", "19.2.6"],
  },
  {
    id: "CVE-2026-23870 (Next.js)",
    title: "React Server Components denial of service, as shipped in Next.js",
    packages: ["next"],
    fixed: ["15.5.16", "16.2.5"],
  },
  {
    id: "GHSA-p6gq-j5cr-w38f",
    title: "Nodemailer: the message-level raw option bypasses disableFileAccess/disableUrlAccess (local file read, SSRF)",
    packages: ["nodemailer"],
    vulnerable: "<=9.0.0",
    fixed: ["9.0.1"],
  },
  {
    id: "GHSA-2x7j-588g-ccc2",
    title: "Nodemailer: addressparser denial of service (quadratic time on a crafted address list)",
    packages: ["nodemailer"],
    vulnerable: "<9.1.0",
    fixed: ["9.1.0"],
  },
];

/** [major, minor, patch] of "16.4.6"; null for anything else (prereleases are judged by hand). */
export function parseVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? match.slice(1, 4).map(Number) : null;
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Whether `version` has the fix: it is at or above the fixed version of its
 * own release line, or on a line newer than every fixed line (released after
 * the fix). A line older than the newest fixed line that has no fix of its
 * own counts as vulnerable: unsupported lines get no patches.
 */
export function isPatched(version, fixed) {
  const v = parseVersion(version);
  if (!v) return false;
  const lines = fixed.map(parseVersion);
  const sameLine = lines.find((f) => f[0] === v[0] && f[1] === v[1]);
  if (sameLine) return compare(v, sameLine) >= 0;
  const newest = lines.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
  return v[0] > newest[0] || (v[0] === newest[0] && v[1] > newest[1]);
}

const comparator = /^(<=|>=|<|>|=)?(\d+\.\d+\.\d+)$/;

/**
 * Whether `version` lies in `range`: comparators joined by spaces (all must
 * hold), alternatives joined by "||" ("<9.1.0", ">=15.0.0 <15.2.3 || <=14.2.24";
 * a bare version means "="). A version that is not plain major.minor.patch
 * (a prerelease) counts as inside: it is judged by hand, never waved through.
 * A range it cannot read throws, so a typo in an advisory never passes quietly.
 */
export function inRange(version, range) {
  const alternatives = range.split("||").map((alternative) =>
    alternative
      .trim()
      .split(/\s+/)
      .map((part) => {
        const match = comparator.exec(part);
        if (!match) throw new Error(`Unreadable version range "${range}" (at "${part}")`);
        return { op: match[1] ?? "=", bound: parseVersion(match[2]) };
      }),
  );
  const v = parseVersion(version);
  if (!v) return true;
  return alternatives.some((comparators) =>
    comparators.every(({ op, bound }) => {
      const order = compare(v, bound);
      return op === "<" ? order < 0 : op === "<=" ? order <= 0 : op === ">" ? order > 0 : op === ">=" ? order >= 0 : order === 0;
    }),
  );
}

/** Whether `version` of one of the advisory's packages is affected: inside its vulnerable range, else below the fix of its line. */
export function isAffected(version, advisory) {
  return advisory.vulnerable ? inRange(version, advisory.vulnerable) : !isPatched(version, advisory.fixed);
}

/**
 * Every (advisory, package) a list of packages is affected by. `packages`:
 * { name, version, path? }, one per copy in the tree (a package can be
 * installed at several versions: each is checked).
 */
export function affectedPackages(packages, advisories = knownAdvisories) {
  const problems = [];
  for (const advisory of advisories) {
    for (const { name, version, path } of packages) {
      if (advisory.packages.includes(name) && version && isAffected(version, advisory)) problems.push({ advisory, name, version, path });
    }
  }
  return problems;
}

/** Every (advisory, package) the installed versions are not patched for. `installed`: name -> version, absent when not installed. */
export function unpatched(installed, advisories = knownAdvisories) {
  return affectedPackages(
    Object.entries(installed).map(([name, version]) => ({ name, version })),
    advisories,
  ).map(({ advisory, name, version }) => ({ advisory, name, version }));
}

/**
 * The production packages of a package-lock.json (v2/v3 "packages"): every
 * entry under node_modules/ but links and dev-only ones (devOptional ones are optional
 * dependencies of production packages, so they count). The name is the
 * entry's own (an alias) or the last node_modules/ segment of its path.
 */
export function productionPackagesFromLock(lock) {
  const packages = [];
  for (const [path, meta] of Object.entries(lock.packages ?? {})) {
    // The root and workspace folders are this project's own code, not installed packages.
    if (!path.includes("node_modules/") || meta.link || meta.dev || !meta.version) continue;
    const name = meta.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    packages.push({ name, version: meta.version, path });
  }
  return packages;
}

/** The packages of `npm ls --all --json` (with --omit=dev: the production tree), one per place in the tree. */
export function packagesFromNpmLs(tree) {
  const packages = [];
  const walk = (dependencies, trail) => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      if (!node || typeof node !== "object") continue;
      const path = [...trail, name];
      if (node.version) packages.push({ name, version: node.version, path: path.join(" > ") });
      walk(node.dependencies, path);
    }
  };
  walk(tree?.dependencies, []);
  return packages;
}
