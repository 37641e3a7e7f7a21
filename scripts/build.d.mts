// Types for scripts/build.mjs (the tests and the benchmark import it).
export declare const distDir: string;
export declare function buildServer(): Promise<void>;
