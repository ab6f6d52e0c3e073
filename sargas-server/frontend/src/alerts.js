// The alert panel: NEW / ACKNOWLEDGED / CLOSED, acknowledge, and the audible and visual cue.
import { acknowledgeAlert } from './api.js';
import { alertStyle, shortTime, suspensionText, warningText } from './airspace.js';

export { shortTime };

const STATES = ['NEW', 'ACKNOWLEDGED', 'CLOSED'];

export class AlertPanel {
  /**
   * @param {HTMLElement} el panel element
   * @param {import('./state.js').LiveState} state
   * @param {{operator: () => string, openIncident: (violationId:string) => void, selectTrack: (id:string) => void}} actions
   */
  constructor(el, state, actions) {
    this.el = el;
    this.state = state;
    this.actions = actions;
    this.filter = 'NEW';
    this.soundOn = false;
    this.audio = null;
    this.badge = document.getElementById('alert-badge');
    this.tab = document.querySelector('[data-tab=alerts]');
    this.banner = document.getElementById('banner');
    this.banner.addEventListener('click', () => {
      this.banner.hidden = true;
      this.actions.showTab('alerts');
    });
    state.on('alert', ({ alert, isNew }) => {
      if (isNew) this.cue(alert);
      this.render();
    });
    this.render();
  }

  /** Turns the audible cue on or off (browsers allow audio only after a user gesture). */
  toggleSound() {
    this.soundOn = !this.soundOn;
    if (this.soundOn && !this.audio) this.audio = new AudioContext();
    return this.soundOn;
  }

  cue(alert) {
    const style = alertStyle(alert);
    const detail = warningText(alert);
    this.banner.textContent = `⚠ ${alert.severity} ${style.label}: ${alert.message}${detail ? ` — ${detail}` : ''}`;
    this.banner.className = `tone-${style.tone}`;
    this.banner.hidden = false;
    this.banner.dataset.alertId = alert.alertId;
    this.tab.classList.add('alerting');
    if (this.soundOn && this.audio) beep(this.audio, alert.severity === 'CRITICAL' ? 3 : 1);
  }

  counts() {
    const c = { NEW: 0, ACKNOWLEDGED: 0, CLOSED: 0 };
    for (const a of this.state.alerts.values()) c[a.state] = (c[a.state] || 0) + 1;
    return c;
  }

  render() {
    const c = this.counts();
    this.badge.textContent = String(c.NEW);
    this.badge.classList.toggle('zero', c.NEW === 0);
    if (c.NEW === 0) {
      this.tab.classList.remove('alerting');
      this.banner.hidden = true;
    }
    const list = [...this.state.alerts.values()]
      .filter((a) => a.state === this.filter)
      .sort((a, b) => (a.time < b.time ? 1 : -1));
    this.el.replaceChildren();
    const filters = el('div', 'filters');
    for (const s of STATES) {
      const b = el('button', s === this.filter ? 'active' : '', `${s.toLowerCase()} (${c[s] || 0})`);
      b.dataset.testid = `alerts-${s.toLowerCase()}`;
      b.onclick = () => {
        this.filter = s;
        this.render();
      };
      filters.append(b);
    }
    this.el.append(filters);
    if (list.length === 0) this.el.append(el('p', 'hint', `No ${this.filter.toLowerCase()} alerts.`));
    for (const a of list) this.el.append(this.item(a));
  }

  item(a) {
    const style = alertStyle(a);
    const div = el('div', `alert ${a.severity} ${a.state} tone-${style.tone}`);
    div.dataset.testid = 'alert';
    div.dataset.alertId = a.alertId;
    div.dataset.kind = a.kind;
    if (a.trackId) div.dataset.trackId = a.trackId;
    const head = el('div', 'head');
    const kind = el('span', 'kind', style.label);
    kind.title = a.kind;
    const time = el('span', 'time', shortTime(a.time));
    time.title = a.time || '';
    head.append(el('span', 'sev', a.severity), kind, time);
    div.append(head, el('div', 'msg', a.message));
    const detail = warningText(a);
    if (detail) {
      const d = el('div', 'detail', detail);
      d.dataset.testid = 'warning-detail';
      div.append(d);
    }
    const meta = [a.trackId && `track ${a.trackId}`, a.zoneId && `zone ${a.zoneId}`].filter(Boolean).join(' · ');
    if (meta) div.append(el('div', 'meta', meta));
    if (a.acknowledgedBy) div.append(el('div', 'meta', `acknowledged by ${a.acknowledgedBy} at ${shortTime(a.acknowledgedAt)}`));
    const actions = el('div', 'actions');
    if (a.state === 'NEW') {
      const ack = el('button', '', 'Acknowledge');
      ack.dataset.testid = 'ack';
      ack.onclick = async () => {
        ack.disabled = true;
        try {
          this.state.putAlert(await acknowledgeAlert(a.alertId, this.actions.operator()));
        } catch (e) {
          ack.disabled = false;
          ack.textContent = 'Retry acknowledge';
          console.error(e);
        }
      };
      actions.append(ack);
    }
    if (a.trackId) {
      const show = el('button', '', 'Show track');
      show.onclick = () => this.actions.selectTrack(a.trackId);
      actions.append(show);
    }
    if (a.violationId) {
      const inc = el('button', '', 'Incident');
      inc.dataset.testid = 'open-incident';
      inc.onclick = () => this.actions.openIncident(a.violationId);
      actions.append(inc);
    }
    div.append(actions);
    return div;
  }
}

function beep(ctx, times) {
  for (let i = 0; i < times; i++) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    osc.connect(gain).connect(ctx.destination);
    const t0 = ctx.currentTime + i * 0.3;
    gain.gain.setValueAtTime(0.2, t0);
    gain.gain.setValueAtTime(0, t0 + 0.18);
    osc.start(t0);
    osc.stop(t0 + 0.2);
  }
}

/**
 * The persistent banner of runway suspensions: one line per suspended airport until its all-clear
 * (not dismissable, unlike the alert cue).
 * @param {HTMLElement} box
 * @param {Map<string, object>} suspensions suspensionState of the alerts
 */
export function renderSuspensions(box, suspensions) {
  const lines = [...suspensions.values()].sort((a, b) => (a.zoneId < b.zoneId ? -1 : 1));
  box.replaceChildren(...lines.map((s) => {
    const line = el('div', 'suspension', suspensionText(s));
    line.dataset.zoneId = s.zoneId;
    line.title = s.message;
    return line;
  }));
  box.hidden = lines.length === 0;
}

export function el(tag, cls = '', text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}
