// The offline basemap: land and coast (country fills under the sea), lakes, rivers, towns with
// names, airports with their runways, cut at build time (basemap/cut.mjs) and served by the node
// at /basemap/*.geojson; a graticule; an optional XYZ tile layer (web.tileUrl). Styled for a dark
// operations room (night) or daylight (day). What is drawn at which zoom is decided by the pure
// functions below (node --test).
import GeoJSON from 'ol/format/GeoJSON.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorImageLayer from 'ol/layer/VectorImage.js';
import Graticule from 'ol/layer/Graticule.js';
import TileLayer from 'ol/layer/Tile.js';
import WebGLTileLayer from 'ol/layer/WebGLTile.js';
import XYZ from 'ol/source/XYZ.js';
import { PMTilesRasterSource } from 'ol-pmtiles';
import { Style, Stroke, Fill, Text, Circle as CircleStyle, RegularShape } from 'ol/style.js';

/** Colours of the two palettes. */
export const PALETTES = {
  night: {
    background: '#08121a', land: '#1b2b3a', border: '#5d7890', sea: '#08121a', water: '#123f5e', waterEdge: '#2b6f99',
    town: '#9db0c2', townHalo: '#05090d', capital: '#d8e2ec', airport: '#b69cf0', runway: '#c8b8f5', graticule: 'rgba(140,170,200,0.35)',
  },
  day: {
    background: '#a9c8de', land: '#eeebe1', border: '#6f6f6f', sea: '#a9c8de', water: '#a9c8de', waterEdge: '#7aa4c2',
    town: '#2b2b2b', townHalo: '#ffffff', capital: '#000000', airport: '#5a2a9a', runway: '#3a2a5a', graticule: 'rgba(60,60,60,0.35)',
  },
};

/** The lowest zoom at which a town of rank r (cut.mjs: 0 capital … 4 small) is named. */
export const TOWN_MIN_ZOOM = [4, 6, 7.5, 8.5, 10];

/** Whether a town of rank `r` is drawn at `zoom`. */
export function townVisible(r, zoom) {
  return zoom >= (TOWN_MIN_ZOOM[r] ?? 10);
}

/** The smallest lake (km²) drawn at a zoom: only the great ones at country scale, every one close up. */
export function minLakeKm2(zoom) {
  if (zoom < 6.5) return 50;
  if (zoom < 7.5) return 8;
  if (zoom < 8.5) return 1.5;
  if (zoom < 9.5) return 0.4;
  return 0;
}

/** The smallest river piece (km² of water area) drawn at a zoom. */
export function minRiverKm2(zoom) {
  if (zoom < 6.5) return 10;
  if (zoom < 7.5) return 1;
  if (zoom < 8.5) return 0.2;
  return 0;
}

/** Whether an airport of type t (L large, M medium, S small) is drawn at `zoom`; runways from zoom 9. */
export function airportVisible(t, zoom) {
  return t === 'L' ? zoom >= 5.5 : t === 'M' ? zoom >= 7 : zoom >= 9;
}

/**
 * What a tile source URL is: 'pmtiles' for a raster PMTiles archive (`….pmtiles`, read with HTTP
 * range requests), 'xyz' for a `{z}/{x}/{y}` template, else null.
 */
export function tileKind(url) {
  if (!url) return null;
  if (/\.pmtiles(\?.*)?$/i.test(url)) return 'pmtiles';
  return /\{z\}/.test(url) && /\{x\}/.test(url) && /\{-?y\}/.test(url) ? 'xyz' : null;
}

/** Zoom of a view resolution (m/px) in Web Mercator with 256-pixel tiles. */
export function zoomOf(resolution) {
  return Math.log2(156543.03392804097 / resolution);
}

