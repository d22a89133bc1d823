/**
 * The advisories the offline fallback of scripts/npm-audit.mjs checks when the
 * npm audit service cannot be reached: the 2025-2026 Next.js proxy bypass and
 * the React Server Components (Flight) series. Each lists, per release line
 * (major.minor), the first fixed version, as published by Vercel and the React
 * team. Add an entry when a new advisory for these packages appears.
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

/** Every (advisory, package) the installed versions are not patched for. `installed`: name -> version, absent when not installed. */
export function unpatched(installed, advisories = knownAdvisories) {
  const problems = [];
  for (const advisory of advisories) {
    for (const name of advisory.packages) {
      const version = installed[name];
      if (version && !isPatched(version, advisory.fixed)) problems.push({ advisory, name, version });
    }
  }
  return problems;
}
