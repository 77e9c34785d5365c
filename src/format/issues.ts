import type { z } from 'zod'

const MAX_ISSUES = 20
const MAX_KEY_IN_MESSAGE = 40

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

/** Zod issues as short plain sentences with readable paths: "cards[3].text: expected text". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  const lines = issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = formatPath(issue.path)
    const what = describeIssue(issue, valueAt(input, issue.path))
    return path ? `${path}: ${what}` : what
  })
  if (issues.length > MAX_ISSUES) lines.push(`…and ${issues.length - MAX_ISSUES} more problems`)
  return lines
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key
    else out += `[${JSON.stringify(String(key).slice(0, MAX_KEY_IN_MESSAGE))}]`
  }
  return out
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'missing'
  switch (issue.code) {
    case 'invalid_type':
      if (typeof value === 'number' && !Number.isFinite(value)) return 'expected a finite number'
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}`
    case 'too_big':
      if (issue.origin === 'string') return `longer than ${issue.maximum} characters`
      if (issue.origin === 'array') return `more than ${issue.maximum} items`
      return `expected at most ${issue.maximum}`
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'expected text, not empty' : `shorter than ${issue.minimum} characters`
      if (issue.origin === 'array') return `fewer than ${issue.minimum} items`
      return issue.inclusive === false ? `expected more than ${issue.minimum}` : `expected at least ${issue.minimum}`
    case 'invalid_value':
      return expectedOneOf(issue.values)
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        return expectedOneOf(issue.options)
      }
      return 'expected something else'
    default:
      return issue.message
  }
}

function expectedOneOf(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v))
  return quoted.length <= 4 ? `expected ${quoted.join(' or ')}` : `expected one of ${quoted.join(', ')}`
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol') return undefined
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}
