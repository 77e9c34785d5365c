/** A persona's initials for an avatar without a photo: the first letters of the first and last word. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words
  return letters.map((w) => Array.from(w as string)[0]?.toLocaleUpperCase() ?? '').join('')
}
