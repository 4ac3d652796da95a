import { describe, expect, it } from 'vitest'
import { fieldErrors } from '@/api/problems'

const fields = ['title', 'occurredOn', 'evidenceLinks', 'term'] as const

describe('problem details beside the fields', () => {
  it('puts a rule violation on the field it names, without repeating the name', () => {
    const placed = fieldErrors(
      { status: 422, title: 'The request breaks a rule', detail: 'occurredOn: 2031-01-01 is in the future', field: 'occurredOn' },
      fields,
    )
    expect(placed).toEqual({ byField: { occurredOn: '2031-01-01 is in the future' }, general: null })
    // The API's Chinese details (Accept-Language: zh) name the field with a full-width colon.
    const chinese = fieldErrors(
      { status: 400, title: '无法读取请求体', detail: 'title：应为带引号的文本', field: 'title' },
      fields,
    )
    expect(chinese.byField).toEqual({ title: '应为带引号的文本' })
  })

  it('puts each of several validation errors on its field', () => {
    const placed = fieldErrors(
      {
        status: 422,
        detail: 'title: must not be blank; occurredOn: must not be null',
        errors: [
          { field: 'occurredOn', message: 'must not be null' },
          { field: 'title', message: 'must not be blank' },
        ],
      },
      fields,
    )
    expect(placed.byField).toEqual({ occurredOn: 'must not be null', title: 'must not be blank' })
  })

  it('puts an element of a list or a nested field on the field that holds it', () => {
    expect(fieldErrors({ detail: "'ftp://x' is not an http(s) link", field: 'evidenceLinks[1]' }, fields).byField).toEqual({
      evidenceLinks: "'ftp://x' is not an http(s) link",
    })
    expect(fieldErrors({ detail: 'term.start: must not be null', field: 'term.start' }, fields).byField).toEqual({
      term: 'term.start: must not be null',
    })
  })

  it('shows what names no field of the form above it', () => {
    expect(fieldErrors({ status: 409, detail: 'the partnership is SUSPENDED' }, fields)).toEqual({
      byField: {},
      general: 'the partnership is SUSPENDED',
    })
    expect(fieldErrors({ status: 403, detail: 'not your organisation', field: 'partnershipId' }, fields).general).toBe(
      'not your organisation',
    )
  })
})
