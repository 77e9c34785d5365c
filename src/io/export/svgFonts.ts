import interLatin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import interLatin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url'
import interExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url'
import interExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url'
import vazirArabic400 from '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?url'
import vazirArabic600 from '@fontsource/vazirmatn/files/vazirmatn-arabic-600-normal.woff2?url'

// The ranges of the @fontsource files, so a viewer takes each letter from the face that has it.
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
const ARABIC = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC'

const FACES = [
  { family: 'Inter', weight: 400, url: interLatin400, range: LATIN },
  { family: 'Inter', weight: 600, url: interLatin600, range: LATIN },
  { family: 'Inter', weight: 400, url: interExt400, range: LATIN_EXT },
  { family: 'Inter', weight: 600, url: interExt600, range: LATIN_EXT },
  { family: 'Vazirmatn', weight: 400, url: vazirArabic400, range: ARABIC },
  { family: 'Vazirmatn', weight: 600, url: vazirArabic600, range: ARABIC },
]

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * @font-face rules carrying the board's fonts (Inter Latin and Latin Extended for Turkish and
 * Norwegian letters, Vazirmatn Arabic for Persian) as data: URLs: about 160 KB of WOFF2, so the SVG
 * shows the same letters on a machine that has neither font. Empty when a font cannot be read.
 */
export async function embeddedFontCss(): Promise<string> {
  try {
    const rules = await Promise.all(
      FACES.map(async (face) => {
        const response = await fetch(face.url)
        if (!response.ok) throw new Error(`font ${face.url}: ${response.status}`)
        const data = base64(new Uint8Array(await response.arrayBuffer()))
        return `@font-face{font-family:${face.family};font-style:normal;font-weight:${face.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.range}}`
      }),
    )
    return rules.join('')
  } catch {
    // The SVG still names the families; a viewer with them installed (or the app) shows it right.
    return ''
  }
}