export class Basemap {
  /**
   * @param {import('ol/Map.js').default} map
   * @param {VectorSource} borderSource the country borders (maritime: incl. the territorial sea)
   */
  constructor(map, borderSource) {
    this.map = map;
    this.palette = PALETTES.night;
    this.fmt = new GeoJSON({ featureProjection: 'EPSG:3857' });
    /** Every feature of each data set (sea, lakes, rivers, towns, airports), for counts and look-ups. */
    this.sources = {};
    /** Which groups are shown (setVisible); the shared layers' styles read it. */
    this.flags = { land: true, lakes: true, rivers: true, towns: true, airports: true };
    // Three image layers (land fill; sea, lakes and rivers; towns and airports, decluttered): each is
    // drawn once into an image 1.5 times the view and, while the operator drags or the view
    // animates, only that image is moved — tens of thousands of polygons are not redrawn per frame.
    // The image is redrawn when the drag ends or the zoom changes (docs/web.md, Many tracks).
    const image = (opts) => new VectorImageLayer({ imageRatio: 1.5, ...opts });
    this.landLayer = image({ source: borderSource, style: () => this.styles.land, zIndex: -10 });
    this.waterSource = new VectorSource();
    this.waterLayer = image({ source: this.waterSource, style: (f, res) => this.waterStyle(f, res), zIndex: -9 });
    this.borderLayer = new VectorLayer({ source: borderSource, style: () => this.styles.border, zIndex: -6 });
    this.graticule = new Graticule({ showLabels: true, wrapX: false, zIndex: -5, visible: false,
      strokeStyle: new Stroke({ color: PALETTES.night.graticule, width: 1, lineDash: [2, 4] }) });
    this.placesSource = new VectorSource();
    this.placesLayer = image({ source: this.placesSource, style: (f, res) => this.placeStyle(f, res), zIndex: 6, declutter: true });
    for (const id of ['sea', 'lakes', 'rivers', 'towns', 'airports']) this.sources[id] = new VectorSource();
    /** The layer the towns are drawn on (shared with the airports). */
    this.townsLayer = this.placesLayer;
    for (const l of [this.landLayer, this.waterLayer, this.borderLayer, this.graticule, this.placesLayer]) map.addLayer(l);
    this.tileLayer = null;
    this.manifest = null;
    this.setPalette('night');
  }

  /** Loads /basemap/manifest.json and the layers it lists; resolves to the manifest, or null without a basemap. */
  async load(base = './basemap/') {
    let manifest;
    try {
      const res = await fetch(`${base}manifest.json`);
      if (!res.ok) return null;
      manifest = await res.json();
    } catch {
      return null;
    }
    await Promise.all(Object.entries(manifest.layers).map(async ([id, l]) => {
      if (!this.sources[id]) return;
      const res = await fetch(`${base}${l.file}`);
      if (!res.ok) return;
      const features = this.fmt.readFeatures(await res.json());
      for (const f of features) f.set('layer', id, true);
      this.sources[id].addFeatures(features);
      (id === 'towns' || id === 'airports' ? this.placesSource : this.waterSource).addFeatures(features);
    }));
    const credits = [...new Set(manifest.sources.map((s) => `${s.credit} (${s.licence})`))];
    this.waterSource.setAttributions(`Basemap: ${credits.join("; ")}`);
    this.manifest = manifest;
    return manifest;
  }

  /**
   * Adds the tile layer under everything (web.tileUrl): an XYZ template, or a raster PMTiles
   * archive (PNG/JPEG/WebP tiles; the server must answer HTTP range requests). Returns the layer,
   * or null for a URL that is neither.
   */
  addTiles(url, attribution, maxZoom = 19) {
    const kind = tileKind(url);
    if (kind === 'pmtiles') {
      this.tileLayer = new WebGLTileLayer({
        source: new PMTilesRasterSource({ url, attributions: attribution || '', tileSize: [256, 256] }), zIndex: -20,
      });
    } else if (kind === 'xyz') {
      this.tileLayer = new TileLayer({ source: new XYZ({ url, attributions: attribution || '', maxZoom, crossOrigin: 'anonymous' }), zIndex: -20 });
    } else return null;
    this.tileLayer.set('kind', kind);
    this.map.addLayer(this.tileLayer);
    return this.tileLayer;
  }

  /**
   * Shows or hides layer groups ({land, lakes, rivers, towns, airports, graticule, tiles}). While
   * tiles are shown, the offline fills (land, sea) step aside so that the tiles are seen.
   */
  setVisible(flags) {
    const tiles = Boolean(this.tileLayer) && flags.tiles !== false;
    if (this.tileLayer) this.tileLayer.setVisible(tiles);
    const next = {
      land: !tiles && flags.land !== false, lakes: flags.lakes !== false, rivers: flags.rivers !== false,
      towns: flags.towns !== false, airports: flags.airports !== false,
    };
    const changed = Object.keys(next).some((k) => next[k] !== this.flags[k]);
    this.flags = next;
    this.landLayer.setVisible(next.land);
    this.waterLayer.setVisible(next.land || next.lakes || next.rivers);
    this.placesLayer.setVisible(next.towns || next.airports);
    this.graticule.setVisible(flags.graticule === true);
    if (changed) {
      this.waterLayer.changed();
      this.placesLayer.changed();
    }
  }

