// Lets the browser paint before a cell does heavy work. The overview's cells all start in one task
// once its data arrive; without a pause the first chart is painted only after the province
// chart, the map and the scoreboard are built and laid out. A cell below the first screen awaits
// afterNextPaint() and runs right after the next frame, which holds the first chart.

/** Resolves after the next frame has been painted (a task queued from that frame's callback). */
export function afterNextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
