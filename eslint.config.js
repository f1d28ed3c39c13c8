// typescript-eslint (type-aware) + eslint-plugin-lit + eslint-plugin-wc for the TypeScript; ESLint's
// recommended rules for the Node scripts (scripts/, bench/, test/node/, the configs). Two rules carry the
// architecture: src/model and src/layout may not import lit or use DOM globals, and nothing may use
// local-time date APIs (every calendar date is UTC). Formatting is Prettier's (npm run lint checks it).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const localTimeApis = [
  {
    selector:
      'CallExpression[callee.property.name=/^(getFullYear|getMonth|getDate|getDay|getHours|getTimezoneOffset|setFullYear|setMonth|setDate|setHours|toLocaleDateString|toLocaleString|toLocaleTimeString)$/]',
    message: 'Calendar dates are UTC: use the getUTC*/setUTC* methods or Intl.DateTimeFormat with timeZone "UTC".',
  },
  { selector: "NewExpression[callee.name='Date'][arguments.length>1]", message: 'new Date(y, m, d) is local time: use Date.UTC or parseCalendarDate().' },
  {
    selector: 'ImportSpecifier[imported.name=/^(scaleTime|timeYear|timeMonth|timeWeek|timeDay|timeHour|timeFormat|timeParse)$/]',
    message: 'Local-time d3 API: use scaleUtc and the utc* intervals.',
  },
];

const domGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021) && !['URL', 'Intl', 'console', 'setTimeout', 'clearTimeout'].includes(name));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/csp/*.js', 'test/consumers/', 'test/react18/'] },
  js.configs.recommended,
  {
    // The Node scripts: plain JavaScript modules, linted without types. bench/ drives Chromium and
    // evaluates code in its pages, where browser globals are in scope.
    files: ['**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-syntax': ['error', ...localTimeApis], 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-syntax': ['error', ...localTimeApis],
    },
  },
  {
    files: ['src/components/**/*.ts', 'src/define.ts'],
    plugins: { lit, wc },
    rules: { ...lit.configs.recommended.rules, ...wc.configs.recommended.rules },
  },
  {
    files: ['src/model/**/*.ts', 'src/layout/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element', '**/components/**', '**/i18n/**'],
              message: 'model/ and layout/ know nothing of lit, the DOM, the element or UI strings.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'model/ and layout/ are pure: no DOM globals.' }))],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*', 'd3-*', '**/layout/**', '**/components/**', '**/i18n/**'], message: 'model/ is plain data: no lit, no d3, no layout.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
