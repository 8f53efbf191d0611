import { useState, type KeyboardEvent, type PointerEvent } from 'react'

/** Where the plot sits in the chart, horizontally, and which times its edges stand for. */
export type PlotGeometry = { left: number; width: number; domain: readonly [number, number] }

type Drag = { pointerId: number; from: number; to: number }

/** Less than this is a click, not a selection. */
const MIN_DRAG_PX = 6

/**
 * Dragging across the plot with a mouse or pen selects a span of time; letting go hands it to `onSelect`.
 * Touch is left to scrolling the page (the page's date fields zoom as well). Escape cancels a drag.
 */
export function useBrush(
  { left, width, domain }: PlotGeometry,
  onSelect: (from: number, to: number) => void,
) {
  const [drag, setDrag] = useState<Drag | null>(null)
  const clamp = (px: number) => Math.min(left + width, Math.max(left, px))
  const xOf = (event: PointerEvent<HTMLElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left
  const timeAt = (px: number) => domain[0] + ((clamp(px) - left) / width) * (domain[1] - domain[0])

  const handlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.pointerType === 'touch' || event.button !== 0 || width <= 0) return
      const x = xOf(event)
      if (x < left || x > left + width) return
      // No focus move, text selection or mouse events for the chart's tooltip while dragging.
      event.preventDefault()
      event.currentTarget.setPointerCapture?.(event.pointerId)
      setDrag({ pointerId: event.pointerId, from: x, to: x })
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      if (drag?.pointerId !== event.pointerId) return
      setDrag({ ...drag, to: clamp(xOf(event)) })
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      if (drag?.pointerId !== event.pointerId) return
      setDrag(null)
      const to = clamp(xOf(event))
      if (Math.abs(to - drag.from) >= MIN_DRAG_PX) onSelect(timeAt(drag.from), timeAt(to))
    },
    onPointerCancel: () => setDrag(null),
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.key === 'Escape' && drag) setDrag(null)
    },
  }
  const selection =
    drag && Math.abs(drag.to - drag.from) >= 1
      ? { left: Math.min(drag.from, drag.to), width: Math.abs(drag.to - drag.from) }
      : null
  return { handlers, selection, dragging: drag !== null }
}
