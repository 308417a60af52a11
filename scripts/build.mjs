// Bundles the VS Code client (CommonJS, as VS Code loads it) and the server and CLI (ESM
// executables) with esbuild into dist/.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');
// Bundled CommonJS dependencies call require(); ESM output needs one.
const esmBanner =
  "#!/usr/bin/env node\nimport { createRequire as __guidanceCreateRequire } from 'node:module';\nconst require = __guidanceCreateRequire(import.meta.url);";

// Where the rule pages are published (SARIF help links, the CLI): package.json's repository by
// default; a fork or a docs site sets GUIDANCE_LINT_RULE_DOCS_URL when it builds.
const ruleDocsUrl = process.env.GUIDANCE_LINT_RULE_DOCS_URL ?? '';

const common = {
  bundle: true,
  define: { __RULE_DOCS_URL__: JSON.stringify(ruleDocsUrl) },
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer ES module builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', format: 'cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.mjs', format: 'esm', banner: { js: esmBanner } }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.mjs', format: 'esm', banner: { js: esmBanner } }),
  build({
    ...common,
    entryPoints: ['server/src/cli/action-main.ts'],
    outfile: 'dist/action.mjs',
    format: 'esm',
    banner: { js: esmBanner },
  }),
  build({
    ...common,
    entryPoints: ['server/src/parallel/lint-worker.ts'],
    outfile: 'dist/lint-worker.mjs',
    format: 'esm',
    banner: { js: esmBanner },
  }),
]);
for (const executable of ['dist/server.mjs', 'dist/cli.mjs']) chmodSync(executable, 0o755);
