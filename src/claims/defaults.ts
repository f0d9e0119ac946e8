/** The seed `npm test` and `npm run verify` use unless told otherwise, so both measure the same cases. */
export const DEFAULT_SEED = 42;
