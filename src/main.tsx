import './lib/zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, createApp } from './app/App'
import { prepareDemo } from './app/demo'
import './styles/global.css'

// Statically false in a live build: the call goes, and with it the demo and MSW (vite.config.ts marks
// the demo's modules as declarations only). In the demo it runs at once: the first paint waits for
// nothing, and requests wait for the mock service worker (holdRequestsUntil).
if (import.meta.env.MODE === 'demo') prepareDemo()

const { queryClient, router } = createApp()
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>,
)
