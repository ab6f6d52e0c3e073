// Military symbology: a track's standard identity and APP-6 / MIL-STD-2525C symbol, and a sprite
// atlas of every (identity, symbol) pair so that the WebGL layer draws 10,000 symbols from one texture.
import ms from 'milsymbol';

/** Standard identities, in atlas row order. Codes are the MIL-STD-2525C letter (SIDC position 2). */
export const IDENTITIES = [
  { name: 'HOSTILE', letter: 'H', color: '#ff4040' },
  { name: 'SUSPECT', letter: 'S', color: '#ff9a3c' },
  { name: 'UNKNOWN', letter: 'U', color: '#f5e642' },
  { name: 'NEUTRAL', letter: 'N', color: '#5ee06a' },
  { name: 'ASSUMED_FRIEND', letter: 'A', color: '#4fc3ff' },
  { name: 'FRIEND', letter: 'F', color: '#4fc3ff' },
  { name: 'PENDING', letter: 'P', color: '#f5e642' },
  { name: 'JOKER', letter: 'J', color: '#ff9a3c' },
  { name: 'FAKER', letter: 'K', color: '#ff4040' },
];
export const IDENTITY_INDEX = Object.fromEntries(IDENTITIES.map((d, i) => [d.name, i]));

/**
 * Symbol function IDs (2525C air, SIDC positions 5-10), in atlas column order. The military variant
 * is used for non-cooperative tracks, the civil one when the track identifies itself.
 */
export const FUNCTIONS = [
  { id: '------', label: 'unknown air' },
  { id: 'MFF---', label: 'fighter' },
  { id: 'MFK---', label: 'tanker / large military' },
  { id: 'CF----', label: 'civil fixed wing' },
  { id: 'MH----', label: 'military rotary wing' },
  { id: 'CH----', label: 'civil rotary / light' },
  { id: 'MFQ---', label: 'drone (UAV)' },
  { id: 'WM----', label: 'loitering munition' },
  { id: 'ML----', label: 'military balloon' },
  { id: 'CL----', label: 'civil balloon' },
];
const FUNCTION_INDEX = Object.fromEntries(FUNCTIONS.map((f, i) => [f.id, i]));

/** Whether a track reports who it is (transponder, ADS-B, Remote ID). */
export function isCooperative(track) {
  const id = track.identity || {};
  return Boolean(id.icao || id.mode3a || id.callsign || id.remoteId);
}

/**
 * The symbol function of a track: a track broadcasting Remote ID is a cooperative drone (UAV symbol)
 * whatever its class so far (the classifier needs a few updates); others follow their class.
 */
export function trackFunction(track) {
  const id = track.identity || {};
  if (id.remoteId && track.class !== 'LOITERING_MUNITION') return 'MFQ---';
  return symbolFunction(track.class, isCooperative(track));
}

/** The symbol function of a track's class (TargetClass in the API), given whether it is cooperative. */
export function symbolFunction(cls, cooperative) {
  switch (cls) {
    case 'FAST_JET': return 'MFF---';
    case 'LARGE_AIRCRAFT': return cooperative ? 'CF----' : 'MFK---';
    case 'HELICOPTER_OR_LIGHT_AIRCRAFT': return cooperative ? 'CH----' : 'MH----';
    case 'SMALL_DRONE': return 'MFQ---';
    case 'LOITERING_MUNITION': return 'WM----';
    case 'BALLOON': return cooperative ? 'CL----' : 'ML----';
    case 'AIRLINER': return 'CF----';
    case 'LIGHT_AIRCRAFT': return 'CF----';
    case 'HELICOPTER': return cooperative ? 'CH----' : 'MH----';
    case 'GLIDER': return 'CF----';
    case 'LARGE_UAS': return 'MFQ---';
    default: return '------';
  }
}

/**
 * The standard identity of a track, from what the picture knows about it:
 *  - violated a protected zone (open or closed): HOSTILE when it does not identify itself, SUSPECT when it does;
 *  - predicted to enter a protected zone (open early warning), or a loitering munition: SUSPECT;
 *  - Mode 3/A code or callsign prefix in the configured friendly lists: FRIEND;
 *  - a cooperative fast jet (squawking military traffic): ASSUMED_FRIEND;
 *  - other cooperative traffic (civil, ADS-B, Remote ID drones): NEUTRAL; everything else: UNKNOWN.
 * Being a drone is no threat by itself: a Remote ID drone is NEUTRAL until it is warned or violates.
 * @param {object} track API Track
 * @param {{violating:Set<string>, warned:Set<string>, friendlyMode3a:Set<string>, friendlyCallsignPrefixes:string[]}} ctx
 */
export function deriveIdentity(track, ctx) {
  // The node's identity stage (STANAG 1241 criteria, operator overrides) decides; the picture's own
  // derivation below is kept for tracks it has not yet assessed (PENDING) and for older servers.
  const server = track.identity && track.identity.standardIdentity;
  if (server && server !== 'PENDING' && IDENTITY_INDEX[server] !== undefined) return server;
  const coop = isCooperative(track);
  if (ctx.violating.has(track.trackId)) return coop ? 'SUSPECT' : 'HOSTILE';
  if (ctx.warned.has(track.trackId) || track.class === 'LOITERING_MUNITION') return 'SUSPECT';
  const id = track.identity || {};
  if ((id.mode3a && ctx.friendlyMode3a.has(String(id.mode3a)))
      || (id.callsign && ctx.friendlyCallsignPrefixes.some((p) => id.callsign.startsWith(p)))) {
    return 'FRIEND';
  }
  if (coop && track.class === 'FAST_JET') return 'ASSUMED_FRIEND';
  return coop ? 'NEUTRAL' : 'UNKNOWN';
}

/** The 15-character MIL-STD-2525C SIDC of an identity and function (air, present). */
export function sidc(identityName, functionId) {
  return `S${IDENTITIES[IDENTITY_INDEX[identityName]].letter}AP${functionId}*****`;
}

/** An SVG data URL of a symbol, for the table and legends. */
export function symbolSvgUrl(identityName, functionId, size = 14) {
  const svg = new ms.Symbol(sidc(identityName, functionId), { size, civilianColor: false }).asSVG();
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * A sprite atlas: one cell per (identity, function), each symbol drawn with its anchor (the point
 * the symbol stands for) at the centre of the cell.
 */
export function buildAtlas(symbolSize = 18) {
  const cell = Math.ceil(symbolSize * 2);
  const canvas = document.createElement('canvas');
  canvas.width = cell * FUNCTIONS.length;
  canvas.height = cell * IDENTITIES.length;
  const g = canvas.getContext('2d');
  IDENTITIES.forEach((ident, row) => {
    FUNCTIONS.forEach((fn, col) => {
      const sym = new ms.Symbol(sidc(ident.name, fn.id), { size: symbolSize, civilianColor: false });
      const c = sym.asCanvas();
      const a = sym.getAnchor();
      g.drawImage(c, col * cell + cell / 2 - a.x, row * cell + cell / 2 - a.y);
    });
  });
  return {
    canvas,
    cell,
    columns: FUNCTIONS.length,
    width: canvas.width,
    height: canvas.height,
    /** Index of the cell of an (identity, function): row * columns + column. */
    index(identityName, functionId) {
      return IDENTITY_INDEX[identityName] * FUNCTIONS.length + FUNCTION_INDEX[functionId];
    },
  };
}
