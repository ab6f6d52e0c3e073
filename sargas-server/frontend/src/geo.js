// Position words for the operator: the cursor readout (degrees-minutes-seconds and MGRS) and the
// measure tool (great-circle distance and initial true bearing), as pure functions (node --test).
import * as mgrsLib from 'mgrs';

/** The bundle (esbuild) sees the package's ES module; node's test runner its CommonJS build (under "default"). */
const mgrs = mgrsLib.forward ? mgrsLib : Object.values(mgrsLib).find((v) => v && typeof v.forward === 'function');
/** Mean Earth radius (IUGG), m: the sphere of the measure tool (error under 0.5 % against WGS 84). */
export const EARTH_RADIUS_M = 6371008.8;
const NM_M = 1852;

/**
 * The MGRS reference of a WGS 84 position with 1 m digits, spaced as read aloud:
 * "35U LA 89106 61342"; '' outside MGRS's UTM part (beyond 84° N / 80° S) or for bad input.
 */
export function mgrsOf(lat, lon) {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || lat > 84 || lat < -80) return '';
  try {
    const s = mgrs.forward([lon, lat], 5);
    const m = /^(\d{1,2}[C-X])([A-Z]{2})(\d{5})(\d{5})$/.exec(s);
    return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : s;
  } catch {
    return '';
  }
}

/** Degrees, minutes, seconds with the hemisphere: 54°41′14″N 025°16′47″E. */
export function dms(lat, lon) {
  const part = (v, width, pos, neg) => {
    const h = v < 0 ? neg : pos;
    let s = Math.round(Math.abs(v) * 3600);
    const d = Math.floor(s / 3600);
    s -= d * 3600;
    const m = Math.floor(s / 60);
    s -= m * 60;
    return `${String(d).padStart(width, '0')}°${String(m).padStart(2, '0')}′${String(s).padStart(2, '0')}″${h}`;
  };
  return `${part(lat, 2, 'N', 'S')} ${part(lon, 3, 'E', 'W')}`;
}

/**
 * Great-circle distance (m) and initial true bearing (degrees, 0..360) from (lat1, lon1) to
 * (lat2, lon2) on the sphere of EARTH_RADIUS_M.
 */
export function distanceBearing(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const p1 = lat1 * r;
  const p2 = lat2 * r;
  const dl = (lon2 - lon1) * r;
  const a = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  const distanceM = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  const bearingDeg = ((Math.atan2(y, x) / r) + 360) % 360;
  return { distanceM, bearingDeg, distanceNm: distanceM / NM_M };
}
