// Types for scripts/build.mjs (the tests and the benchmark import it).
export declare function buildServer(): Promise<void>;
