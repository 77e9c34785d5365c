import { readFileSync } from 'node:fs'
import * as hb from 'harfbuzzjs'
import { createFaceSet } from '../../../../src/io/export/pdfText/faces'
import type { FaceSet } from '../../../../src/io/export/pdfText/shape'

/** The bundled TTFs the PDF export shapes with, read from node_modules as the app bundles them. */
export const fontBytes = (path: string) => new Uint8Array(readFileSync(`node_modules/${path}`))

export const VAZIRMATN_REGULAR = 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf'

export const testFaces: FaceSet = createFaceSet(hb, {
  latin: { normal: fontBytes('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'), '600': fontBytes('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf') },
  arabic: { normal: fontBytes(VAZIRMATN_REGULAR), '600': fontBytes('vazirmatn/fonts/ttf/Vazirmatn-SemiBold.ttf') },
})
