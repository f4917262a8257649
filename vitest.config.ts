import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Neo4j and browser tests share one server and one Chromium; keep files in sequence on 2 cores.
    fileParallelism: false,
  },
});
