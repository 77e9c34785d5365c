import type { PersonaStripLayout } from '../../io/export/personaStrip'

/**
 * The strip's photos as decoded images, keyed by their data: URL: a tile is drawn synchronously,
 * so they must be ready before the first one. A photo that does not decode is left out, and its
 * card shows the initials instead.
 */
export async function loadStripPhotos(strip: PersonaStripLayout | null | undefined): Promise<ReadonlyMap<string, HTMLImageElement>> {
  const urls = [...new Set((strip?.cards ?? []).flatMap((c) => (c.avatar.photo ? [c.avatar.photo] : [])))]
  const loaded = await Promise.all(
    urls.map(async (url) => {
      const image = new Image()
      image.src = url
      try {
        await image.decode()
        return [url, image] as const
      } catch {
        return null
      }
    }),
  )
  return new Map(loaded.filter((e) => e !== null))
}
