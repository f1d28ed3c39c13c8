// Minifies dist/vr-timeline.bundle.js once more with terser (after Vite's own minifier), and shortens the names
// of the element's private members there, as Lit's own build does for its private fields. Only the one-file
// bundle: the npm build stays readable.
//
// A name is shortened only when nothing outside our classes can see it. It must be declared `private` by a
// class in src/components/, or be a member of a controller (src/components/controllers/: the element keeps
// them in private fields, and no page reaches them), and must not also be:
// - a public member, an interface or type field, an object literal's key, or a word of a string or template
//   anywhere in src/ (data fields, events, parts, CSS keys, html`` property bindings);
// - a member of any DOM interface (TypeScript's lib.dom.d.ts), or read or written by lit or d3.
// Everything else keeps its name, so a page, a subclass or the data never meets a shortened one.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import ts from 'typescript';

const FILE = 'dist/vr-timeline.bundle.js';

/** Every .ts file below `dir`. */
const filesBelow = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesBelow(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));

const isPrivate = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private;
const memberName = (node) => (node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name)) ? node.name.text : undefined);

/** The private member names of the element's classes and its controllers' members, and every name src/ shows in any other way. */
function namesInSource() {
  const privates = new Set();
  const seen = new Set();
  for (const file of filesBelow('src')) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      const name = memberName(node);
      if (name && (ts.isClassElement(node) || ts.isTypeElement(node) || ts.isObjectLiteralElementLike(node))) {
        // The controllers are the element's private parts: their public members are the element's business too.
        if (ts.isClassElement(node) && (isPrivate(node) ? file.startsWith('src/components/') : file.startsWith('src/components/controllers/'))) privates.add(name);
        else seen.add(name);
      }
      // Strings, and the text of templates: html`` property bindings (.name=${…}) name properties too.
      if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
        for (const word of node.text.split(/[^\w$]+/)) seen.add(word);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { privates, seen };
}

/** Member names of the DOM, and names lit and d3 use as properties. */
function namesOutside() {
  const names = new Set();
  const dom = readFileSync('node_modules/typescript/lib/lib.dom.d.ts', 'utf8');
  for (const [, name] of dom.matchAll(/^\s+(?:readonly )?(\w+)\??[:(<]/gm)) names.add(name);
  const libraries = ['lit-html', 'lit-element', '@lit/reactive-element', 'd3-scale', 'd3-time', 'd3-array'].map((name) => `node_modules/${name}`);
  for (const dir of libraries) {
    const walk = (d) =>
      readdirSync(d).flatMap((name) => {
        const path = join(d, name);
        return statSync(path).isDirectory() ? (name === 'node' || name === 'development' ? [] : walk(path)) : /\.m?js$/.test(name) ? [path] : [];
      });
    for (const file of walk(dir)) for (const [, name] of readFileSync(file, 'utf8').matchAll(/(?:\.|\b)(\w+)\s*[:(=]?/g)) names.add(name);
  }
  return names;
}

const { privates, seen } = namesInSource();
const outside = namesOutside();
const shortened = [...privates].filter((name) => !seen.has(name) && !outside.has(name)).sort();

const before = readFileSync(FILE, 'utf8');
const result = await minify(before, {
  module: true,
  ecma: 2020,
  compress: { passes: 3, keep_fargs: false },
  mangle: { properties: shortened.length ? { regex: new RegExp(`^(?:${shortened.join('|')})$`) } : false },
});
// V8's explicit compile hint (Chrome 136+; other engines read a comment): a page that loads the element runs it
// at once, so its functions are compiled while the file streams in, on a background thread, instead of one by
// one on the main thread during the first render (issue 22: the first frame at 1,000 milestones, about 10 ms).
// It must be the file's first line.
writeFileSync(FILE, `//# allFunctionsCalledOnLoad\n${result.code}`);
if (process.argv.includes('--list')) console.log(`private names shortened in ${FILE} (${shortened.length}): ${shortened.join(' ')}`);
