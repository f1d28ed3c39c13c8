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
  /* A hidden category's shape stays whole, faded: a hole would have to be painted in a colour, and the page's shows through. */
  .legend-item[aria-pressed='false'] .dot {
    opacity: 0.35;
  }
`;