  /** Whether a group is drawn now. */
  visible(group) {
    if (group === 'graticule') return this.graticule.getVisible();
    return this.flags[group] === true;
  }

  /** Switches between the night and day palettes. */
  setPalette(name) {
    const p = PALETTES[name] || PALETTES.night;
    this.palette = p;
    this.styles = {
      land: new Style({ fill: new Fill({ color: p.land }) }),
      // within the water layer: sea, then rivers, then lakes
      sea: new Style({ zIndex: 0, fill: new Fill({ color: p.sea }) }),
      water: new Style({ zIndex: 2, fill: new Fill({ color: p.water }), stroke: new Stroke({ color: p.waterEdge, width: 0.6 }) }),
      river: new Style({ zIndex: 1, fill: new Fill({ color: p.water }), stroke: new Stroke({ color: p.water, width: 1.2 }) }),
      border: new Style({ stroke: new Stroke({ color: p.border, width: 1 }) }),
      runway: new Style({ stroke: new Stroke({ color: p.runway, width: 3 }) }),
    };
    this.townStyles = new Map();
    this.airportStyles = new Map();
    this.graticule.setStrokeStyle?.(new Stroke({ color: p.graticule, width: 1, lineDash: [2, 4] }));
    for (const l of [this.landLayer, this.waterLayer, this.borderLayer, this.placesLayer]) l.changed();
    const el = this.map.getTargetElement?.();
    if (el) el.style.background = p.background;
  }

  waterStyle(f, res) {
    const layer = f.get('layer');
    if (!this.flags[layer === 'sea' ? 'land' : layer]) return null;
    if (layer === 'sea') return this.styles.sea;
    return layer === 'lakes' ? this.lakeStyle(f, res) : this.riverStyle(f, res);
  }

  placeStyle(f, res) {
    const layer = f.get('layer');
    if (!this.flags[layer]) return null;
    return layer === 'towns' ? this.townStyle(f, res) : this.airportStyle(f, res);
  }

  lakeStyle(f, res) {
    return f.get('a') >= minLakeKm2(zoomOf(res)) ? this.styles.water : null;
  }

  riverStyle(f, res) {
    return f.get('a') >= minRiverKm2(zoomOf(res)) ? this.styles.river : null;
  }

  townStyle(f, res) {
    const r = f.get('r');
    if (!townVisible(r, zoomOf(res))) return null;
    const key = `${r}|${f.get('n')}`;
    let s = this.townStyles.get(key);
    if (!s) {
      const p = this.palette;
      const big = r <= 1;
      s = new Style({
        // decluttering keeps the higher zIndex: capitals and big towns over airports, towns over small airfields
        zIndex: [30, 29, 24, 22, 19][r] ?? 19,
        image: new CircleStyle({ radius: big ? 3 : 2, fill: new Fill({ color: big ? p.capital : p.town }) }),
        text: new Text({
          text: f.get('n'), offsetY: -9, font: `${r === 0 ? 'bold ' : ''}${big ? 12 : 11}px "DejaVu Sans", sans-serif`,
          fill: new Fill({ color: big ? p.capital : p.town }), stroke: new Stroke({ color: p.townHalo, width: 3 }),
        }),
      });
      this.townStyles.set(key, s);
    }
    return s;
  }

  airportStyle(f, res) {
    const zoom = zoomOf(res);
    if (f.get('k') === 'runway') return zoom >= 9 ? this.styles.runway : null;
    const t = f.get('t');
    if (!airportVisible(t, zoom)) return null;
    const label = zoom >= 7.5 || t === 'L';
    const key = `${t}|${label ? f.get('icao') : ''}`;
    let s = this.airportStyles.get(key);
    if (!s) {
      const p = this.palette;
      s = new Style({
        zIndex: t === 'L' ? 25 : t === 'M' ? 21 : 15,
        image: new RegularShape({ points: 4, radius: t === 'S' ? 4 : 5.5, angle: Math.PI / 4,
          stroke: new Stroke({ color: p.airport, width: 1.5 }), fill: new Fill({ color: 'rgba(0,0,0,0)' }) }),
        text: label ? new Text({ text: f.get('icao'), offsetY: 12, font: '10px "DejaVu Sans Mono", monospace',
          fill: new Fill({ color: p.airport }), stroke: new Stroke({ color: p.townHalo, width: 3 }) }) : undefined,
      });
      this.airportStyles.set(key, s);
    }
    return s;
  }

  /** Feature counts per layer (for tests and the Display panel). */
  counts() {
    return Object.fromEntries(Object.entries(this.sources).map(([k, s]) => [k, s.getFeatures().length]));
  }
}
