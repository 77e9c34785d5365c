import type Konva from 'konva'
import type { Ref } from 'react'
import { Layer, Line, Rect, Stage, Text } from 'react-konva'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { ContentLayer } from '../ContentLayer'
import { EmotionLayer } from '../emotion'
import { ExportViewContext, type ExportView } from '../exportView'
import { GridLayer } from '../GridLayer'
import { InteractionContext, type InteractionStore } from '../interaction'
import type { Rect as Box } from '../../domain/layout'
import { LEGEND_FONT_SIZE, TITLE_FONT_SIZE, type HeaderLayout } from '../../io/export/frame'
import { PersonaStripShapes } from './PersonaStripShapes'

interface ExportSceneProps {
  readonly stageRef: Ref<Konva.Stage>
  /** The tile in board pixels: the stage is that big and shifted onto it. */
  readonly tile: Box
  readonly view: ExportView
  readonly interaction: InteractionStore
  /** The whole picture: filled white unless the background is transparent. */
  readonly area: Box
  readonly header: HeaderLayout
  /** The persona strip's photos, decoded before the first tile (see loadStripPhotos). */
  readonly photos: ReadonlyMap<string, HTMLImageElement>
}

/**
 * The board's own layers (grid, cards and links, emotion curves) in an offscreen stage, told by
 * ExportView to build this tile at full detail, with the picture's background, title and legend
 * under and above them, and the persona strip when chosen. No overlay layer: selection and handles never reach an export.
 */
export function ExportScene({ stageRef, tile, view, interaction, area, header, photos }: ExportSceneProps) {
  // The layers take width/height only to size their cull rect, which ExportView replaces.
  const w = tile.width
  const h = tile.height
  return (
    <InteractionContext.Provider value={interaction}>
      <ExportViewContext.Provider value={view}>
        <Stage ref={stageRef} width={w} height={h} x={-tile.x} y={-tile.y} listening={false}>
          <Layer listening={false}>
            {!view.transparent && <Rect x={area.x} y={area.y} width={area.width} height={area.height} fill="#ffffff" />}
            <HeaderShapes header={header} />
            {header.strip && <PersonaStripShapes strip={header.strip} direction={header.direction} photos={photos} />}
          </Layer>
          <GridLayer />
          <ContentLayer width={w} height={h} />
          <EmotionLayer />
        </Stage>
      </ExportViewContext.Provider>
    </InteractionContext.Provider>
  )
}

function HeaderShapes({ header }: { header: HeaderLayout }) {
  const title = textDirection(header.title.text, header.direction)
  return (
    <>
      <Text
        text={header.title.text}
        x={header.title.x}
        y={header.title.y}
        width={header.title.width}
        height={header.title.height}
        fontSize={TITLE_FONT_SIZE}
        fontStyle="600"
        fontFamily={CANVAS_FONT_FAMILY}
        lineHeight={1.4}
        fill="#18181b"
        direction={title.direction}
        align={title.align}
        wrap="none"
        ellipsis
      />
      {header.items.map((item, i) => {
        const { direction } = textDirection(item.label, header.direction)
        const midY = item.swatch.y + item.swatch.height / 2
        return [
          item.kind === 'chip' ? (
            <Rect key={`s${i}`} {...item.swatch} fill={item.fill} stroke={item.edge} strokeWidth={1.5} cornerRadius={4} />
          ) : (
            <Line
              key={`s${i}`}
              points={[item.swatch.x, midY, item.swatch.x + item.swatch.width, midY]}
              stroke={item.edge}
              strokeWidth={3}
              dash={item.kind === 'intended' ? [8, 5] : undefined}
              lineCap="round"
            />
          ),
          <Text
            key={`t${i}`}
            text={item.label}
            x={item.labelX}
            y={header.legendY}
            width={item.labelWidth}
            height={header.legendHeight}
            fontSize={LEGEND_FONT_SIZE}
            fontFamily={CANVAS_FONT_FAMILY}
            lineHeight={1.4}
            verticalAlign="middle"
            fill="#3f3f46"
            direction={direction}
            align={direction === 'rtl' ? 'right' : 'left'}
            wrap="none"
          />,
        ]
      })}
    </>
  )
}
