// The one-file bundle's stand-in for d3-scale (aliased in vite.config.ts, bundle mode only). The layout maps
// UTC milliseconds onto pixels with scaleLinear (src/layout/time-scale.ts) and reads only its domain and
// range: the axis takes its calendar steps from d3-time and the element writes every date itself. d3-scale's
// linear scale also brings ticks, nice, tickFormat, clamping, piecewise domains and the interpolators with
// d3-array, d3-format and d3-interpolate (about 1.3 KB gzip). This is the same mapping, computed as d3 computes
// it (the same floating point), and test/layout/time-scale.test.ts holds the two to the same figures. The npm
// build keeps the real d3-scale.
import type { ScaleLinear } from 'd3-scale';

export function scaleLinear(): ScaleLinear<number, number> {
  let [d0, d1, r0, r1] = [0, 1, 0, 1];
  const scale = (x: number): number => {
    // d3's normalize(), then interpolateNumber(): a degenerate domain maps to the middle of the range.
    const t = d1 - d0 ? (x - d0) / (d1 - d0) : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  scale.domain = (d?: [number, number]) => (d ? (([d0, d1] = d), scale) : [d0, d1]);
  scale.range = (r?: [number, number]) => (r ? (([r0, r1] = r), scale) : [r0, r1]);
  return scale as unknown as ScaleLinear<number, number>;
}
