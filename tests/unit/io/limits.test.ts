import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../../electron/shared/ipc'
import { LIMITS } from '../../../src/format'

describe('file size limits', () => {
  it('main refuses to read exactly what the importer would refuse to parse', () => {
    expect(MAX_FILE_BYTES).toBe(LIMITS.bytes)
  })
})
