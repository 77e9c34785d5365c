import fixtureText from '../../fixtures/format/v1-sample.journey?raw'
import { expect } from 'vitest'
import type { ImportError, Loaded, Result } from '../../../src/format'

export { fixtureText }
export const APP = { name: 'Journeyboard', version: '0.1.0' }

/** The sample file as a fresh mutable object, for tests that break one thing in it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary paths of untyped JSON
export function sampleFile(): any {
  return JSON.parse(fixtureText)
}

export function expectLoaded(result: Result<Loaded, ImportError>): Loaded {
  if (!result.ok) expect.fail(`expected a load, got ${JSON.stringify(result.error)}`)
  return result.value
}

export function expectError<T>(result: Result<T, ImportError>): ImportError {
  if (result.ok) expect.fail('expected an error, got a document')
  return result.error
}

export function repairOf(loaded: Loaded, kind: string) {
  return loaded.repairs.find((r) => r.kind === kind)
}
