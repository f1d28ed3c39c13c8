// Serves React to the browser tests as ES modules. React ships CommonJS only, which the dev server cannot
// hand to a browser; esbuild (installed with @web/dev-server-esbuild) bundles react, react-dom and
// react-dom/client once into one ES module, and each bare specifier gets a small module that re-exports its
// part of it, so a page holds one copy of React, as an app built by a bundler does.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/** Bare specifier → its export in the shared bundle. */
const SPECIFIERS = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const PREFIX = '/__react/';

/** The names a CommonJS module exports, read in a child process (React's development build patches console on load). */
function exportNames(specifier, nodeEnv, from) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: from, env: { ...process.env, NODE_ENV: nodeEnv }, encoding: 'utf8' }));
}

/**
 * React's development build by default: it checks more (keys, hooks, act), as a test should. `from`: the
 * folder whose node_modules holds the React to serve (test/react18 for the React 18 run).
 */
export function reactInBrowserPlugin({ nodeEnv = 'development', from = import.meta.dirname } = {}) {
  let shared;
  const bundle = async () => {
    const contents = Object.entries(SPECIFIERS)
      .map(([specifier, name]) => `import * as ${name} from '${specifier}'; export { ${name} };`)
      .join('\n');
    const result = await build({
      stdin: { contents, resolveDir: from },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    });
    return result.outputFiles[0].text;
  };
  return {
    name: 'vr-react-in-browser',
    resolveImport({ source }) {
      return source in SPECIFIERS ? `${PREFIX}${source}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === `${PREFIX}shared.js`) return { body: await (shared ??= bundle()), type: 'js' };
      const specifier = context.path.slice(PREFIX.length, -'.js'.length);
      const name = SPECIFIERS[specifier];
      if (!name) return undefined;
      const names = exportNames(specifier, nodeEnv, from).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      return { body: `import { ${name} } from '${PREFIX}shared.js';\nexport default ${name};\nexport const { ${names.join(', ')} } = ${name};\n`, type: 'js' };
    },
  };
}
