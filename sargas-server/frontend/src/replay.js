// Replay: pick a time window, load /api/replay (one frame per second), play it back on the map at a
// chosen speed with a slider; the live picture is kept aside and restored with "Live".
import { getJson, replayUrl } from './api.js';
import { el } from './alerts.js';
import { TRAIL_POINTS } from './picture.js';
import { t } from './i18n.js';

const SPEEDS = [1, 2, 5, 10, 30, 60];

export class Replay {
  /**
   * @param {HTMLElement} bar
   * @param {import('./picture.js').TrackPicture} picture
   * @param {{enter: () => void, exit: () => void, now: () => string|null, time: (iso:string) => void,
 *   meta: (trackId:string) => object|undefined}} hooks
   */
  constructor(bar, picture, hooks) {
    this.bar = bar;
    this.picture = picture;
    this.hooks = hooks;
    this.frames = [];
    this.index = 0;
    this.playing = false;
    this.active = false;
    this.speed = 10;
    this.build();
  }

  build() {
    const b = this.bar;
    b.append(el('b', '', t('replay.title')));
    this.from = input('replay-from');
    this.to = input('replay-to');
    b.append(el('span', 'hint', t('replay.from')), this.from, el('span', 'hint', t('replay.to')), this.to, el('span', 'hint', 'UTC'));
    this.loadBtn = button(t('replay.load'), 'replay-load', () => this.loadFromInputs());
    this.playBtn = button(t('replay.play'), 'replay-play', () => this.toggle());
    this.playBtn.disabled = true;
    this.speedSel = el('select');
    this.speedSel.dataset.testid = 'replay-speed';
    for (const s of SPEEDS) {
      const o = el('option', '', `${s}×`);
      o.value = String(s);
      if (s === this.speed) o.selected = true;
      this.speedSel.append(o);
    }
    this.speedSel.onchange = () => {
      this.speed = Number(this.speedSel.value);
    };
    this.slider = el('input');
    this.slider.type = 'range';
    this.slider.min = '0';
    this.slider.max = '0';
    this.slider.value = '0';
    this.slider.disabled = true;
    this.slider.dataset.testid = 'replay-slider';
    this.slider.oninput = () => this.seek(Number(this.slider.value));
    this.timeLabel = el('span', 'rtime', '');
    this.timeLabel.dataset.testid = 'replay-time';
    this.liveBtn = button(t('replay.live'), 'replay-live', () => this.exit());
    this.liveBtn.disabled = true;
    b.append(this.loadBtn, this.playBtn, this.speedSel, this.slider, this.timeLabel, this.liveBtn);
    b.addEventListener('focusin', () => this.defaultWindow(), { once: true });
  }

  /** Fills the inputs with the last ten minutes of picture time when they are empty. */
  defaultWindow() {
    if (this.from.value) return;
    const now = this.hooks.now() ? Date.parse(this.hooks.now()) : Date.now();
    this.setInputs(new Date(now - 600000).toISOString(), new Date(now).toISOString());
  }

  setInputs(fromIso, toIso) {
    this.from.value = fromIso.slice(0, 19);
    this.to.value = toIso.slice(0, 19);
  }

  async loadFromInputs() {
    this.defaultWindow();
    await this.load(`${this.from.value}Z`, `${this.to.value}Z`);
  }

  /** Loads a window and starts playing it. */
  async load(fromIso, toIso, autoplay = true) {
    this.setInputs(fromIso, toIso);
    this.pause();
    this.timeLabel.textContent = t('replay.loading');
    let r;
    try {
      r = await getJson(replayUrl(new Date(fromIso).toISOString(), new Date(toIso).toISOString()));
    } catch (e) {
      this.timeLabel.textContent = t('replay.failed', { error: e.message });
      return;
    }
    this.frames = enrich(r.frames || [], this.hooks.meta);
    if (this.frames.length === 0) {
      this.timeLabel.textContent = t('replay.noData');
      return;
    }
    if (!this.active) {
      this.active = true;
      this.hooks.enter();
    }
    this.slider.max = String(this.frames.length - 1);
    this.slider.disabled = false;
    this.playBtn.disabled = false;
    this.liveBtn.disabled = false;
    this.seek(0);
    if (autoplay) this.play();
  }

