import type { Problem } from './types'

/**
 * Where a problem document's message belongs in a form: `field` names the one offending input, `errors` every one
 * when there are several (platform/commons ProblemMappers). Nested names ("term.start") stay as the API gives them;
 * forms use the same names for their fields. What names no field of the form is shown above it.
 */
export function fieldErrors(problem: Problem, formFields: readonly string[]): {
  byField: Record<string, string>
  general: string | null
} {
  const byField: Record<string, string> = {}
  const errors = problem.errors?.filter((error) => error.field) ?? []
  if (errors.length > 0) {
    for (const error of errors) {
      const field = formFieldOf(error.field!, formFields)
      if (field) {
        byField[field] = byField[field] ? `${byField[field]}；${error.message ?? ''}` : (error.message ?? '')
      }
    }
  } else if (problem.field) {
    const field = formFieldOf(problem.field, formFields)
    if (field) {
      const detail = problem.detail ?? problem.title ?? ''
      byField[field] = field === problem.field ? withoutFieldName(field, detail) : detail
    }
  }
  const unplaced = Object.keys(byField).length === 0
  return { byField, general: unplaced ? (problem.detail ?? problem.title ?? null) : null }
}

/** "term.start" → "term.start" when the form has it, else the nearest enclosing field the form has ("term"). */
function formFieldOf(field: string, formFields: readonly string[]): string | null {
  let name = field
  while (name) {
    if (formFields.includes(name)) {
      return name
    }
    const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['))
    name = cut > 0 ? name.slice(0, cut) : ''
  }
  return null
}

/**
 * A detail starting with "field: " (in Chinese "field：") repeats the field's name: beside the field, the rest is
 * enough.
 */
function withoutFieldName(field: string, detail: string): string {
  for (const prefix of [`${field}: `, `${field}：`]) {
    if (detail.startsWith(prefix)) {
      return detail.slice(prefix.length)
    }
  }
  return detail
}
