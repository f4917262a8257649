// Type-checks and bundles the browser viewer (viz/) into dist/viz/viewer.js and dist/viz/viewer.css,
// which renderViewerPage inlines into one self-contained HTML page.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist", "viz");

// esbuild strips types without checking them: check viz/ (DOM lib, its own tsconfig) first.
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "viz", "tsconfig.json")], { stdio: "inherit" });

await build({
  entryPoints: { viewer: join(root, "viz", "main.ts") },
  outdir,
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  platform: "browser",
  legalComments: "none",
  logLevel: "warning",
});

// The bundle goes inside <script>…</script>: an HTML comment opener could change how the
// parser finds the end tag, so fail loudly rather than ship a page that breaks.
const bundle = readFileSync(join(outdir, "viewer.js"), "utf8");
if (/<!--|<\/script/i.test(bundle)) throw new Error("build-viewer: the bundle contains <!-- or </script, which cannot be inlined");
