// Builds the operator map into the server's classpath (sargas serve serves classpath /web at "/"):
// esbuild bundles src/main.js and the CSS it imports into app.js + app.css next to index.html; the
// offline basemap (basemap/cut.mjs, cut from data npm fetched into basemap/node_modules) is copied
// to basemap/ beside them — cut again only when it is missing or older than the data or the cutter.
//   node build.mjs           one production build
//   node build.mjs --watch   rebuild on every change (reload the page served by sargas serve)
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('../target/classes/web/', import.meta.url));
const watch = process.argv.includes('--watch');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
copyFileSync(fileURLToPath(new URL('./index.html', import.meta.url)), `${outDir}index.html`);
basemap();

/** Cuts the basemap when needed and copies it to web/basemap/; without the fetched data, says so and goes on. */
function basemap() {
  const dir = fileURLToPath(new URL('./basemap/', import.meta.url));
  const built = `${dir}build/`;
  const data = `${dir}node_modules/.package-lock.json`;
  const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
  if (!existsSync(data)) {
    if (!existsSync(`${built}manifest.json`)) {
      console.warn('basemap: no data (npm ci in sargas-server/frontend/basemap, as the Maven build does); the map has no basemap');
      return;
    }
  } else if (mtime(`${built}manifest.json`) < Math.max(mtime(data), mtime(`${dir}cut.mjs`))) {
    const r = spawnSync(process.execPath, [`${dir}cut.mjs`], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('basemap: cut.mjs failed');
  }
  mkdirSync(`${outDir}basemap`, { recursive: true });
  for (const f of readdirSync(built)) copyFileSync(`${built}${f}`, `${outDir}basemap/${f}`);
}

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
