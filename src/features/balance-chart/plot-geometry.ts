/** Fixed geometry, so a pixel of the plot maps to a time without asking recharts. */
export const MARGIN = { top: 12, right: 16, bottom: 0, left: 0 }
export const Y_AXIS_WIDTH = 64
export const X_AXIS_HEIGHT = 28
/** Room for one tick label ("Nov 2026") and a gap. */
export const PX_PER_TICK = 84

/** The width of the plotting area in a chart this wide. */
export function plotWidthOf(width: number): number {
  return Math.max(0, width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right)
}
