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
    .spine::before,
    .retry,
    .sr-only {
      display: none;
    }
    .spine {
      padding: 0;
    }
    .card-item {
      padding: 0;
      margin: 0 0 12px !important;
      break-inside: avoid;
    }
    .card {
      min-height: 0;
      padding: 0 0 0 10px;
      border: 0;
      border-left: 4px solid var(--_c);
      border-radius: 0;
      background: none;
    }
    .full {
      display: block;
      padding: 2px 0 0 14px;
    }
    .full a::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .label,
    .dot,
    .card {
      transition: background-color 120ms;
    }
  }
  @media (forced-colors: active) {
    .dot,
    .period {
      background: CanvasText;
    }
    .selected .dot {
      background: Highlight;
    }
    .label,
    .card {
      border: 1px solid CanvasText;
    }
    .marker:focus-visible,
    .card:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    .spine::before,
    .marker.labelled::before {
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
