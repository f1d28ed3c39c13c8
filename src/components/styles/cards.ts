import { css } from 'lit';

/** The vertical layout: the spine, its years and the cards. */
export const cardStyles = css`
  .spine {
    position: relative;
    padding: 12px 8px 16px 0;
  }
  /* The spine runs through each card's marker, from the card before; not through an open detail. */
  .card::before {
    content: '';
    position: absolute;
    left: -21px;
    top: calc(-1px - var(--_gap));
    bottom: -1px;
    border-left: 2px solid var(--_line);
  }
  .card-item {
    position: relative;
    padding-inline-start: 72px;
  }
  .year {
    position: absolute;
    left: 0;
    top: 12px;
    width: 44px;
    text-align: end;
    font-size: 13px;
    font-weight: 600;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* An era's heading breaks the spine above the card of its first milestone, and stands for the time gap before it. */
  .has-era {
    margin-top: 12px !important;
    padding-top: 52px;
  }
  .has-era .year {
    top: 64px;
  }
  .has-era .card::before {
    top: -8px;
  }
  .era-head {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    margin: 0;
    padding: 4px 0 4px 12px;
    border-left: 4px solid var(--_fg);
    font-size: 15px;
    line-height: 20px;
  }
  .era-head .when {
    display: block;
    font-size: 13px;
    font-weight: 400;
    color: var(--_muted);
  }
  .card {
    display: block;
    position: relative;
    width: 100%;
    min-height: 44px;
    padding: 8px 12px;
    border: 1px solid var(--_line);
    border-left: 4px solid var(--_c);
    border-radius: var(--_radius);
    background: var(--_tint);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .card .dot {
    left: -24px;
    top: 14px;
  }
  .card .when,
  .card .cat {
    display: block;
    font-size: 13px;
    color: var(--_muted);
  }
  .card .title {
    display: block;
    font-weight: 500;
    margin: 2px 0;
  }
  .card-item.importance-3 .title {
    font-weight: 700;
  }
  .card .cat {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .shape {
    display: inline-block;
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_c);
  }
  .card-item.selected .card {
    background: color-mix(in srgb, var(--_c) 14%, transparent);
  }
  /* Under a collapsed spine, aligned with its cards. */
  .show-all {
    display: block;
    width: calc(100% - 80px);
    min-height: 44px;
    margin: 0 8px 16px 72px;
    font-weight: 600;
  }
  /* On the spine the card opens in place: its detail runs under it across the spine, without its title, date and category again. */
  .vertical h2,
  .vertical .meta {
    display: none;
  }
  .vertical .detail {
    margin: 8px -8px 0 -72px;
    padding: 12px 8px;
  }

`;
