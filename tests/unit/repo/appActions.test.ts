import { describe, expect, it } from 'vitest'
import { filesUnder, read } from './sourceFiles'

describe('app actions', () => {
  it('never travel as window CustomEvents: they are typed AppActions or store state', () => {
    const offenders = filesUnder('src')
      .filter((path) => /\.(ts|tsx)$/.test(path))
      .filter((path) => /new CustomEvent\s*[(<]|addEventListener\(\s*['"`]journeyboard:/.test(read(path)))
    expect(offenders).toEqual([])
  })
})
