import './lib/zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, createApp } from './app/App'
import './styles/global.css'

async function boot() {
  // Statically false in a live build, so the bundler drops the demo and MSW entirely.
  if (import.meta.env.MODE === 'demo') {
    const { prepareDemo } = await import('./app/demo')
    prepareDemo()
  }
  const { queryClient, router } = createApp()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  )
}

void boot()
