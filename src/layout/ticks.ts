import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TimeScale } from './time-scale.js';
import type { Tick, TickLevel } from './types.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

interface TickStep {
  level: TickLevel;
  interval: TimeInterval;
  /** Typical length of one step in ms. */
  duration: number;
}

function step(level: TickLevel, interval: TimeInterval | null, duration: number): TickStep {
  if (interval === null) throw new Error('bad tick interval'); // d3's every() returns null only for bad steps
  return { level, interval, duration };
}

/** Finest first; the first step whose labels have room wins (a table, as d3-time's tickInterval does). */
const TICK_STEPS: readonly TickStep[] = [
  step('day', utcDay, DAY),
  step('day', utcDay.every(2), 2 * DAY),
  step('day', utcDay.every(7), 7 * DAY),
  step('month', utcMonth, MONTH),
  step('month', utcMonth.every(3), 3 * MONTH),
  step('month', utcMonth.every(6), 6 * MONTH),
  step('year', utcYear, YEAR),
  step('year', utcYear.every(2), 2 * YEAR),
  step('year', utcYear.every(5), 5 * YEAR),
  step('decade', utcYear.every(10), 10 * YEAR),
  step('decade', utcYear.every(20), 20 * YEAR),
  step('decade', utcYear.every(50), 50 * YEAR),
  step('decade', utcYear.every(100), 100 * YEAR),
];

/** Minimum room in pixels that a tick label of each level needs. */
export type TickSpacing = Record<TickLevel, number>;

/** A day tick has room for its year ("30 Sept 1983", "30 сент. 1983": up to about 90 px in a wide font, at 12 px). */
export const DEFAULT_TICK_SPACING: TickSpacing = { decade: 48, year: 48, month: 84, day: 104 };

/**
 * axisTicks(scale, spacing) → ticks at the finest calendar step whose labels fit, so the level
 * follows the zoom: decades → years → months → days. All steps are UTC. A tick whose label would be cut
 * by an end of the range is left out. Day ticks restart on the 1st of each month (29, 1 or 31, 1), so the
 * tick before the 1st is left out when it is too close. Every label but a day's shows the year; of the day
 * ticks, the first and the first of each new year carry it (`withYear`), so the axis always shows the year.
 */
export function axisTicks(scale: TimeScale, spacing: TickSpacing = DEFAULT_TICK_SPACING): Tick[] {
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerMs = Math.abs(r1 - r0) / Math.max(1, d1 - d0);
  const chosen = TICK_STEPS.find((s) => s.duration * pxPerMs >= spacing[s.level]) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const room = spacing[chosen.level];
  const [lo, hi] = [Math.min(r0, r1) + room / 2, Math.max(r0, r1) - room / 2];
  const ticks: Tick[] = [];
  for (const date of chosen.interval.range(new Date(d0), new Date(d1 + 1))) {
    const x = scale(date.getTime());
    if (x < lo || x > hi) continue;
    if (chosen.level === 'day' && ticks.length && Math.abs(x - ticks[ticks.length - 1]!.x) < room - 0.5) ticks.pop();
    ticks.push({ time: date.getTime(), x, level: chosen.level, withYear: true });
  }
  if (chosen.level === 'day') {
    ticks.forEach((t, i) => (t.withYear = i === 0 || new Date(t.time).getUTCFullYear() !== new Date(ticks[i - 1]!.time).getUTCFullYear()));
  }
  return ticks;
}
