import { useEffect, useRef, useState, type RefObject } from 'react'

export type Size = { width: number; height: number }

/**
 * The element's content size (its CSS decides it), kept up to date; zero until measured, and where
 * ResizeObserver is missing (jsdom).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 })
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0)
      const height = Math.floor(entry?.contentRect.height ?? 0)
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/**
 * `value`, but changing at most once per `ms` while `settled` is false: pages arrive every few tens of
 * milliseconds and redrawing the chart for each would keep the main thread busy. Settled values pass at once.
 */
export function useThrottled<T>(value: T, ms: number, settled: boolean): T {
  const [shown, setShown] = useState(value)
  const lastShown = useRef(0)
  useEffect(() => {
    if (settled) return
    const wait = Math.max(0, lastShown.current + ms - performance.now())
    const timer = setTimeout(() => {
      lastShown.current = performance.now()
      setShown(value)
    }, wait)
    return () => clearTimeout(timer)
  }, [value, ms, settled])
  return settled ? value : shown
}
