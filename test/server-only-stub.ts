// Vitest stand-in for the "server-only" package, which throws when imported
// outside a React Server Components build. Tests run on the server anyway.
export {};
