// The alert panel: NEW / ACKNOWLEDGED / CLOSED, acknowledge, and the audible and visual cue.
import { acknowledgeAlert } from './api.js';
import { alertStyle, shortTime, suspensionText, warningText } from './airspace.js';
import { language, t } from './i18n.js';

export { shortTime };

const STATES = ['NEW', 'ACKNOWLEDGED', 'CLOSED'];

export class AlertPanel {
  /**
   * @param {HTMLElement} el panel element
   * @param {import('./state.js').LiveState} state
   * @param {{openIncident: (violationId:string) => void, selectTrack: (id:string) => void}} actions
   */
  constructor(el, state, actions) {
    this.el = el;
    this.state = state;
    this.actions = actions;
    this.filter = 'NEW';
    this.soundOn = false;
    this.audio = null;
    /** Which severities sound (settings.sound). */
    this.soundBySeverity = { CRITICAL: true, WARNING: true, INFO: false };
    /** The alert the operator stepped to with "next alert" (keyboard), highlighted in the list. */
    this.focusedId = null;
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

  /** Turns the audible cue on or off (mute); browsers allow audio only after a user gesture. */
  toggleSound() {
    this.soundOn = !this.soundOn;
    if (this.soundOn && !this.audio && globalThis.AudioContext) this.audio = new AudioContext();
    return this.soundOn;
  }

  cue(alert) {
    const style = alertStyle(alert);
    const detail = warningText(alert);
    this.banner.textContent = `⚠ ${t(`severity.${alert.severity}`)} ${style.label}: ${alertMessage(alert)}${detail ? ` — ${detail}` : ''}`;
    this.banner.className = `tone-${style.tone}`;
    this.banner.hidden = false;
    this.banner.dataset.alertId = alert.alertId;
    this.tab.classList.add('alerting');
    if (this.soundOn && this.audio && this.soundBySeverity[alert.severity]) tone(this.audio, alert.severity);
  }

  /** NEW alerts, newest first. */
  newAlerts() {
    return [...this.state.alerts.values()].filter((a) => a.state === 'NEW').sort((a, b) => (a.time < b.time ? 1 : -1));
  }

  /**
   * Steps to the next NEW alert (after the focused one, wrapping), shows the alert list and
   * returns it (the caller hooks its track), or null when there is none.
   */
  next() {
    const list = this.newAlerts();
    if (list.length === 0) return null;
    const k = list.findIndex((a) => a.alertId === this.focusedId);
    const a = list[(k + 1) % list.length];
    this.focusedId = a.alertId;
    this.filter = 'NEW';
    this.actions.showTab('alerts');
    this.render();
    const item = this.el.querySelector(`[data-alert-id="${CSS.escape(a.alertId)}"]`);
    if (item) item.scrollIntoView({ block: 'nearest' });
    return a;
  }

  /** Acknowledges the focused NEW alert, else the newest one; resolves to it (or null). */
  async acknowledgeFocused() {
    const list = this.newAlerts();
    const a = list.find((x) => x.alertId === this.focusedId) || list[0];
    if (!a) return null;
    const acked = await acknowledgeAlert(a.alertId);
    this.state.putAlert(acked);
    return acked;
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
      const b = el('button', s === this.filter ? 'active' : '', `${t(`alerts.state.${s}`)} (${c[s] || 0})`);
      b.dataset.testid = `alerts-${s.toLowerCase()}`;
      b.onclick = () => {
        this.filter = s;
        this.render();
      };
      filters.append(b);
    }
    this.el.append(filters);
    if (list.length === 0) this.el.append(el('p', 'hint', t(`alerts.none.${this.filter}`)));
    for (const a of list) this.el.append(this.item(a));
  }

