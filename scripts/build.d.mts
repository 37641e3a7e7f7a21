// Types for scripts/build.mjs (the tests and the benchmark import it).
/** Builds the server into dist/ unless it is up to date with the sources; `force` rebuilds anyway. */
export declare function buildServer(options?: { force?: boolean }): Promise<{ built: boolean; hash: string }>;
/** A hash of the sources the build is made of. */
export declare function sourceHash(): string;
/** dist/: a link to the current build. */
export declare const distDir: string;
/** Thrown when the build is out of date and its folder (the project, or BUILD_DIR) may not be written. */
export declare class BuildFolderNotWritableError extends Error {}
