import type { EnumName } from '@/labels/enums'
import { isFuture } from '@/util/dates'

/** One input of a form, named as the API names it (so that a problem's `field` lands on it). */
export interface FieldSpec {
  name: string
  kind: 'text' | 'textarea' | 'integer' | 'decimal' | 'date' | 'enum' | 'links' | 'choice'
  /** The i18n key of its label, when not `fields.<name>` (two forms naming different things alike). */
  label?: string
  enumName?: EnumName
  /** The options of a `choice`: records read from the API (a partnership, an activity), by id. */
  choices?: readonly { value: string; label: string }[]
  /** A subset of the enum's values (e.g. only RESEARCH_OUTPUT achievements can be converted). */
  values?: readonly string[]
  required?: boolean
  min?: number
  max?: number
  /** Another number field of the form that this one may not exceed (party members ≤ attendance). */
  atMost?: string
  maxLength?: number
  notFuture?: boolean
  /** Another date field of the form that this one may not precede. */
  onOrAfter?: string
  /** Within the partnership's term (records of an agreement). */
  withinTerm?: boolean
  /** Cannot change once created (partnershipId, the achievement of a conversion): shown read-only on amendment. */
  fixedOnAmend?: boolean
}

export type FormValues = Record<string, unknown>

export interface Term {
  start?: string
  end?: string
}

/** A broken rule as a message key of the i18n catalogue and its parameters. */
export interface Violation {
  key: string
  params?: Record<string, string | number>
}

/**
 * The rules the API applies to the field (its Bean Validation annotations and the domain's checks), applied in
 * the browser before sending: the API stays the judge, its problem details are shown beside the field too.
 */
export function violationOf(field: FieldSpec, values: FormValues, term?: Term): Violation | null {
  const value = values[field.name]
  const empty =
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  if (empty) {
    return field.required ? { key: 'validation.required' } : null
  }
  switch (field.kind) {
    case 'integer':
    case 'decimal': {
      const number = Number(value)
      if (!Number.isFinite(number) || (field.kind === 'integer' && !Number.isInteger(number))) {
        return { key: field.kind === 'integer' ? 'validation.integer' : 'validation.number' }
      }
      if (field.min !== undefined && number < field.min) {
        return field.max !== undefined
          ? { key: 'validation.between', params: { min: field.min, max: field.max } }
          : { key: 'validation.atLeast', params: { min: field.min } }
      }
      if (field.max !== undefined && number > field.max) {
        return { key: 'validation.between', params: { min: field.min ?? 0, max: field.max } }
      }
      const ceiling = field.atMost ? values[field.atMost] : undefined
      if (ceiling !== undefined && ceiling !== null && ceiling !== '' && number > Number(ceiling)) {
        return { key: 'validation.atMost', params: { field: field.atMost!, max: Number(ceiling) } }
      }
      return null
    }
    case 'date': {
      const date = String(value)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        return { key: 'validation.date' }
      }
      if (field.notFuture && isFuture(date)) {
        return { key: 'validation.notFuture' }
      }
      const earliest = field.onOrAfter ? values[field.onOrAfter] : undefined
      if (typeof earliest === 'string' && earliest && date < earliest) {
        return { key: 'validation.onOrAfter', params: { date: earliest } }
      }
      if (field.withinTerm && term?.start && term.end && (date < term.start || date > term.end)) {
        return { key: 'validation.withinTerm', params: { start: term.start, end: term.end } }
      }
      return null
    }
    case 'links': {
      const links = linkList(value)
      const bad = links.find((link) => !isHttpLink(link))
      return bad ? { key: 'validation.link', params: { link: bad } } : null
    }
    default: {
      const text = String(value)
      if (field.required && text.trim() === '') {
        return { key: 'validation.required' }
      }
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        return { key: 'validation.maxLength', params: { max: field.maxLength } }
      }
      return null
    }
  }
}

/** Only http(s) links are evidence (and only they are ever put into an href). */
export function isHttpLink(link: string): boolean {
  try {
    const url = new URL(link.trim())
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** The body the API expects: numbers as numbers, empty optional inputs left out, blank links dropped. */
export function requestBody(fields: readonly FieldSpec[], values: FormValues): FormValues {
  const body: FormValues = {}
  for (const field of fields) {
    const value = values[field.name]
    if (value === undefined || value === null || value === '') {
      continue
    }
    if (field.kind === 'integer' || field.kind === 'decimal') {
      body[field.name] = Number(value)
    } else if (field.kind === 'links') {
      body[field.name] = linkList(value)
    } else {
      body[field.name] = value
    }
  }
  return body
}

/** Links as the form holds them (one a line) or as the API gives them (a list), without blanks. */
export function linkList(value: unknown): string[] {
  const links = typeof value === 'string' ? value.split('\n') : Array.isArray(value) ? (value as unknown[]) : []
  return links.map((link) => String(link).trim()).filter((link) => link !== '')
}
