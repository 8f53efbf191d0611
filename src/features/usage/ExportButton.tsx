import { useRef, useState } from 'react'
import { describeError } from '../../api/describe-error'
import type { UsageEntry, UsageQuery } from '../../api/types'
import { filtersOf } from '../../api/usage'
import { fetchAllUsage } from '../../api/usage-all'
import { formatNumber } from '../../lib/format'

type ExportState =
  | { status: 'idle'; message?: string }
  | { status: 'running'; loaded: number; total: number }
  | { status: 'failed'; message: string }

function saveFile(text: string, fileName: string) {
  // A byte-order mark so spreadsheet apps read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }))
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName })
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

type CsvWriter = (entries: readonly UsageEntry[]) => string
const ledgerCsv = () => import('./csv').then((module) => module.usageToCsv)

/** Every matching row, all pages, as CSV; progress shown and cancellable. `loadCsv` picks the columns. */
export function ExportButton({
  query,
  fileName,
  loadCsv = ledgerCsv,
}: {
  query: UsageQuery
  fileName: string
  loadCsv?: () => Promise<CsvWriter>
}) {
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const controller = useRef<AbortController | null>(null)

  const start = async () => {
    const abort = new AbortController()
    controller.current = abort
    setState({ status: 'running', loaded: 0, total: 0 })
    try {
      const [entries, toCsv] = await Promise.all([
        fetchAllUsage(
          { ...filtersOf(query), ordering: query.ordering },
          {
            signal: abort.signal,
            onProgress: ({ loaded, total }) => setState({ status: 'running', loaded, total }),
          },
        ),
        loadCsv(),
      ])
      saveFile(toCsv(entries), fileName)
      setState({
        status: 'idle',
        message: `Exported ${formatNumber(entries.length)} entries to ${fileName}.`,
      })
    } catch (error) {
      if (abort.signal.aborted) setState({ status: 'idle', message: 'Export cancelled.' })
      else setState({ status: 'failed', message: `Export failed: ${describeError(error).message}` })
    }
  }

  return (
    <div className="export">
      <div className="export__actions">
        {state.status === 'running' ? (
          <>
            <progress max={state.total || undefined} value={state.loaded} aria-label="Export progress" />
            <button type="button" className="button" onClick={() => controller.current?.abort()}>
              Cancel export
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => void start()}>
            Export CSV
          </button>
        )}
      </div>
      <p role="status" className="export__status muted">
        {state.status === 'running'
          ? `Exporting ${formatNumber(state.loaded)} of ${formatNumber(state.total)} entries…`
          : state.status === 'idle'
            ? state.message
            : null}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="field__error">
          {state.message}
        </p>
      )}
    </div>
  )
}
