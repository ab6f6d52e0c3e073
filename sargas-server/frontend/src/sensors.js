// Sensor status: the panel list and the coverage rings (geodesic circles of maxRangeM) on the map.
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { circular } from 'ol/geom/Polygon.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import { Style, Stroke, Fill, Icon, Text } from 'ol/style.js';
import ms from 'milsymbol';
import { el, shortTime } from './alerts.js';
import { t } from './i18n.js';
import { mercator } from './picture.js';

const STATUS_COLOR = { UP: '#5ee06a', DOWN: '#ff4040', UNKNOWN: '#9aa5b1' };
/** Ground sensor symbols (2525C friendly ground equipment: radar / sensor). */
const SENSOR_SIDC = { PRIMARY_RADAR: 'SFGPESR---*****', SECONDARY_RADAR: 'SFGPESR---*****' };

export class SensorView {
  constructor(map, panelEl) {
    this.panel = panelEl;
    this.source = new VectorSource();
    this.layer = new VectorLayer({ source: this.source, style: (f) => this.style(f) });
    map.addLayer(this.layer);
    this.iconCache = new Map();
  }

  /** Shows or hides the range rings. */
  setRings(on) {
    this.rings = on !== false;
    this.layer.changed();
  }

  style(f) {
    const s = f.get('sensor');
    const color = STATUS_COLOR[s.status] || STATUS_COLOR.UNKNOWN;
    if (f.get('ring')) {
      if (this.rings === false) return null;
      return new Style({
        stroke: new Stroke({ color, width: 1.2, lineDash: s.status === 'UP' ? undefined : [6, 6] }),
        fill: new Fill({ color: 'rgba(120,180,255,0.03)' }),
      });
    }
    const sidc = SENSOR_SIDC[s.kind] || 'SFGPES----*****';
    if (!this.iconCache.has(sidc)) {
      const sym = new ms.Symbol(sidc, { size: 16 });
      const a = sym.getAnchor();
      const size = sym.getSize();
      this.iconCache.set(sidc, { src: sym.toDataURL(), anchor: [a.x / size.width, a.y / size.height] });
    }
    const icon = this.iconCache.get(sidc);
    return new Style({
      image: new Icon({ src: icon.src, anchor: icon.anchor, opacity: s.status === 'DOWN' ? 0.5 : 1 }),
      text: new Text({ text: `${s.id} ${t(`sensorStatus.${s.status || 'UNKNOWN'}`)}`, offsetY: 20, font: '10px sans-serif',
        fill: new Fill({ color }), stroke: new Stroke({ color: '#000', width: 3 }) }),
    });
  }

  update(sensors) {
    this.source.clear(true);
    const features = [];
    for (const s of sensors) {
      if (s.lat == null || s.lon == null) continue;
      const p = new Feature(new Point(mercator(s.lat, s.lon)));
      p.set('sensor', s, true);
      features.push(p);
      if (s.maxRangeM > 0) {
        const ring = new Feature(circular([s.lon, s.lat], s.maxRangeM, 128).transform('EPSG:4326', 'EPSG:3857'));
        ring.setProperties({ sensor: s, ring: true }, true);
        features.push(ring);
      }
    }
    this.source.addFeatures(features);
    this.renderPanel(sensors);
  }

  renderPanel(sensors) {
    this.panel.replaceChildren();
    const up = sensors.filter((s) => s.status === 'UP').length;
    this.panel.append(el('p', 'hint', t('sensors.summary', { up, count: sensors.length })));
    for (const s of sensors) {
      const d = el('div', `sensor ${s.status}`);
      d.dataset.testid = 'sensor';
      const head = el('div');
      head.append(el('b', '', s.id), ' ', el('span', 'status', t(`sensorStatus.${s.status || 'UNKNOWN'}`)), ' ',
        el('span', 'hint', t(`sensorKind.${s.kind}`) === `sensorKind.${s.kind}` ? s.kind : t(`sensorKind.${s.kind}`)));
      d.append(head, el('div', 'hint', s.name || ''));
      const facts = el('div', 'hint', t('sensors.facts', {
        km: Math.round((s.maxRangeM || 0) / 1000), period: s.updatePeriodS ?? '?', frames: s.frames ?? 0,
        errors: s.errors ?? 0, last: shortTime(s.lastFrameTime) || '—' }));
      d.append(facts);
      this.panel.append(d);
    }
  }
}
