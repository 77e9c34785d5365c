/** The faces the canvas draws with; bundled, so a map looks the same on every machine and offline. */
export const CANVAS_FONT_FAMILY = 'Inter, Vazirmatn, sans-serif'

const FACES = ['400 16px Inter', '600 16px Inter', '400 16px Vazirmatn', '600 16px Vazirmatn']

/** Resolves when the bundled fonts are ready, or after `timeoutMs` so a font problem never keeps the app from starting. */
export async function waitForFonts(timeoutMs = 3000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return
  const loads = Promise.all(FACES.map((face) => document.fonts.load(face, face.includes('Vazirmatn') ? 'سلام abc' : 'abc')))
  await Promise.race([loads.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]).catch(() => undefined)
}
