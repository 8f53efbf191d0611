import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite'
import { securityHeaders } from './security-headers.ts'

/**
 * The demo's mock service worker, served and emitted from the installed msw package so it always
 * matches the library's version, and so a live build (which has no demo) never ships it.
 */
function demoServiceWorker(): Plugin {
  const fileName = 'mockServiceWorker.js'
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${fileName}`), 'utf8')
  return {
    name: 'demo-service-worker',
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript')
        response.end(source())
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: source() })
    },
  }
}

/**
 * Modules that only declare things (nothing runs on import). Where nothing of them is used, as in a live
 * build, which never calls the demo's setup, they are left out whole, and everything they import with them.
 */
function declarationsOnly(suffixes: string[]): Plugin {
  return {
    name: 'declarations-only',
    transform(_code, id) {
      return suffixes.some((suffix) => id.endsWith(suffix)) ? { moduleSideEffects: false } : null
    },
  }
}

/**
 * Modes: `demo` (npm start, build:demo) bundles the MSW demo backend; every other mode is a live build
 * in which `import.meta.env.MODE === 'demo'` is statically false, so no mock code reaches the output.
 *
 * `API_PROXY_TARGET` (e.g. https://api.example.com) makes `vite` and `vite preview` forward
 * `API_PROXY_PATH` (default /api) to that API, so the dashboard can use a same-origin API URL.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const proxyPath = env.API_PROXY_PATH || '/api'
  const proxy: Record<string, ProxyOptions> | undefined = env.API_PROXY_TARGET
    ? {
        [proxyPath]: {
          target: env.API_PROXY_TARGET,
          changeOrigin: true,
          rewrite: (path) => path.slice(proxyPath.length) || '/',
        },
      }
    : undefined

  return {
    plugins: [
      react(),
      declarationsOnly(['/src/app/demo.ts', '/src/app/DemoBar.tsx', '/src/mocks/demo-state.ts']),
      mode === 'demo' && demoServiceWorker(),
    ],
    resolve: {
      alias: {
        // React 19 has useSyncExternalStore: the shim's fallback for React 17 is dead weight in the entry.
        'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
      },
    },
    server: { port: 5173, proxy },
    preview: {
      port: 4173,
      proxy,
      headers: securityHeaders({ apiUrl: env.VITE_API_URL, demo: mode === 'demo' }),
    },
    build: {
      sourcemap: true,
      manifest: true,
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      // Every browser the build targets preloads modules itself; the polyfill only cost bytes up front.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // Everything the entry imports statically loads at once anyway: as one chunk it compresses
          // better than as a handful of small shared ones (5 KB less for the first route).
          codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      // Whole-app tests render real pages against the mock API on a 2-core machine.
      testTimeout: 20_000,
      reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    },
  }
})
