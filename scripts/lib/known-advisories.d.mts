export interface Advisory {
  id: string;
  title: string;
  packages: string[];
  fixed: string[];
}
export declare const knownAdvisories: Advisory[];
export declare function parseVersion(version: string): [number, number, number] | null;
export declare function isPatched(version: string, fixed: string[]): boolean;
export declare function unpatched(
  installed: Record<string, string | undefined>,
  advisories?: Advisory[],
): { advisory: Advisory; name: string; version: string }[];
