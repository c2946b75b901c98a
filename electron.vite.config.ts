import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { firstScreenReportPlugin } from './electron/cli/bench/first-screen.budget'
import { CSP } from './shared/csp'

const alias = { '@shared': resolve(__dirname, 'shared') }

/**
 * The strict CSP is injected only into the production build: Vite's dev server needs inline
 * scripts for React Refresh. `frame-ancestors` is ignored in a meta tag, so it is left to the header.
 */
const META_CSP = CSP.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ')

function cspPlugin(): Plugin {
  return {
    name: 'sunlight-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
      )
    },
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          host: resolve(__dirname, 'electron/host/index.ts'),
          // the job worker both index.js and host.js start (electron/core/jobs/worker-entry.ts)
          'job-worker': resolve(__dirname, 'electron/core/jobs/job.worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() anything but a few Electron modules: bundle everything, CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react(), cspPlugin(), firstScreenReportPlugin()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      chunkSizeWarningLimit: 4000,
      // electron-vite leaves the renderer unminified by default: 3.4 MB instead of ~1.6 MB in all
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
