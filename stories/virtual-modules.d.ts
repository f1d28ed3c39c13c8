/** dist/custom-elements.json as parsed JSON, or null while it has not been generated (see vite.config.ts). */
declare module 'virtual:vr-custom-elements' {
  const manifest: unknown;
  export default manifest;
}
