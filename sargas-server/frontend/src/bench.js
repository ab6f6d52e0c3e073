// Developer aids for the 10,000-track requirement: a client-side synthetic feed (?synthetic=N) that
// moves N tracks once a second, and a frame-time meter (?bench=SECONDS) that pans the map every frame
// and records requestAnimationFrame intervals and the time spent applying each update.

const CLASSES = ['FAST_JET', 'LARGE_AIRCRAFT', 'HELICOPTER_OR_LIGHT_AIRCRAFT', 'SMALL_DRONE', 'LOITERING_MUNITION', 'BALLOON', 'UNKNOWN'];

/** Deterministic PRNG (mulberry32) so that every run draws the same picture. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts a synthetic feed of n tracks; calls onMessage like the WebSocket would, once a second. */
export function startSyntheticFeed(n, onMessage, seed = 20251023) {
  const r = rng(seed);
  const tracks = [];
  for (let i = 0; i < n; i++) {
    const cls = CLASSES[Math.floor(r() * CLASSES.length)];
    const coop = r() < 0.6;
    const speed = cls === 'FAST_JET' ? 200 + r() * 100 : cls === 'LARGE_AIRCRAFT' ? 150 + r() * 100 : 20 + r() * 60;
    const course = r() * 360;
    tracks.push({
      trackId: `S${String(i + 1).padStart(7, '0')}`,
      lat: 50 + r() * 10,
      lon: 14 + r() * 16,
      altM: 100 + r() * 11000,
      speedMps: speed,
      courseDeg: course,
      velocityEastMps: speed * Math.sin((course * Math.PI) / 180),
      velocityNorthMps: speed * Math.cos((course * Math.PI) / 180),
      sigmaM: 50,
      state: 'CONFIRMED',
      class: cls,
      classConfidence: 0.8,
      identity: coop ? { icao: (0x400000 + i).toString(16).toUpperCase(), callsign: `SYN${i}`, mode3a: null, remoteId: null }
        : { icao: null, callsign: null, mode3a: null, remoteId: null },
      emergency: false,
    });
  }
  let time = Date.parse('2025-10-23T15:00:00Z');
  const tick = () => {
    time += 1000;
    const iso = new Date(time).toISOString();
    for (const t of tracks) {
      const k = 1 / 111320;
      t.lat += t.velocityNorthMps * k;
      t.lon += (t.velocityEastMps * k) / Math.cos((t.lat * Math.PI) / 180);
      t.time = iso;
    }
    // fresh objects, as JSON.parse would give
    onMessage({ type: 'tracks', time: iso, tracks: tracks.map((t) => ({ ...t })), dropped: [] });
  };
  onMessage({ type: 'snapshot', time: new Date(time).toISOString(), tracks: tracks.map((t) => ({ ...t, time: new Date(time).toISOString() })),
    alerts: [], sensors: [], violations: [] });
  return setInterval(tick, 1000);
}

/**
 * Measures frame intervals for `seconds` after a warm-up while the view pans every frame.
 * `updateTimes` is an array the caller fills with the milliseconds each live update took.
 * Resolves to the statistics, also put in window.__sargasBench and shown in #bench.
 */
export function measureFrames(map, seconds, updateTimes, renderTimes, warmupS = 3) {
  const out = document.getElementById('bench');
  out.hidden = false;
  out.textContent = `warming up ${warmupS} s…`;
  return new Promise((resolve) => {
    setTimeout(() => {
      updateTimes.length = 0;
      renderTimes.length = 0;
      const intervals = [];
      const view = map.getView();
      // ?drag=1: pan as a mouse drag does (the view's interacting hint), so layers that can wait
      // for the end of a drag (the basemap's images) are moved, not redrawn
      const drag = new URLSearchParams(location.search).get('drag') === '1';
      if (drag) view.beginInteraction();
      const start = performance.now();
      let last = start;
      const center = view.getCenter();
      const frame = (now) => {
        intervals.push(now - last);
        last = now;
        const k = (now - start) / 1000;
        view.setCenter([center[0] + Math.sin(k / 3) * 150000, center[1] + Math.cos(k / 3) * 80000]);
        if (now - start < seconds * 1000) {
          requestAnimationFrame(frame);
          return;
        }
        if (drag) view.endInteraction();
        intervals.shift();
        const res = stats(intervals, updateTimes);
        const parts = ['project', 'lines', 'symbols', 'labels'];
        parts.forEach((name, k) => {
          res[`render_${name}_ms`] = renderTimes.reduce((a, r) => a + r[k], 0) / Math.max(1, renderTimes.length);
        });
        res.renders = renderTimes.length;
        res.inView = window.__sargas.picture.lastDrawn.inView;
        window.__sargasBench = res;
        out.textContent = `frames ${res.frames}  fps ${res.fps.toFixed(1)}\nframe ms mean ${res.meanMs.toFixed(1)} p50 ${res.p50Ms.toFixed(1)}`
          + ` p95 ${res.p95Ms.toFixed(1)} p99 ${res.p99Ms.toFixed(1)} max ${res.maxMs.toFixed(1)}\n`
          + `update ms mean ${res.updateMeanMs.toFixed(1)} max ${res.updateMaxMs.toFixed(1)} (${res.updates} updates)\n`
          + `track layer ms: project ${res.render_project_ms.toFixed(1)} lines ${res.render_lines_ms.toFixed(1)}`
          + ` symbols ${res.render_symbols_ms.toFixed(1)} labels ${res.render_labels_ms.toFixed(1)}; ${res.inView} in view`;
        resolve(res);
      };
      requestAnimationFrame((t) => {
        last = t;
        requestAnimationFrame(frame);
      });
    }, warmupS * 1000);
  });
}

function stats(intervals, updates) {
  const s = [...intervals].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const sum = s.reduce((a, b) => a + b, 0);
  const us = updates.length ? updates : [0];
  return {
    frames: s.length,
    fps: (1000 * s.length) / sum,
    meanMs: sum / s.length,
    p50Ms: q(0.5),
    p95Ms: q(0.95),
    p99Ms: q(0.99),
    maxMs: s[s.length - 1],
    updates: updates.length,
    updateMeanMs: us.reduce((a, b) => a + b, 0) / us.length,
    updateMaxMs: Math.max(...us),
  };
}