  item(a) {
    const style = alertStyle(a);
    const div = el('div', `alert ${a.severity} ${a.state} tone-${style.tone}${a.alertId === this.focusedId ? ' focused' : ''}`);
    div.dataset.testid = 'alert';
    div.dataset.alertId = a.alertId;
    div.dataset.kind = a.kind;
    if (a.trackId) div.dataset.trackId = a.trackId;
    const head = el('div', 'head');
    const kind = el('span', 'kind', style.label);
    kind.title = a.kind;
    const time = el('span', 'time', shortTime(a.time));
    time.title = a.time || '';
    head.append(el('span', 'sev', t(`severity.${a.severity}`)), kind, time);
    const msg = el('div', 'msg', alertMessage(a));
    if (language() !== 'en') msg.title = a.message || '';
    div.append(head, msg);
    const detail = warningText(a);
    if (detail) {
      const d = el('div', 'detail', detail);
      d.dataset.testid = 'warning-detail';
      div.append(d);
    }
    const meta = [a.trackId && t('alerts.metaTrack', { id: a.trackId }), a.zoneId && t('alerts.metaZone', { id: a.zoneId })]
      .filter(Boolean).join(' · ');
    if (meta) div.append(el('div', 'meta', meta));
    if (a.acknowledgedBy) {
      div.append(el('div', 'meta', t('alerts.acknowledgedBy', { who: a.acknowledgedBy, at: shortTime(a.acknowledgedAt) })));
    }
    const actions = el('div', 'actions');
    if (a.state === 'NEW') {
      const ack = el('button', '', t('alerts.acknowledge'));
      ack.dataset.testid = 'ack';
      ack.onclick = async () => {
        ack.disabled = true;
        try {
          this.state.putAlert(await acknowledgeAlert(a.alertId));
        } catch (e) {
          ack.disabled = false;
          ack.textContent = t('alerts.retry');
          console.error(e);
        }
      };
      actions.append(ack);
    }
    if (a.trackId) {
      const show = el('button', '', t('alerts.showTrack'));
      show.onclick = () => this.actions.selectTrack(a.trackId);
      actions.append(show);
    }
    if (a.violationId) {
      const inc = el('button', '', t('alerts.incident'));
      inc.dataset.testid = 'open-incident';
      inc.onclick = () => this.actions.openIncident(a.violationId);
      actions.append(inc);
    }
    div.append(actions);
    return div;
  }
}

/**
 * The cue of each severity, told apart by ear: CRITICAL three high beeps (880 Hz), WARNING two
 * falling beeps (660 → 520 Hz), INFO one low beep (440 Hz).
 */
export const TONES = {
  CRITICAL: [[880, 0], [880, 0.3], [880, 0.6]],
  WARNING: [[660, 0], [520, 0.35]],
  INFO: [[440, 0]],
};

function tone(ctx, severity) {
  for (const [hz, at] of TONES[severity] || TONES.INFO) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = hz;
    osc.connect(gain).connect(ctx.destination);
    const t0 = ctx.currentTime + at;
    gain.gain.setValueAtTime(0.2, t0);
    gain.gain.setValueAtTime(0, t0 + 0.18);
    osc.start(t0);
    osc.stop(t0 + 0.2);
  }
}

/**
 * The alert's sentence in the language in use: the server's message in English; in other
 * languages one built from the alert's fields (the server's text stays in the title).
 */
export function alertMessage(a) {
  if (language() === 'en' || !a) return a?.message || '';
  const v = { track: a.trackId || '?', zone: a.zoneId || '?' };
  switch (a.kind) {
    case 'VIOLATION': {
      const from = /\bfrom ([A-Z]{3})\b/.exec(a.message || '');
      const civil = /\(cooperative civil traffic: (.*)\)/.exec(a.message || '');
      const text = from ? t('msg.violationFrom', { ...v, from: from[1] }) : t('msg.violation', v);
      return civil ? `${text} ${t('msg.civil', { who: civil[1] })}` : text;
    }
    case 'EARLY_WARNING':
      return t('msg.earlyWarning', v);
    case 'RUNWAY_SUSPENSION':
      return a.severity === 'INFO' ? t('msg.runwayClear', v) : t('msg.runwaySuspension', v);
    case 'SENSOR_DOWN': {
      const id = /^A-DOWN-(.+)-\d+$/.exec(a.alertId || '');
      return t('msg.sensorDown', { sensor: id ? id[1] : (a.message || '').split(' ')[0] });
    }
    case 'EMERGENCY_SQUAWK':
      return t('msg.emergency', v);
    default:
      return a.message || '';
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
