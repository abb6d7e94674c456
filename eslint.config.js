import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@inboxsdk/core',
              message: 'Only lib/gmail/inboxsdk.ts may import InboxSDK (types are fine).',
              allowTypeImports: true,
            },
            {
              name: '@inboxsdk/core/background',
              message: 'Only entrypoints/background.ts installs InboxSDK’s page-world injector.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/gmail/inboxsdk.ts', 'entrypoints/background.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
);
