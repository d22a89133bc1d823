/** Longest values the print-and-post form accepts, in characters. */
export const postItFields = { name: 100, city: 100, personal: 1000 } as const;
