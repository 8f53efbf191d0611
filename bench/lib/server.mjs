/* global fetch */
import { spawn } from 'node:child_process'
import console from 'node:console'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * `vite preview` of one build on 127.0.0.1:<port>, started by its own binary and stopped by its PID (never
 * by name: other servers on this machine are not ours). It sends the production security headers.
 */
export async function preview({ outDir, mode = 'production', port, env = {} }) {
  const args = ['node_modules/vite/bin/vite.js', 'preview', '--mode', mode, '--outDir', outDir]
  const child = spawn(
    process.execPath,
    [...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`vite preview on ${port} exited:\n${output}`)
    try {
      if ((await fetch(url)).ok) break
    } catch {
      // Not listening yet.
    }
    await sleep(100)
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(child.pid, 'SIGTERM')
      await Promise.race([exited, sleep(3000)])
      if (child.exitCode === null && child.signalCode === null) {
        console.warn(`vite preview (PID ${child.pid}) ignored SIGTERM; sending SIGKILL`)
        process.kill(child.pid, 'SIGKILL')
      }
    },
  }
}
