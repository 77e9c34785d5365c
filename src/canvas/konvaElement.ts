import Konva from 'konva'

/**
 * Registers a Konva node class of the board's own under `name` and returns the react-konva element
 * for it: react-konva creates a node by its element's type, looked up by name on Konva.
 */
export function konvaElement<Element>(name: string, NodeClass: abstract new (...args: never[]) => Konva.Node): Element {
  ;(Konva as unknown as Record<string, unknown>)[name] = NodeClass
  return name as unknown as Element
}
