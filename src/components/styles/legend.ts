import { css } from 'lit';

/** The bar: the category legend (toggles) and the zoom buttons. */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .controls {
    display: flex;
    gap: 4px;
    margin-inline-start: auto;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 0 8px;
    font-size: 13px;
  }
  .legend-item .dot {
    position: static;
    width: 12px;
    height: 12px;
    box-shadow: none;
  }
  .legend-item .n {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .legend-item[aria-pressed='false'] {
    background: transparent;
    border-style: dashed;
    color: var(--_muted);
  }
  .legend-item[aria-pressed='false'] .dot {
    position: relative;
  }
  .legend-item[aria-pressed='false'] .dot::after {
    content: '';
    position: absolute;
    inset: 0;
    clip-path: inherit;
    border-radius: inherit;
    background: var(--_bg);
    scale: 0.75;
  }
`;
