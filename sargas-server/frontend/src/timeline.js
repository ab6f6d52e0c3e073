// The violation timeline: one bar per violation from entry to exit (open ones run to the picture
// time), stacked in lanes, coloured by status; a click opens the incident.

import { t } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const MIN_SPAN_MS = 10 * 60 * 1000;

export class Timeline {
  constructor(el, state, openIncident) {
    this.el = el;
    this.state = state;
    this.openIncident = openIncident;
    this.selected = null;
  }

  render(nowIso) {
    const vs = [...this.state.violations.values()].filter((v) => v.entryTime);
    const now = nowIso ? Date.parse(nowIso) : Date.now();
    const w = this.el.clientWidth || 800;
    const h = this.el.clientHeight || 86;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.dataset.testid = 'timeline-svg';
    text(svg, 6, 12, t('timeline.violations'), '#8aa0b4', 11);
    if (vs.length === 0) {
      text(svg, 80, 12, t('timeline.none'), '#8aa0b4', 11);
      this.el.replaceChildren(svg);
      return;
    }
    const ends = vs.map((v) => (v.exitTime ? Date.parse(v.exitTime) : Math.max(now, Date.parse(v.entryTime))));
    let t0 = Math.min(...vs.map((v) => Date.parse(v.entryTime)));
    let t1 = Math.max(...ends);
    const pad = Math.max((t1 - t0) * 0.05, 30000);
    t0 -= pad;
    t1 += pad;
    if (t1 - t0 < MIN_SPAN_MS) {
      const mid = (t0 + t1) / 2;
      t0 = mid - MIN_SPAN_MS / 2;
      t1 = mid + MIN_SPAN_MS / 2;
    }
    const left = 80;
    const right = w - 10;
    const x = (t) => left + ((t - t0) / (t1 - t0)) * (right - left);
    // time axis
    const axisY = h - 14;
    line(svg, left, axisY, right, axisY, '#2a3a4a');
    const step = niceStep((t1 - t0) / 8);
    for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
      line(svg, x(t), axisY, x(t), axisY + 4, '#55697c');
      text(svg, x(t) - 24, h - 1, new Date(t).toISOString().slice(11, 19), '#8aa0b4', 10);
    }
    // lanes: greedy packing so that overlapping violations do not hide each other
    const sorted = vs.map((v, i) => ({ v, start: Date.parse(v.entryTime), end: ends[i] })).sort((a, b) => a.start - b.start);
    const laneEnds = [];
    const laneH = 14;
    for (const item of sorted) {
      let lane = laneEnds.findIndex((e) => e < item.start);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = item.end;
      if (lane > 3) continue;
      const y = 16 + lane * (laneH + 2);
      const open = !item.v.exitTime;
      const r = document.createElementNS(NS, 'rect');
      r.setAttribute('x', x(item.start));
      r.setAttribute('y', y);
      r.setAttribute('width', Math.max(4, x(item.end) - x(item.start)));
      r.setAttribute('height', laneH);
      r.setAttribute('rx', 2);
      r.setAttribute('fill', open ? '#ff4040' : '#b06a2a');
      if (item.v.violationId === this.selected) r.setAttribute('stroke', '#ffffff');
      r.classList.add('bar');
      r.dataset.testid = 'timeline-bar';
      r.dataset.violationId = item.v.violationId;
      const title = document.createElementNS(NS, 'title');
      title.textContent = t('timeline.barTitle', { track: item.v.trackId, zone: item.v.zone, entry: item.v.entryTime,
        exit: item.v.exitTime || t('timeline.open') })
        + (item.v.maxDepthM != null ? `, ${t('incident.markDepth', { m: Math.round(item.v.maxDepthM) })}` : '');
      r.append(title);
      r.addEventListener('click', () => this.openIncident(item.v.violationId));
      svg.append(r);
      text(svg, x(item.start) + 3, y + 11, `${item.v.trackId} ${item.v.zone}`, '#ffffff', 10, true);
    }
    const nowX = x(now);
    if (nowX >= left && nowX <= right) line(svg, nowX, 14, nowX, axisY, '#4fc3ff');
    this.el.replaceChildren(svg);
  }
}

function niceStep(ms) {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400].map((s) => s * 1000);
  return steps.find((s) => s >= ms) || 86400000;
}

function line(svg, x1, y1, x2, y2, color) {
  const l = document.createElementNS(NS, 'line');
  l.setAttribute('x1', x1);
  l.setAttribute('y1', y1);
  l.setAttribute('x2', x2);
  l.setAttribute('y2', y2);
  l.setAttribute('stroke', color);
  svg.append(l);
}

function text(svg, x, y, s, color, size, noEvents = false) {
  const t = document.createElementNS(NS, 'text');
  t.setAttribute('x', x);
  t.setAttribute('y', y);
  t.setAttribute('fill', color);
  t.setAttribute('font-size', size);
  if (noEvents) t.setAttribute('pointer-events', 'none');
  t.textContent = s;
  svg.append(t);
}
