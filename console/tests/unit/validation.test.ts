import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recordKinds } from '@/api/records'
import { isHttpLink, requestBody, violationOf, type FieldSpec } from '@/forms/validation'

const field = (name: string, kind: FieldSpec['kind'], rules: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind, ...rules })

describe('the rules the forms share with the API', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // 2026-03-12 00:30 in Shanghai is still 2026-03-11 in UTC: "today" is the platform's day, not the browser's.
    vi.setSystemTime(new Date('2026-03-11T16:30:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it('requires what the API requires, blank text included', () => {
    const title = field('title', 'text', { required: true })
    expect(violationOf(title, { title: '  ' })?.key).toBe('validation.required')
    expect(violationOf(title, { title: '联学' })).toBeNull()
    expect(violationOf(field('location', 'text'), {})).toBeNull()
  })

  it('checks numbers: whole, at least, between, not above another field', () => {
    expect(violationOf(field('attendance', 'integer', { min: 1 }), { attendance: 0 })).toEqual({
      key: 'validation.atLeast',
      params: { min: 1 },
    })
    expect(violationOf(field('attendance', 'integer'), { attendance: 2.5 })?.key).toBe('validation.integer')
    expect(violationOf(field('score', 'decimal', { min: 0, max: 100 }), { score: 100.5 })?.key).toBe('validation.between')
    const members = recordKinds.activity.fields.find((spec) => spec.name === 'universityPartyMembers')!
    expect(violationOf(members, { universityPartyMembers: 31, attendance: 30 })?.key).toBe('validation.atMost')
    expect(violationOf(members, { universityPartyMembers: 30, attendance: 30 })).toBeNull()
  })

  it('refuses dates after today in Asia/Shanghai, before another date, or outside the term', () => {
    const occurred = field('occurredOn', 'date', { notFuture: true, withinTerm: true })
    expect(violationOf(occurred, { occurredOn: '2026-03-12' })).toBeNull()
    expect(violationOf(occurred, { occurredOn: '2026-03-13' })?.key).toBe('validation.notFuture')
    expect(violationOf(occurred, { occurredOn: '2023-12-31' }, { start: '2024-01-01', end: '2030-12-31' })?.key).toBe(
      'validation.withinTerm',
    )
    const due = field('dueOn', 'date', { onOrAfter: 'raisedOn' })
    expect(violationOf(due, { raisedOn: '2026-03-01', dueOn: '2026-02-28' })?.key).toBe('validation.onOrAfter')
    expect(violationOf(due, { raisedOn: '2026-03-01', dueOn: '2026-03-01' })).toBeNull()
  })

  it('accepts only http(s) evidence links, one a line', () => {
    const links = field('evidenceLinks', 'links')
    expect(violationOf(links, { evidenceLinks: 'https://a.cn/x.pdf\n\nhttp://b.cn' })).toBeNull()
    expect(violationOf(links, { evidenceLinks: 'https://a.cn/x.pdf\njavascript:alert(1)' })).toEqual({
      key: 'validation.link',
      params: { link: 'javascript:alert(1)' },
    })
    expect(isHttpLink('http://')).toBe(false)
  })

  it('sends numbers as numbers, links as a list, and leaves empty optional inputs out', () => {
    expect(
      requestBody(recordKinds.activity.fields, {
        type: 'JOINT_STUDY',
        title: '联学',
        location: '',
        attendance: '30',
        evidenceLinks: ' https://a.cn/x.pdf \n',
      }),
    ).toEqual({ type: 'JOINT_STUDY', title: '联学', attendance: 30, evidenceLinks: ['https://a.cn/x.pdf'] })
  })
})
