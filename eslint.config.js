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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXAttribute[name.name=/^on[a-z]+$/]', message: 'No inline event handlers: use a custom element.' },
      ],
    },
  },
];
