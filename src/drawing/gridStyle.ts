// The grid's colours and label inset, shared by the board (GridLayer), the minimap and the SVG/PDF
// export so all of them draw the same picture.
export const GRID_LINE = '#d4d4d8'
export const GRID_STRONG_LINE = '#a1a1aa'
export const GRID_TITLE_FILL = '#f4f4f5'
export const GRID_INK = '#18181b'
export const GRID_MUTED = '#52525b'
/** Board pixels between a header's edge and its title. */
export const GRID_LABEL_INSET = 12
/** Header title sizes; the rename field uses them too, so the text does not jump when editing starts. */
export const GRID_TITLE_SIZE = { stage: 18, step: 15, lane: 16 } as const
