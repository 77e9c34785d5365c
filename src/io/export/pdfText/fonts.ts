import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url'
import interSemiBold from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url'
import vazirRegular from 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf?url'
import vazirSemiBold from 'vazirmatn/fonts/ttf/Vazirmatn-SemiBold.ttf?url'
import { createFaceSet } from './faces'
import { textLayerTtf } from './layerFont'
import type { FaceSet } from './shape'

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`font ${url}: ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

export function base64(data: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000))
  return btoa(binary)
}

export interface PdfFonts {
  readonly faces: FaceSet
  /** Vazirmatn Regular (Latin and Arabic letters) with joiners given an advance (see layerFont), for jsPDF's invisible text layer. */
  readonly layerTtf: Uint8Array
}

let loading: Promise<PdfFonts> | null = null

/**
 * HarfBuzz (WebAssembly) and the four TTFs, bundled with the app (no network), loaded on the first
 * PDF export only. harfbuzzjs finds its wasm with `new URL('harfbuzz.wasm', import.meta.url)`, which
 * Vite turns into the bundled asset's URL.
 */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= (async () => {
    const [hb, latin400, latin600, arabic400, arabic600] = await Promise.all([import('harfbuzzjs'), bytes(interRegular), bytes(interSemiBold), bytes(vazirRegular), bytes(vazirSemiBold)])
    const faces = createFaceSet(hb, { latin: { normal: latin400, '600': latin600 }, arabic: { normal: arabic400, '600': arabic600 } })
    return { faces, layerTtf: textLayerTtf(faces.arabic.normal, arabic400) }
  })()
  loading.catch(() => {
    loading = null
  })
  return loading
}
