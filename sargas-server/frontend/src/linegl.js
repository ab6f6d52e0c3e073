// Draws the trails and heading leaders of thousands of tracks in one WebGL call (coloured line
// segments); the track layer falls back to the 2D canvas when WebGL is missing.

const VERTEX = `
attribute vec2 a_pos;
attribute vec4 a_color;
uniform vec2 u_size;
varying vec4 v_color;
void main() {
  vec2 clip = (a_pos / u_size) * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
  v_color = a_color;
}`;

const FRAGMENT = `
precision mediump float;
varying vec4 v_color;
void main() {
  gl_FragColor = vec4(v_color.rgb * v_color.a, v_color.a);
}`;

/** Floats per vertex: x, y (CSS pixels), r, g, b, a. */
export const VERTEX_FLOATS = 6;

/** A canvas for a custom map layer: absolutely placed over the map, transparent to the mouse. */
export function overlayCanvas() {
  const c = document.createElement('canvas');
  c.style.position = 'absolute';
  c.style.left = '0';
  c.style.top = '0';
  c.style.pointerEvents = 'none';
  return c;
}

/** Resizes a canvas to a frame of w × h CSS pixels at a device pixel ratio (no-op when it fits). */
export function fitCanvas(c, w, h, ratio) {
  if (c.width !== Math.round(w * ratio) || c.height !== Math.round(h * ratio)) {
    c.width = Math.round(w * ratio);
    c.height = Math.round(h * ratio);
    c.style.width = `${w}px`;
    c.style.height = `${h}px`;
  }
}

export class LineGl {
  constructor() {
    this.canvas = overlayCanvas();
    const gl = this.canvas.getContext('webgl', { premultipliedAlpha: true, antialias: false, alpha: true });
    this.gl = gl;
    if (!gl) return;
    const prog = gl.createProgram();
    for (const [type, src] of [[gl.VERTEX_SHADER, VERTEX], [gl.FRAGMENT_SHADER, FRAGMENT]]) {
      const sh = gl.createShader(type);
      gl.shaderSource(sh, src);
      gl.compileShader(sh);
      if (!gl.getShaderParameter(sh, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(sh));
      gl.attachShader(prog, sh);
    }
    gl.linkProgram(prog);
    if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(prog));
    this.prog = prog;
    this.loc = {
      pos: gl.getAttribLocation(prog, 'a_pos'),
      color: gl.getAttribLocation(prog, 'a_color'),
      size: gl.getUniformLocation(prog, 'u_size'),
    };
    this.buffer = gl.createBuffer();
  }

  /** Whether WebGL is available. */
  get ok() {
    return Boolean(this.gl);
  }

  /**
   * Clears the canvas to the frame size and draws `count` vertices of `data` as line segments.
   * @param {number} w CSS width @param {number} h CSS height @param {number} ratio device pixel ratio
   */
  draw(w, h, ratio, data, count) {
    const gl = this.gl;
    const c = this.canvas;
    fitCanvas(c, w, h, ratio);
    gl.viewport(0, 0, c.width, c.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (count === 0) return;
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.useProgram(this.prog);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, data.subarray(0, count * VERTEX_FLOATS), gl.DYNAMIC_DRAW);
    const L = this.loc;
    gl.enableVertexAttribArray(L.pos);
    gl.vertexAttribPointer(L.pos, 2, gl.FLOAT, false, VERTEX_FLOATS * 4, 0);
    gl.enableVertexAttribArray(L.color);
    gl.vertexAttribPointer(L.color, 4, gl.FLOAT, false, VERTEX_FLOATS * 4, 8);
    gl.uniform2f(L.size, w, h);
    gl.lineWidth(Math.max(1, ratio));
    gl.drawArrays(gl.LINES, 0, count);
  }
}
