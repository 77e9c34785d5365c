import type Konva from 'konva'
import { Shape } from 'react-konva'

const FILL: Record<number, string> = { [-2]: '#fca5a5', [-1]: '#fed7aa', 0: '#e5e7eb', 1: '#d9f99d', 2: '#86efac' }
const INK = '#27272a'

/**
 * A face for one of the five levels, drawn as vectors: Chromium without an emoji font (as on a
 * fresh Linux machine, or in an export) would show emoji as empty boxes.
 */
export function Face({ x, y, radius, level }: { x: number; y: number; radius: number; level: number }) {
  return (
    <Shape
      x={x}
      y={y}
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(ctx: Konva.Context) => drawFace(ctx, radius, level)}
    />
  )
}

function drawFace(ctx: Konva.Context, r: number, level: number): void {
  ctx.beginPath()
  ctx.arc(0, 0, r, 0, Math.PI * 2)
  ctx.setAttr('fillStyle', FILL[level] ?? FILL[0])
  ctx.fill()
  ctx.setAttr('strokeStyle', INK)
  ctx.setAttr('lineWidth', Math.max(1, r / 9))
  ctx.stroke()

  const eyeY = -r * 0.22
  const eyeX = r * 0.36
  ctx.beginPath()
  ctx.arc(-eyeX, eyeY, r * 0.11, 0, Math.PI * 2)
  ctx.arc(eyeX, eyeY, r * 0.11, 0, Math.PI * 2)
  ctx.setAttr('fillStyle', INK)
  ctx.fill()

  ctx.setAttr('lineWidth', Math.max(1, r / 7))
  ctx.setAttr('lineCap', 'round')
  if (level === -2) {
    // Brows slanting down to the middle: angry, not merely sad.
    ctx.beginPath()
    ctx.moveTo(-eyeX - r * 0.22, eyeY - r * 0.3)
    ctx.lineTo(-eyeX + r * 0.18, eyeY - r * 0.12)
    ctx.moveTo(eyeX + r * 0.22, eyeY - r * 0.3)
    ctx.lineTo(eyeX - r * 0.18, eyeY - r * 0.12)
    ctx.stroke()
  }
  const mouthY = r * 0.38
  const w = r * 0.42
  ctx.beginPath()
  if (level === 0) {
    ctx.moveTo(-w, mouthY)
    ctx.lineTo(w, mouthY)
    ctx.stroke()
  } else if (level === 2) {
    // A wide open smile, filled, so +2 differs from +1 even at a glance from the back of the room.
    ctx.moveTo(-w * 1.1, mouthY - r * 0.12)
    ctx.quadraticCurveTo(0, mouthY + r * 0.55, w * 1.1, mouthY - r * 0.12)
    ctx.closePath()
    ctx.fill()
    ctx.stroke()
  } else {
    const bend = (level > 0 ? 1 : -1) * r * (level === -2 ? 0.42 : 0.3)
    const base = level > 0 ? mouthY - r * 0.1 : mouthY + r * 0.08
    ctx.moveTo(-w, base)
    ctx.quadraticCurveTo(0, base + bend, w, base)
    ctx.stroke()
  }
}
