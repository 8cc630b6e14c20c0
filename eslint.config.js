import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Type-aware rules read the TypeScript program (tsconfig.json) through the project service.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  // Files outside the TypeScript program (plain JavaScript tools, config, Astro components) get the
  // syntax-only rules.
  { files: ['**/*.{js,mjs,cjs}', '**/*.astro', '**/*.astro/*.ts'], ...tseslint.configs.disableTypeChecked },
  ...eslintPluginAstro.configs.recommended,
  {
    // TEMPORARY (issue 20): these files belong to the progress and planner work, which is being
    // changed elsewhere; they break only these rules (10 places: untyped JSON.parse / evaluate
    // results and needless `!`). Remove this block once they are fixed there. Every other
    // type-aware rule, the promise rules included, still applies to them.
    files: ['tests/e2e/plan.spec.ts', 'tests/e2e/progress.spec.ts', 'tests/unit/progress-store.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXAttribute[name.name=/^on[a-z]+$/]', message: 'No inline event handlers: use a custom element.' },
      ],
    },
  },
];
