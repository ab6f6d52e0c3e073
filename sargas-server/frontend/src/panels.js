// The Filter and Display panels: forms over the operator's settings (settings.js). Every change is
// saved at once and applied by main.js (picture filter, data block, trail, layers, sound, palette).
import { el } from './alerts.js';
import { t } from './i18n.js';
import { CLASSES, IDENTITY_NAMES, MAX_TRAIL, SEVERITIES, filterActive, passesFilter } from './settings.js';

function checkbox(label, checked, onchange, testid) {
  const wrap = el('label', 'check');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = checked;
  if (testid) box.dataset.testid = testid;
  box.onchange = () => onchange(box.checked);
  wrap.append(box, ` ${label}`);
  return wrap;
}

function fieldset(legend) {
  const f = el('fieldset');
  f.append(el('legend', '', legend));
  return f;
}

export class FilterPanel {
  /**
   * @param {HTMLElement} panel
   * @param {import('./settings.js').Settings} settings
   * @param {import('./picture.js').TrackPicture} picture
   * @param {() => object[]} sensors the API Sensors
   */
  constructor(panel, settings, picture, sensors) {
    this.panel = panel;
    this.settings = settings;
    this.picture = picture;
    this.sensors = sensors;
    this.sensorIds = '';
    this.render();
  }

  get filter() {
    return this.settings.value.filter;
  }

  set(patch) {
    this.settings.update({ filter: { ...this.filter, ...patch } });
  }

  render() {
    const f = this.filter;
    const p = this.panel;
    p.replaceChildren(el('p', 'hint', t('filter.intro')));
    this.summary = el('p', 'summary');
    this.summary.dataset.testid = 'filter-summary';
    p.append(this.summary);

    const classes = fieldset(t('filter.classes'));
    for (const c of CLASSES) {
      classes.append(checkbox(t(`class.${c}`), f.classes.includes(c), (on) => {
        const set = new Set(this.filter.classes);
        if (on) set.add(c);
        else set.delete(c);
        this.set({ classes: [...set] });
      }, `filter-class-${c}`));
    }
    const identities = fieldset(t('filter.identities'));
    for (const c of IDENTITY_NAMES) {
      identities.append(checkbox(t(`identity.${c}`), f.identities.includes(c), (on) => {
        const set = new Set(this.filter.identities);
        if (on) set.add(c);
        else set.delete(c);
        this.set({ identities: [...set] });
      }, `filter-identity-${c}`));
    }
    const alt = fieldset(t('filter.altitude'));
    const num = (value, testid, key) => {
      const i = el('input');
      i.type = 'number';
      i.step = '500';
      i.style.width = '7em';
      i.value = value ?? '';
      i.dataset.testid = testid;
      i.onchange = () => this.set({ [key]: i.value === '' ? null : Number(i.value) });
      return i;
    };
    alt.append(el('span', 'hint', `${t('filter.min')} `), num(f.minAltFt, 'filter-min-ft', 'minAltFt'),
      el('span', 'hint', ` ${t('filter.max')} `), num(f.maxAltFt, 'filter-max-ft', 'maxAltFt'));
    const sensor = fieldset(t('filter.sensor'));
    const sel = el('select');
    sel.dataset.testid = 'filter-sensor';
    const any = el('option', '', t('filter.anySensor'));
    any.value = '';
    sel.append(any);
    for (const s of this.sensors()) {
      if (!(s.maxRangeM > 0)) continue;
      const o = el('option', '', `${s.id}${s.name ? ` — ${s.name}` : ''}`);
      o.value = s.id;
      o.selected = s.id === f.sensorId;
      sel.append(o);
    }
    if (f.sensorId && ![...sel.options].some((o) => o.value === f.sensorId)) {
      const o = el('option', '', f.sensorId);
      o.value = f.sensorId;
      o.selected = true;
      sel.append(o);
    }
    sel.onchange = () => this.set({ sensorId: sel.value });
    sensor.append(sel);
    this.sensorIds = this.sensors().map((s) => s.id).join(',');
    const clear = el('button', '', t('filter.clear'));
    clear.dataset.testid = 'filter-clear';
    clear.onclick = () => {
      this.settings.update({ filter: { classes: [], identities: [], minAltFt: null, maxAltFt: null, sensorId: '' } });
      this.render();
    };
    p.append(classes, identities, alt, sensor, clear);
    this.renderSummary();
  }

