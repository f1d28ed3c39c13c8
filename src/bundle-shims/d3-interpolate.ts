// The one-file bundle's stand-in for d3-interpolate (aliased in vite.config.ts, bundle mode only).
// d3-scale's scaleUtc imports the general interpolators, which pull in d3-color and string and object
// interpolation (about 3 KB gzip); the element's scales only ever map dates onto pixel numbers, so number
// interpolation is all they use. The npm build keeps the real d3-interpolate.
type Interpolator = (t: number) => number;

export const interpolateNumber =
  (a: number, b: number): Interpolator =>
  (t) =>
    a * (1 - t) + b * t;
export const interpolate = interpolateNumber;
export const interpolateRound =
  (a: number, b: number): Interpolator =>
  (t) =>
    Math.round(a * (1 - t) + b * t);

/** piecewise(interpolate, values) over numbers, as d3-interpolate's. */
export function piecewise(interp: (a: number, b: number) => Interpolator, values: number[]): Interpolator {
  const n = values.length - 1;
  const parts = values.slice(1).map((v, i) => interp(values[i]!, v));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
}
