type StyleProperty = 'display' | 'transform' | 'clipPath' | 'visibility' | 'width' | 'height'

/**
 * Sets one inline style only when its value changes. The board's chrome follows the view at every
 * frame of a pan, and a write of an unchanged width or visibility still costs the page a style
 * and layout pass in that frame.
 */
export function writeStyle(el: HTMLElement, property: StyleProperty, value: string): void {
  if (el.style[property] !== value) el.style[property] = value
}
