import type * as HarfBuzz from 'harfbuzzjs'
import type { FaceSet, ShapingFace, Weight } from './shape'

/** The four TTFs the PDF sets text in: Inter for Latin (Turkish and Norwegian letters too), Vazirmatn for Arabic script. */
export type FaceBytes = Readonly<Record<'latin' | 'arabic', Readonly<Record<Weight, Uint8Array>>>>

function face(hb: typeof HarfBuzz, key: string, bytes: Uint8Array): ShapingFace {
  const hbFace = new hb.Face(new hb.Blob(bytes), 0)
  const font = new hb.Font(hbFace)
  const extents = font.hExtents()
  return { key, font, upem: hbFace.upem, ascender: extents.ascender, descender: extents.descender }
}

export function createFaceSet(hb: typeof HarfBuzz, bytes: FaceBytes): FaceSet {
  return {
    hb,
    latin: { normal: face(hb, 'inter-400', bytes.latin.normal), '600': face(hb, 'inter-600', bytes.latin['600']) },
    arabic: { normal: face(hb, 'vazirmatn-400', bytes.arabic.normal), '600': face(hb, 'vazirmatn-600', bytes.arabic['600']) },
  }
}
