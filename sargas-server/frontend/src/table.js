// The track table: sortable by any column, filtered by free text (id, name, class, identity) and
// identity; renders at most MAX_ROWS rows so that 10,000 tracks stay cheap.
import { el } from './alerts.js';
import { displayName, flightLevel, knots } from './picture.js';
import { symbolSvgUrl } from './symbols.js';

const MAX_ROWS = 200;
/** Short names of the track classes for the table. */
const CLASS_NAMES = {
  FAST_JET: 'fast jet', LARGE_AIRCRAFT: 'large', HELICOPTER_OR_LIGHT_AIRCRAFT: 'heli/light',
  SMALL_DRONE: 'drone', LOITERING_MUNITION: 'loit. mun.', BALLOON: 'balloon', UNKNOWN: 'unknown',
};
const COLUMNS = [
  { key: 'trackId', label: 'Track', value: (t) => t.trackId },
  { key: 'identity', label: 'Ident', value: (t, p) => p.identityOf(t.trackId) },
  { key: 'name', label: 'Call / ICAO / RID', value: (t) => displayName(t) },
  { key: 'class', label: 'Class', value: (t) => t.class, show: (t) => CLASS_NAMES[t.class] || t.class },
  { key: 'altM', label: 'FL', num: true, value: (t) => t.altM, show: (t) => flightLevel(t.altM).slice(2) },
  { key: 'speed', label: 'kt', num: true, value: (t) => knots(t.speedMps), show: (t) => fmt(knots(t.speedMps)) },
  { key: 'courseDeg', label: 'Hdg', num: true, value: (t) => t.courseDeg, show: (t) => fmt(t.courseDeg) },
  { key: 'state', label: 'St', value: (t) => t.state, show: (t) => (t.state || '').slice(0, 4).toLowerCase() },
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
    search.placeholder = 'filter: id, callsign, RID, class…';
    search.dataset.testid = 'track-filter';
    search.oninput = () => {
      this.filterText = search.value.trim().toUpperCase();
      this.render(true);
    };
    const ident = el('select');
    ident.dataset.testid = 'identity-filter';
    for (const v of ['', 'HOSTILE', 'SUSPECT', 'UNKNOWN', 'NEUTRAL', 'ASSUMED_FRIEND', 'FRIEND']) {
      const o = el('option', '', v || 'all identities');
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
      const th = el('th', c.num ? 'num' : '', c.label);
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
    for (const t of p.tracks()) {
      if (this.identityFilter && p.identityOf(t.trackId) !== this.identityFilter) continue;
      if (this.filterText) {
        const hay = `${t.trackId} ${displayName(t)} ${t.class} ${p.identityOf(t.trackId)}`.toUpperCase();
        if (!hay.includes(this.filterText)) continue;
      }
      rows.push(t);
    }
    const sign = this.desc ? -1 : 1;
    rows.sort((a, b) => sign * compare(col.value(a, p), col.value(b, p)));
    this.headers.forEach((th, i) => {
      th.classList.toggle('sorted', COLUMNS[i].key === this.sortKey);
      th.classList.toggle('desc', COLUMNS[i].key === this.sortKey && this.desc);
    });
    this.summary.textContent = `${rows.length} of ${p.size} tracks${rows.length > MAX_ROWS ? `, first ${MAX_ROWS} shown` : ''}`;
    const frag = document.createDocumentFragment();
    for (const t of rows.slice(0, MAX_ROWS)) {
      const tr = el('tr', t.trackId === p.selectedId ? 'selected' : '');
      tr.dataset.trackId = t.trackId;
      for (const c of COLUMNS) {
        const td = el('td', c.num ? 'num' : '');
        if (c.key === 'identity') {
          const img = el('img');
          img.src = cachedSymbolUrl(p.identityOf(t.trackId), p.functionOf(t.trackId));
          img.height = 14;
          img.style.verticalAlign = 'middle';
          td.title = p.identityOf(t.trackId) || '';
          td.append(img, ` ${IDENT_SHORT[p.identityOf(t.trackId)] || ''}`);
        } else td.textContent = c.show ? c.show(t) : (c.value(t, p) ?? '');
        tr.append(td);
      }
      tr.onclick = () => this.actions.selectTrack(t.trackId);
      frag.append(tr);
    }
    this.tbody.replaceChildren(frag);
  }
}

const IDENT_SHORT = { HOSTILE: 'hos', SUSPECT: 'sus', UNKNOWN: 'unk', NEUTRAL: 'neu', ASSUMED_FRIEND: 'a.fr', FRIEND: 'fr' };
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
