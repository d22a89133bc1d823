export interface Advisory {
  id: string;
  title: string;
  packages: string[];
  /** First fixed version per release line (major.minor). */
  fixed: string[];
  /** The affected versions as the advisory database gives them ("<9.1.0"); when set, it decides. */
  vulnerable?: string;
}
export interface TreePackage {
  name: string;
  version: string;
  path?: string;
}
export declare const knownAdvisories: Advisory[];
export declare function parseVersion(version: string): [number, number, number] | null;
export declare function isPatched(version: string, fixed: string[]): boolean;
export declare function inRange(version: string, range: string): boolean;
export declare function isAffected(version: string, advisory: Advisory): boolean;
export declare function affectedPackages(
  packages: TreePackage[],
  advisories?: Advisory[],
): { advisory: Advisory; name: string; version: string; path?: string }[];
export declare function unpatched(
  installed: Record<string, string | undefined>,
  advisories?: Advisory[],
): { advisory: Advisory; name: string; version: string }[];
export declare function productionPackagesFromLock(lock: { packages?: Record<string, Record<string, unknown>> }): TreePackage[];
export declare function packagesFromNpmLs(tree: unknown): TreePackage[];
