// The live state of the picture as told by /ws/picture: alerts, violations, sensors, and listeners.

export class LiveState {
  constructor() {
    this.alerts = new Map();
    this.violations = new Map();
    this.sensors = [];
    this.time = null;
    this.listeners = {};
    this.config = { friendlyMode3a: new Set(), friendlyCallsignPrefixes: [] };
  }

  on(event, fn) {
    (this.listeners[event] ||= []).push(fn);
  }

  emit(event, arg) {
    for (const fn of this.listeners[event] || []) fn(arg);
  }

  /**
   * Track ids that violated a protected zone, open or closed: their identity becomes hostile or
   * suspect and stays so after they leave (an operator does not forget an intruder).
   */
  violatingTrackIds() {
    const out = new Set();
    for (const v of this.violations.values()) out.add(v.trackId);
    return out;
  }

  /** Track ids with an open early-warning alert. */
  warnedTrackIds() {
    const out = new Set();
    for (const a of this.alerts.values()) if (a.kind === 'EARLY_WARNING' && a.state !== 'CLOSED') out.add(a.trackId);
    return out;
  }

  identityContext() {
    return {
      violating: this.violatingTrackIds(),
      warned: this.warnedTrackIds(),
      friendlyMode3a: this.config.friendlyMode3a,
      friendlyCallsignPrefixes: this.config.friendlyCallsignPrefixes,
    };
  }

  putAlert(a) {
    const before = this.alerts.get(a.alertId);
    this.alerts.set(a.alertId, a);
    this.emit('alert', { alert: a, isNew: !before && a.state === 'NEW' });
  }

  putViolation(v) {
    this.violations.set(v.violationId, v);
    this.emit('violation', v);
  }

  setSensors(list) {
    this.sensors = list;
    this.emit('sensors', list);
  }
}
