import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod'
import { App } from './app/App'
import { preloadPages } from './app/lazy-pages'
import { Providers } from './app/Providers'
import './app/app.css'

// Shared zod schemas validate forms on screen too: their built-in messages in Chinese.
z.config(z.locales.zhCN())
// The CSP has no 'unsafe-eval': keep zod from probing `new Function` (it would log a CSP violation).
z.config({ jitless: true })

const root = document.getElementById('root')
if (!root) throw new Error('missing #root')

createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
)

// the other sections' chunks load once the first screen is idle: the first sidebar click finds them ready
preloadPages()
