// The one-file bundle's stand-in for d3-format and d3-time-format (aliased in vite.config.ts, bundle mode
// only). d3-scale imports them for tickFormat(), which the element never calls: it writes every date from
// its own tables, in each newsroom's style (src/i18n/format-date.ts). Their locale tables cost
// about 3 KB gzip. A call would be a bug, so these formatters say so instead of formatting.
const unused = (name: string) => (): ((value: unknown) => string) => () => {
  throw new Error(`vr-timeline bundle: ${name} is not included`);
};

export const format = unused('d3-format');
export const formatPrefix = unused('d3-format');
export const formatSpecifier = unused('d3-format');
export const precisionFixed = (): number => NaN;
export const precisionPrefix = (): number => NaN;
export const precisionRound = (): number => NaN;
export const timeFormat = unused('d3-time-format');
export const utcFormat = (): ((date: Date) => string) => () => '';
