import { Rect } from 'react-konva'
import { useInteraction } from '../interaction'

/** Where the rest of a dragged selection will land, drawn like the dragged card's own target. */
export function GroupDragTargets({ color }: { color: string }) {
  const others = useInteraction((s) => s.drag?.others)
  if (!others || others.length === 0) return null
  return (
    <>
      {others.map((r, i) => (
        <Rect key={i} {...r} fill={color} opacity={0.08} stroke={color} strokeWidth={2} strokeScaleEnabled={false} dash={[8, 6]} listening={false} />
      ))}
    </>
  )
}
