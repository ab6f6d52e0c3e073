// The measure tool: two clicks on the map give the great-circle distance (NM and km) and the
// initial true bearing from the first point to the second (geo.js), drawn as a line with its label.
import Feature from 'ol/Feature.js';
import LineString from 'ol/geom/LineString.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import { Style, Stroke, Fill, Text } from 'ol/style.js';
import { toLonLat } from 'ol/proj.js';
import { distanceBearing } from './geo.js';
import { formatNumber, t } from './i18n.js';

/** The label of a measurement: "12.3 NM · 22.8 km · bearing 047°". */
export function measureText(lat1, lon1, lat2, lon2) {
  const { distanceM, distanceNm, bearingDeg } = distanceBearing(lat1, lon1, lat2, lon2);
  const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return t('measure.result', {
    nm: formatNumber(distanceNm, one), km: formatNumber(distanceM / 1000, one),
    brg: String(Math.round(bearingDeg) % 360).padStart(3, '0'),
  });
}

export class MeasureTool {
  constructor(map, button) {
    this.map = map;
    this.button = button;
    this.active = false;
    this.start = null;
    this.source = new VectorSource();
    this.feature = null;
    this.result = '';
    map.addLayer(new VectorLayer({
      source: this.source, zIndex: 30,
      style: (f) => new Style({
        stroke: new Stroke({ color: '#ffe066', width: 2, lineDash: [6, 4] }),
        text: new Text({ text: f.get('label') || '', placement: 'point', offsetY: -12, font: 'bold 12px "DejaVu Sans", sans-serif',
          fill: new Fill({ color: '#ffe066' }), stroke: new Stroke({ color: '#000', width: 3 }), overflow: true }),
      }),
    }));
    button.onclick = () => this.toggle();
    button.title = t('measure.title');
    map.on('singleclick', (ev) => {
      if (!this.active) return;
      if (!this.start || this.done) {
        this.source.clear();
        this.done = false;
        this.start = ev.coordinate;
        this.feature = new Feature(new LineString([ev.coordinate, ev.coordinate]));
        this.source.addFeature(this.feature);
      } else {
        this.finish(ev.coordinate);
      }
    });
    map.on('pointermove', (ev) => {
      if (this.active && this.start && !this.done) this.drawTo(ev.coordinate);
    });
  }

  drawTo(coord) {
    this.feature.getGeometry().setCoordinates([this.start, coord]);
    const [lon1, lat1] = toLonLat(this.start);
    const [lon2, lat2] = toLonLat(coord);
    this.result = measureText(lat1, lon1, lat2, lon2);
    this.feature.set('label', this.result);
  }

  /** Ends the measurement at a map coordinate (EPSG:3857); the line and label stay until the next. */
  finish(coord) {
    this.drawTo(coord);
    this.done = true;
    this.button.dataset.result = this.result;
  }

  toggle() {
    if (this.active) this.stop();
    else {
      this.active = true;
      this.button.classList.add('active');
      this.map.getTargetElement().style.cursor = 'crosshair';
      this.button.title = t('measure.hint');
    }
  }

  stop() {
    this.active = false;
    this.start = null;
    this.done = false;
    this.source.clear();
    this.button.classList.remove('active');
    this.map.getTargetElement().style.cursor = '';
    this.button.title = t('measure.title');
  }
}
