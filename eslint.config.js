// Lint rules: type-checked typescript-eslint, plus the promise and switch rules STYLE.md asks for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const features = [
  'admin',
  'api',
  'articles',
  'directory',
  'ecosystem',
  'events',
  'feeds',
  'home',
  'inbox',
  'linking',
  'media',
  'organisations',
  'people',
  'projects',
  'revisions',
  'search',
  'sectors',
  'seed',
  'seo',
  'users',
  'webhooks',
];
const top = ['**/services.js', '**/app.js', '**/main.js'];
const under = (folders) => folders.map((f) => `**/${f}/**`);

/** One no-restricted-imports rule per layer, naming what it may not import. */
function layerRules() {
  const layer = (name, forbidden, message) => ({
    files: [`src/${name}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  });
  return [
    layer('lib', ['../**'], 'lib/ knows nothing of the rest of the code.'),
    layer(
      'i18n',
      [...under(['db', 'http', 'kernel', 'views', ...features]), ...top],
      'i18n/ sits below the domain.',
    ),
    layer(
      'db',
      [...under(['http', 'kernel', 'views', ...features]), ...top],
      'db/ imports no feature, kernel, view or server code.',
    ),
    layer(
      'http',
      [...under(['kernel', 'views', ...features]), ...top],
      'http/ is the server edge: it knows no feature.',
    ),
    layer(
      'kernel',
      [...under(['views', ...features]), ...top],
      'The kernel sits below the views and the features.',
    ),
    layer(
      'views',
      [...under(features), ...top],
      'Views render shapes (views/cards.ts); they import no feature.',
    ),
    {
      files: [`src/{${features.filter((f) => f !== 'seed').join(',')}}/**/*.{ts,tsx}`],
      ignores: ['**/*.test.{ts,tsx}'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: top,
                message:
                  'Features receive services; they never import the composition root or the app.',
              },
              {
                // The directory editor engine is shared machinery of the kinds.
                group: [
                  '../*/*.repository.js',
                  '../../*/*.repository.js',
                  '!../directory/*',
                  '!../revisions/*',
                  '!../../directory/*',
                  '!../../revisions/*',
                ],
                message: "Another feature's repository: go through its service.",
              },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'data',
      'coverage',
      'bench/results',
      'test-results',
      'public',
      'dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use string-literal unions, not enums.' },
      ],
    },
  },
  {
    // SQL lives only in repositories (and the db layer): keep Kysely out of pages and services.
    files: ['src/**/*.pages.tsx', 'src/views/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['kysely', '**/db/database.js'], message: 'SQL belongs in *.repository.ts.' },
          ],
        },
      ],
    },
  },
  // Import boundaries (README, « Layers »): lower layers never import higher ones, and a
  // feature reads another feature through its service, never its repository. Folders that import
  // each other and import cycles are checked by test/structure.test.ts.
  ...layerRules(),
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
);