  /** Rebuilds the sensor list when the node's sensors change. */
  sensorsChanged() {
    const ids = this.sensors().map((s) => s.id).join(',');
    if (ids !== this.sensorIds && this.panel.classList.contains('active') === false) this.render();
  }

  renderSummary() {
    if (!this.summary) return;
    const total = this.picture.size;
    let n = total;
    if (filterActive(this.filter)) n = this.picture.tracks().filter((x) => this.picture.passes(x.trackId)).length;
    this.summary.textContent = t('filter.shown', { n, count: total });
    this.summary.classList.toggle('active', filterActive(this.filter));
    document.querySelector('[data-tab=filter]')?.classList.toggle('filtering', filterActive(this.filter));
  }
}

export { passesFilter };

export class DisplayPanel {
  /**
   * @param {HTMLElement} panel
   * @param {import('./settings.js').Settings} settings
   * @param {{tiles: () => string|null, basemap: () => object|null}} info
   */
  constructor(panel, settings, info) {
    this.panel = panel;
    this.settings = settings;
    this.info = info;
    this.render();
  }

  render() {
    const s = this.settings.value;
    const p = this.panel;
    p.replaceChildren();
    const trail = fieldset(t('display.trail'));
    const range = el('input');
    range.type = 'range';
    range.min = '0';
    range.max = String(MAX_TRAIL);
    range.value = String(s.trailLength);
    range.dataset.testid = 'trail-length';
    const shown = el('span', 'num', String(s.trailLength));
    range.oninput = () => {
      shown.textContent = range.value;
    };
    range.onchange = () => this.settings.update({ trailLength: Number(range.value) });
    trail.append(range, ' ', shown);

    const block = fieldset(t('display.dataBlock'));
    for (const k of ['trackNumber', 'callsign', 'altitude', 'speed', 'identity']) {
      block.append(checkbox(t(`db.${k}`), s.dataBlock[k], (on) => this.settings.update({ dataBlock: { [k]: on } }), `datablock-${k}`));
    }
    const layers = fieldset(t('display.layers'));
    const tiles = this.info.tiles();
    const keys = ['land', 'lakes', 'rivers', 'towns', 'airports', 'rings', 'graticule', ...(tiles ? ['tiles'] : [])];
    for (const k of keys) {
      const label = k === 'tiles' ? t('layer.tiles', { name: tiles }) : t(`layer.${k}`);
      layers.append(checkbox(label, s.layers[k], (on) => this.settings.update({ layers: { [k]: on } }), `layer-${k}`));
    }
    if (!this.info.basemap()) layers.append(el('p', 'hint', t('display.noBasemap')));
    const sound = fieldset(t('display.sound'));
    for (const sev of SEVERITIES) {
      sound.append(checkbox(t(`severity.${sev}`), s.sound[sev], (on) => this.settings.update({ sound: { [sev]: on } }), `sound-${sev}`));
    }
    const palette = fieldset(t('display.palette'));
    const sel = el('select');
    sel.dataset.testid = 'palette-select';
    for (const name of ['night', 'day']) {
      const o = el('option', '', t(`palette.${name}`));
      o.value = name;
      o.selected = s.palette === name;
      sel.append(o);
    }
    sel.onchange = () => this.settings.update({ palette: sel.value });
    palette.append(sel);
    p.append(trail, block, layers, sound, palette);
  }
}
