/** Types of csp-directives.js (CommonJS, so that next.config.js can require it). */
export declare const cspDirectives: ReadonlyArray<readonly [name: string, sources: string]>;
export declare function contentSecurityPolicy(replace?: Readonly<Record<string, string | null>>): string;
