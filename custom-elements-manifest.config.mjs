// custom-elements.json: the public API of <vr-timeline> only, at the paths the published package has.
// - Private, protected, `_`-prefixed and `@internal` members are dropped (the analyzer lists them all).
// - Source modules (src/**/*.ts) are replaced by the files the package ships: the class is exported by
//   dist/index.js ('vr-timeline') and the tag is defined by dist/define.js ('vr-timeline/define').
// - Events keep the types their JSDoc gives (`@fires {VrSelectEvent} vr-select`), all exported by 'vr-timeline'.
const ELEMENT_SOURCE = 'src/components/vr-timeline.ts';

function publicApi() {
  return {
    name: 'vr-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const element = manifest.modules.find((m) => m.path === ELEMENT_SOURCE);
      const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !/@internal/.test(member.description ?? '');
      for (const declaration of element.declarations) {
        declaration.members = (declaration.members ?? []).filter(isPublic);
      }
      const klass = element.declarations.find((d) => d.customElement);
      manifest.modules = [
        {
          kind: 'javascript-module',
          path: 'dist/index.js',
          declarations: [klass],
          exports: [{ kind: 'js', name: klass.name, declaration: { name: klass.name, module: 'dist/index.js' } }],
        },
        {
          kind: 'javascript-module',
          path: 'dist/define.js',
          declarations: [],
          exports: [
            { kind: 'js', name: klass.name, declaration: { name: klass.name, module: 'dist/index.js' } },
            { kind: 'custom-element-definition', name: klass.tagName, declaration: { name: klass.name, module: 'dist/index.js' } },
          ],
        },
      ];
    },
  };
}

export default {
  globs: [ELEMENT_SOURCE],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [publicApi()],
};
