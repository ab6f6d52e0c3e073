// The track table: sortable by any column, filtered by free text (id, name, class, identity) and
// identity; renders at most MAX_ROWS rows so that 10,000 tracks stay cheap.
import { el } from './alerts.js';
import { displayName, flightLevel, knots } from './picture.js';
import { symbolSvgUrl } from './symbols.js';
import { t } from './i18n.js';
import { IDENTITY_NAMES } from './settings.js';

const MAX_ROWS = 200;
/** Short name of a track class for the table, in the language in use. */
const className = (cls) => t(`classShort.${cls || 'UNKNOWN'}`);
const COLUMNS = [
  { key: 'trackId', label: 'col.track', value: (x) => x.trackId },
  { key: 'identity', label: 'col.ident', value: (x, p) => p.identityOf(x.trackId) },
  { key: 'name', label: 'col.name', value: (x) => displayName(x) },
  { key: 'class', label: 'col.class', value: (x) => x.class, show: (x) => className(x.class) },
  { key: 'altM', label: 'col.fl', num: true, value: (x) => x.altM, show: (x) => flightLevel(x.altM).slice(2) },
  { key: 'speed', label: 'col.kt', num: true, value: (x) => knots(x.speedMps), show: (x) => fmt(knots(x.speedMps)) },
  { key: 'courseDeg', label: 'col.hdg', num: true, value: (x) => x.courseDeg, show: (x) => fmt(x.courseDeg) },
  { key: 'state', label: 'col.state', value: (x) => x.state, show: (x) => t(`trackState.${x.state || 'CONFIRMED'}`) },
];

export class TrackTable {
  constructor(el, picture, actions) {
    this.el = el;
    this.picture = picture;
    this.actions = actions;
    this.sortKey = 'trackId';
    this.desc = false;
    this.filterText = '';
    this.identityFilter = '';
    this.lastRender = 0;
    this.build();
  }

  build() {
    const filters = el('div', 'filters');
    const search = el('input');
    search.placeholder = t('tracks.search');
    search.dataset.testid = 'track-filter';
    search.oninput = () => {
      this.filterText = search.value.trim().toUpperCase();
      this.render(true);
    };
    const ident = el('select');
    ident.dataset.testid = 'identity-filter';
    for (const v of ['', ...IDENTITY_NAMES]) {
      const o = el('option', '', v ? t(`identity.${v}`) : t('tracks.allIdentities'));
      o.value = v;
      ident.append(o);
    }
    ident.onchange = () => {
      this.identityFilter = ident.value;
      this.render(true);
    };
    this.summary = el('span', 'hint');
    filters.append(search, ident, this.summary);
    this.table = el('table');
    this.table.dataset.testid = 'track-table';
    const head = el('tr');
    this.headers = COLUMNS.map((c) => {
      const th = el('th', c.num ? 'num' : '', t(c.label));
      th.onclick = () => {
        if (this.sortKey === c.key) this.desc = !this.desc;
        else {
          this.sortKey = c.key;
          this.desc = false;
        }
        this.render(true);
      };
      head.append(th);
      return th;
    });
    const thead = el('thead');
    thead.append(head);
    this.tbody = el('tbody');
    this.table.append(thead, this.tbody);
    this.el.append(filters, this.table);
  }

  /** Re-renders at most once a second unless forced; skipped while the panel is hidden. */
  render(force = false) {
    const now = performance.now();
    if (!force && (now - this.lastRender < 1000 || !this.el.classList.contains('active'))) return;
    this.lastRender = now;
    const p = this.picture;
    const col = COLUMNS.find((c) => c.key === this.sortKey);
    const rows = [];
    let passing = 0;
    for (const x of p.tracks()) {
      if (!p.passes(x.trackId)) continue;
      passing++;
      if (this.identityFilter && p.identityOf(x.trackId) !== this.identityFilter) continue;
      if (this.filterText) {
        const hay = `${x.trackId} ${displayName(x)} ${x.class} ${className(x.class)} ${p.identityOf(x.trackId)}`.toUpperCase();
        if (!hay.includes(this.filterText)) continue;
      }
      rows.push(x);
    }
    const sign = this.desc ? -1 : 1;
    rows.sort((a, b) => sign * compare(col.value(a, p), col.value(b, p)));
    this.headers.forEach((th, i) => {
      th.classList.toggle('sorted', COLUMNS[i].key === this.sortKey);
      th.classList.toggle('desc', COLUMNS[i].key === this.sortKey && this.desc);
    });
    this.summary.textContent = t('tracks.summary', { n: rows.length, count: p.size })
      + (passing < p.size ? ` ${t('tracks.filtered', { n: p.size - passing })}` : '')
      + (rows.length > MAX_ROWS ? ` ${t('tracks.firstShown', { n: MAX_ROWS })}` : '');
    const frag = document.createDocumentFragment();
    for (const x of rows.slice(0, MAX_ROWS)) {
      const tr = el('tr', x.trackId === p.selectedId ? 'selected' : '');
      tr.dataset.trackId = x.trackId;
      for (const c of COLUMNS) {
        const td = el('td', c.num ? 'num' : '');
        if (c.key === 'identity') {
          const ident = p.identityOf(x.trackId);
          const img = el('img');
          img.src = cachedSymbolUrl(ident, p.functionOf(x.trackId));
          img.height = 14;
          img.style.verticalAlign = 'middle';
          td.title = ident ? t(`identity.${ident}`) : '';
          td.append(img, ` ${ident ? t(`identShort.${ident}`).toLowerCase() : ''}`);
        } else td.textContent = c.show ? c.show(x) : (c.value(x, p) ?? '');
        tr.append(td);
      }
      tr.onclick = () => this.actions.selectTrack(x.trackId);
      frag.append(tr);
    }
    this.tbody.replaceChildren(frag);
  }
}

const svgCache = new Map();
export function cachedSymbolUrl(identity, fn) {
  const k = `${identity}/${fn}`;
  if (!svgCache.has(k)) svgCache.set(k, symbolSvgUrl(identity, fn, 10));
  return svgCache.get(k);
}

function compare(a, b) {
  if (a == null || (typeof a === 'number' && Number.isNaN(a))) return 1;
  if (b == null || (typeof b === 'number' && Number.isNaN(b))) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function fmt(v) {
  return v == null || !Number.isFinite(v) ? '---' : String(Math.round(v));
}
