import { css, unsafeCSS } from 'lit';
import { GEOMETRY } from './geometry.js';

const AXIS = unsafeCSS(GEOMETRY.axis);

/** The horizontal layout: the track, its axis and ticks, markers, stems, labels, clusters and the preview under it. */
export const trackStyles = css`
  .track {
    height: var(--_height);
    position: relative;
    overflow: hidden;
    contain: strict;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  /* A free slot of the pools (templates/slots.ts) and the parts a marker does not use: kept, not drawn. */
  .track [hidden] {
    display: none !important;
  }
  /* The axis and the markers: one plane, a layer of its own while a gesture moves it. */
  .plane {
    position: absolute;
    inset: 0;
  }
  .moving .plane {
    will-change: translate;
  }
  .track.dragging {
    cursor: grabbing;
  }
  /* Eras: tinted bands behind the markers, and their names in a row under the axis. */
  .era-bands {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .era-band,
  .era {
    position: absolute;
    top: 0;
    bottom: 0;
    box-sizing: border-box;
    background: color-mix(in srgb, var(--_fg) 6%, transparent);
    border-left: 1px solid color-mix(in srgb, var(--_fg) 20%, transparent);
  }
  .odd {
    background: none;
  }
  .eras {
    position: relative;
    height: 32px;
    margin: 0;
    padding: 0;
    list-style: none;
    overflow: hidden;
    font-size: 12px;
    line-height: 14px;
  }
  .era {
    padding: 2px 6px;
  }
  .axis {
    position: absolute;
    inset: auto 0 0 0;
    height: ${AXIS}px;
    border-top: 1px solid var(--_muted);
  }
  .tick {
    position: absolute;
    top: 0;
    padding-top: 12px;
    transform: translateX(-50%);
    font-size: 12px;
    color: var(--_muted);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .tick::before {
    content: '';
    position: absolute;
    top: 0;
    left: 50%;
    height: 4px;
    border-left: 1px solid var(--_muted);
  }

  .item {
    position: absolute;
    left: 0;
    bottom: ${AXIS}px;
    width: 0;
    height: 0;
  }
  .marker {
    all: unset;
    position: absolute;
    box-sizing: border-box;
    cursor: pointer;
  }
  .item .marker:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 1px;
    border-radius: 4px;
  }
  .dot {
    position: absolute;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_c);
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .item .dot {
    left: calc(var(--_dx) - 7px);
    bottom: calc(-1 * var(--_dy) - 7px);
    z-index: 1;
  }
  /* A period's bar along the axis, from its start to its end, behind its label and marker. */
  .marker.period::after {
    content: '';
    position: absolute;
    left: var(--_dx);
    bottom: calc(-1 * var(--_dy) - 3px);
    width: var(--_period);
    height: 6px;
    border-radius: 3px;
    background: var(--_c);
    opacity: 0.45;
    pointer-events: none;
    z-index: -1;
  }
  /* The stem: from the marker up to its label. */
  .marker.labelled::before {
    content: '';
    position: absolute;
    left: var(--_dx);
    top: 100%;
    height: calc(var(--_dy) - 7px);
    width: 1px;
    background: var(--_line);
    pointer-events: none;
    z-index: -1;
  }
  .label {
    display: block;
    align-content: center;
    height: 100%;
    padding: 0 6px 0 8px;
    line-height: 20px;
    overflow-wrap: normal;
    border-left: 3px solid var(--_c);
    border-radius: 3px;
    background: var(--_surface);
    color: var(--_fg);
  }
  /* A label too wide to start or end at its marker sits over it: its stem meets its coloured lower edge. */
  .over .label {
    border-left: 0;
    border-bottom: 3px solid var(--_c);
    padding: 0 7px;
  }
  .flipped .label {
    border-left: 0;
    border-right: 3px solid var(--_c);
    padding: 0 8px 0 6px;
  }
  .item.importance-3 .label {
    font-weight: 600;
  }
  /* A titled cluster's "+N" after its title. */
  .label[data-more]::after {
    content: attr(data-more);
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
  }
  /* An untitled cluster: a grey disc with its count. */
  .cluster.bare .dot {
    left: calc(var(--_dx) - 10px);
    bottom: calc(-1 * var(--_dy) - 10px);
    width: 20px;
    height: 20px;
    border-radius: 50%;
    clip-path: none;
    background: var(--_muted);
    line-height: 20px;
    text-align: center;
    font-size: 11px;
    font-weight: 600;
    color: var(--_bg);
  }
  /* A titled cluster: its lead's marker, ringed to say it holds more. */
  .cluster:not(.bare) .dot {
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 3.5px var(--_muted);
  }
  /* Over 99 the badge reads 99+ (the accessible name has the exact count), so it fits its 20 px circle. */
  .cluster .dot.many {
    font-size: 8px;
    letter-spacing: -0.2px;
  }
  .marker:hover .label,
  .selected .label {
    background: color-mix(in srgb, var(--_c) 18%, var(--_surface));
  }
  .selected .dot {
    transform: scale(1.4);
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 4px var(--_fg);
  }

  .preview-box {
    position: relative;
    z-index: 1;
  }
  .preview {
    position: absolute;
    top: 2px;
    max-width: min(360px, 90%);
    padding: 6px 10px;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 13px;
    line-height: 1.35;
    pointer-events: none;
  }
  .preview ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .preview time,
  .preview p {
    margin: 0;
    color: var(--_muted);
  }

`;
