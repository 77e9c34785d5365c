/**
 * While main holds a closing window back for the flush, the person must see why it has not
 * closed yet. This runs a flush and keeps `show(true)` for as long as any close flush is running
 * (a second close after Cancel may overlap the first), and always ends with `show(false)`, also
 * when the write fails: main then asks with its own dialog.
 */
export function createClosingFlush(flush: () => Promise<void>, show: (saving: boolean) => void): () => Promise<void> {
  let running = 0
  return async () => {
    running++
    show(true)
    try {
      await flush()
    } finally {
      running--
      if (running === 0) show(false)
    }
  }
}
