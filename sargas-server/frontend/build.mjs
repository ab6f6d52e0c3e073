// Builds the operator map into the server's classpath (sargas serve serves classpath /web at "/"):
// esbuild bundles src/main.js and the CSS it imports into app.js + app.css next to index.html.
//   node build.mjs           one production build
//   node build.mjs --watch   rebuild on every change (reload the page served by sargas serve)
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('../target/classes/web/', import.meta.url));
const watch = process.argv.includes('--watch');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
copyFileSync(fileURLToPath(new URL('./index.html', import.meta.url)), `${outDir}index.html`);

const options = {
  entryPoints: [fileURLToPath(new URL('./src/main.js', import.meta.url))],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: !watch,
  sourcemap: watch,
  outfile: `${outDir}app.js`,
  logLevel: 'info',
  legalComments: 'linked',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