  /** Shows frame i with trails built from the frames before it. */
  seek(i) {
    this.index = Math.max(0, Math.min(i, this.frames.length - 1));
    const f = this.frames[this.index];
    this.picture.reset(f.tracks || []);
    this.picture.seedTrails(this.frames.slice(Math.max(0, this.index - TRAIL_POINTS + 1), this.index + 1)
      .map((x) => x.tracks || []));
    this.show();
  }

  step() {
    if (this.index >= this.frames.length - 1) {
      this.pause();
      return;
    }
    const prev = this.frames[this.index].tracks || [];
    this.index++;
    const cur = this.frames[this.index].tracks || [];
    const present = new Set(cur.map((t) => t.trackId));
    this.picture.update(cur, prev.map((t) => t.trackId).filter((id) => !present.has(id)));
    this.show();
  }

  show() {
    const f = this.frames[this.index];
    this.slider.value = String(this.index);
    this.timeLabel.textContent = `${f.time} (${this.index + 1}/${this.frames.length})`;
    this.hooks.time(f.time);
  }

  play() {
    if (this.playing) return;
    this.playing = true;
    this.playBtn.textContent = t('replay.pause');
    let last = performance.now();
    let acc = 0;
    this.timer = setInterval(() => {
      const now = performance.now();
      acc += ((now - last) / 1000) * this.speed;
      last = now;
      while (acc >= 1 && this.playing) {
        acc -= 1;
        this.step();
      }
    }, 50);
  }

  pause() {
    this.playing = false;
    this.playBtn.textContent = t('replay.play');
    clearInterval(this.timer);
  }

  toggle() {
    if (this.playing) this.pause();
    else {
      if (this.index >= this.frames.length - 1) this.seek(0);
      this.play();
    }
  }

  exit() {
    this.pause();
    this.active = false;
    this.frames = [];
    this.slider.disabled = true;
    this.playBtn.disabled = true;
    this.liveBtn.disabled = true;
    this.timeLabel.textContent = '';
    this.hooks.exit();
  }
}

/** Velocity baseline: the oldest remembered point at most this far back (filtered positions are noisy). */
const BASELINE_MS = 5000;
/** A track missing from the frames (history is downsampled) stays shown at its last point this long. */
const HOLD_MS = 10000;

/**
 * Replay frames carry positions only; fill in what the map needs from what the live picture last
 * knew of each track (class, identity), and velocity from positions up to BASELINE_MS earlier (for
 * the leaders). A frame holding a track twice (several history points in one second) keeps the last;
 * a track absent from a frame is carried at its last point for HOLD_MS, so that it does not flicker.
 */
export function enrich(frames, meta) {
  const recent = new Map();
  const held = new Map();
  return frames.map((f) => {
    const frameMs = Date.parse(f.time);
    const latest = new Map();
    for (const t of f.tracks || []) latest.set(t.trackId, t);
    const tracks = [...latest.values()].map((t) => {
      const known = meta(t.trackId) || {};
      const out = { state: 'CONFIRMED', ...known, ...t };
      const ms = Date.parse(t.time || f.time);
      const back = (recent.get(t.trackId) || []).filter((p) => ms - p[0] <= BASELINE_MS && ms > p[0]);
      if (out.velocityEastMps == null && back.length) {
        const [t0, lat0, lon0] = back[0];
        const dt = (ms - t0) / 1000;
        out.velocityNorthMps = ((t.lat - lat0) * 111320) / dt;
        out.velocityEastMps = ((t.lon - lon0) * 111320 * Math.cos((t.lat * Math.PI) / 180)) / dt;
        out.speedMps = Math.hypot(out.velocityEastMps, out.velocityNorthMps);
        out.courseDeg = ((Math.atan2(out.velocityEastMps, out.velocityNorthMps) * 180) / Math.PI + 360) % 360;
      }
      back.push([ms, t.lat, t.lon]);
      recent.set(t.trackId, back);
      held.set(t.trackId, out);
      return out;
    });
    for (const [id, t] of held) {
      if (latest.has(id)) continue;
      if (frameMs - Date.parse(t.time) > HOLD_MS) held.delete(id);
      else tracks.push(t);
    }
    return { time: f.time, tracks };
  });
}

function input(testid) {
  const i = el('input');
  i.type = 'datetime-local';
  i.step = '1';
  i.dataset.testid = testid;
  return i;
}

function button(text, testid, onclick) {
  const b = el('button', '', text);
  b.dataset.testid = testid;
  b.onclick = onclick;
  return b;
}
