// @ts-check
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { defineConfig, globalIgnores } from 'eslint/config'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const rootDir = import.meta.dirname
const featuresDir = path.join(rootDir, 'src', 'features')

/** Every folder directly under src/features is a feature; read at lint time so new features are covered. */
const featureNames = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : []

/** One zone per feature: it may import from its own folder only, never from a sibling feature. */
const featureIsolationZones = featureNames.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: `Features must not import each other (src/features/${name} -> another feature). Move shared code to src/components, src/lib or src/api.`,
}))

const layerZones = [
  {
    target: ['./src/api', './src/lib'],
    from: ['./src/components', './src/features', './src/app'],
    message:
      'src/api and src/lib are UI-free: they must not import from src/components, src/features or src/app.',
  },
  // src/lib and src/api are already covered (more strictly) by the zone above; listing them here too
  // would only report every such import twice.
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared layers (src/components, src/lib, src/api) must not import from src/features or src/app.',
  },
]

const tsFiles = ['**/*.{ts,tsx,mts,cts}']
const srcFiles = ['src/**/*.{js,jsx,ts,tsx}']
const testFiles = [
  'src/**/*.{test,spec}.{js,jsx,ts,tsx}',
  'src/**/__tests__/**',
  'src/test/**',
  'scripts/**/*.test.{js,mjs,ts}',
]
const nodeFiles = [
  '*.{js,mjs,cjs,ts,mts,cts}',
  'scripts/**/*.{js,mjs,cjs,ts,mts,cts}',
  'e2e/**/*.{js,mjs,ts}',
  '.ci/**/*.{js,mjs,cjs}',
]

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-demo/',
    'dist-*/',
    'node_modules/',
    'public/mockServiceWorker.js',
    'playwright-report/',
    'test-results/',
    'reports/',
    'coverage/',
    'bench/out/',
  ]),

  js.configs.recommended,

  // TypeScript: type-aware rules for TS files (src via tsconfig.app.json, configs/e2e/scripts via tsconfig.node.json).
  {
    files: tsFiles,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: rootDir,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // TanStack Router's redirect() and notFound() are meant to be thrown.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [{ from: 'package', package: '@tanstack/router-core', name: ['Redirect', 'NotFoundError'] }],
        },
      ],
    },
  },

  // Import graph: cycles and architectural boundaries.
  {
    plugins: { 'import-x': importX },
    settings: {
      // Let import-x parse TS sources when it follows imports (needed for no-cycle).
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.jsx', '.cjs', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts', '.mts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          project: path.join(rootDir, 'tsconfig.json'),
        }),
        importX.createNodeResolver(),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: rootDir, zones: [...featureIsolationZones, ...layerZones] },
      ],
    },
  },

  // Application code (browser).
  {
    files: srcFiles,
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs['flat/recommended']],
    languageOptions: {
      globals: globals.browser,
    },
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render text/elements instead.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render text/elements instead.',
        },
      ],
    },
  },

  // Tests and the MSW demo backend may log.
  {
    files: [...testFiles, 'src/mocks/**'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-console': 'off',
    },
  },

  // Config files, scripts, e2e (Node).
  {
    files: nodeFiles,
    languageOptions: {
      globals: globals.node,
    },
  },

  // Playwright fixtures take an empty destructuring pattern: `async ({}, use) => ...`.
  {
    files: ['e2e/**'],
    rules: {
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
)
