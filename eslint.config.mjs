// The Vue ecosystem's recommended rule sets for Vue 3 with TypeScript; formatting is Prettier's job.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'
import globals from 'globals'

export default defineConfigWithVueTs(
  { name: 'cocoon/files', files: ['**/*.{ts,mts,mjs,vue}'] },
  {
    name: 'cocoon/ignores',
    ignores: ['dist/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'dist-*/**'],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'cocoon/rules',
    rules: {
      // User text is never rendered as markup.
      'vue/no-v-html': 'error',
      // Module augmentation (vue-router's RouteMeta) extends one interface and adds nothing of its own.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'cocoon/node-scripts',
    files: ['bench/**/*.mjs', 'tests/e2e/*.mjs', 'build/**/*.ts', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  skipFormatting,
)
