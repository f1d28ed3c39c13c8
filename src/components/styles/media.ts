import { css } from 'lit';

/** Without scripting, in print, with reduced motion and in forced colours. */
export const mediaStyles = css`
  @media (scripting: none) {
    .full {
      display: block;
    }
    .bar {
      display: none;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      background: none;
    }
    .bar,
    .sizer-box,
    .year,
    .dot,
    .card::before,
    .retry,
    .sr-only {
      display: none;
    }
    .root {
      /* A newspaper’s body size: 50 milestones in two columns on 4 A4 pages in every language, with room to spare. */
      font-size: 9pt;
      line-height: 1.15;
    }
    .spine {
      padding: 0;
      columns: 2 16em;
      gap: 20px;
    }
    .card-item {
      padding: 0 0 0 8px;
      margin: 0 0 3px !important;
      border-left: 3px solid var(--_c);
      break-inside: avoid;
    }
    .card-item,
    .shape {
      print-color-adjust: exact;
    }
    .importance-3 {
      column-span: all;
      border-left-width: 6px;
    }
    .importance-3 .title {
      font-size: 11pt;
    }
    .era-head {
      position: static;
      margin: 4px 0 2px;
      padding: 0;
      border: 0;
      font-size: 10pt;
      line-height: inherit;
    }
    .era-head .when {
      display: inline;
      margin-inline-start: 6px;
      font-size: 9pt;
    }
    .card {
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
    }
    .card > :not(.dot) {
      display: inline;
      margin-inline-end: 6px;
    }
    .card > .cat {
      display: inline-flex;
    }
    .full {
      display: block;
      padding: 0;
    }
    .full p {
      margin: 0;
    }
    .sources,
    .full p:has(+ .sources) {
      display: inline;
    }
    .sources {
      font-size: 0.8em;
      color: var(--_muted);
    }
  }

  /* Targets for fingers: 44 × 44 px. */
  @media (pointer: coarse) {
    .bar button,
    .retry,
    .sources a {
      display: inline-flex;
      align-items: center;
      min-width: 44px;
      min-height: 44px;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .label,
    .dot,
    .card {
      transition: background-color 120ms;
    }
    /* A moving view rewrites its pooled markers: a reused one takes its new colour at once. */
    .moving .label,
    .moving .dot {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .dot,
    .marker.period::after {
      background: CanvasText;
    }
    .selected .dot {
      background: Highlight;
    }
    .label,
    .card {
      border: 1px solid CanvasText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
    .card::before,
    .marker.labelled::before {
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
