import { css } from 'lit';

/** The selected milestone's detail, its close button and Previous / Next; the texts of the printed and script-less list. */
export const detailStyles = css`
  .detail .close {
    flex: none;
    min-width: 44px;
    min-height: 44px;
  }
  .detail {
    font-size: clamp(16px, 1em, 20px);
    line-height: 1.5;
    margin: 0 8px 8px;
    padding: 12px 16px;
    border: 1px solid var(--_line);
    border-left: 4px solid var(--_c, var(--_muted));
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  /* On a phone, 16 px keeps lines of 35 characters or more. */
  @media (max-width: 599px) {
    .detail {
      font-size: 16px;
    }
  }
  .horizontal .detail-body {
    height: var(--vr-detail-height, 260px);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .detail-body {
    padding-top: 10px;
  }
  .detail h2 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .detail .meta {
    margin: 4px 0 8px;
    color: var(--_muted);
  }
  /* A word on the date, and the date of the last change: smaller, after what they qualify. */
  .note {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .detail p,
  .full p {
    margin: 0 0 8px;
  }
  /* Lines of 45–80 characters, as in the article. */
  .detail-body > * {
    max-width: 30em;
  }
  .detail figure {
    margin: 8px 0;
  }
  .detail img {
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  .detail figcaption {
    font-size: 12px;
    color: var(--_muted);
  }
  .detail h3,
  .full h3 {
    margin: 8px 0 4px;
    font-size: 1em;
  }
  .detail ul,
  .full ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  .detail a,
  .full a {
    color: var(--_fg);
    text-decoration: underline 2px var(--_accent);
    text-underline-offset: 3px;
    overflow-wrap: anywhere;
  }
  .nav {
    display: flex;
    align-items: stretch;
    gap: 8px;
  }
  .step {
    flex: 1 1 0;
    min-width: 0;
    height: 52px;
    padding: 6px 10px;
    text-align: start;
  }
  .step.next {
    text-align: end;
  }
  .step:disabled {
    cursor: default;
    opacity: 0.5;
  }
  .step .dir {
    display: block;
    font-weight: 600;
  }
  /* The neighbour's whole title is the button's accessible name; on screen one line, so the buttons never move. */
  .step .to {
    display: block;
    font-size: 13px;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

`;
