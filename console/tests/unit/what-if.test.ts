import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick, reactive } from 'vue'
import type { WhatIfEntry } from '@/api/types'

/** Every call of the API client goes to this fetch (openapi-fetch takes the global one when the client is made). */
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>()
  globalThis.fetch = mock as unknown as typeof fetch
  return mock
})

const { checkConsistency } = await import('@/composables/consistency')
const { rankedBy, rankMove } = await import('@/weights/whatIf')
const { defaultDraft, equalComparisons } = await import('@/weights/scheme')
const { default: WeightInputs } = await import('@/components/WeightInputs.vue')
const { i18n } = await import('@/i18n')
const { catalogue } = await import('./catalogue-fixture')

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

const INCONSISTENT = {
  dimensionWeights: { ORGANIZATION: 0.41, RESOURCE: 0.09, SOCIAL: 0.3, INNOVATION: 0.1, FEEDBACK: 0.1 },
  lambdaMax: 6.91,
  consistencyIndex: 0.4775,
  consistencyRatio: 0.4263,
  acceptable: false,
  mostInconsistent: { row: 'RESOURCE', column: 'SOCIAL' },
}

/** Answers the catalogue and the consistency check; remembers the matrices it was asked about. */
function platform(check: unknown = INCONSISTENT) {
  const asked: unknown[] = []
  fetchMock.mockImplementation(async (request: Request) => {
    const url = new URL(request.url)
    if (url.pathname === '/api/v1/evaluation/indicators') {
      return json(catalogue())
    }
    if (url.pathname === '/api/v1/evaluation/weight-schemes/consistency' && request.method === 'POST') {
      asked.push(await request.json())
      return json(check)
    }
    return json({ status: 404, detail: `unexpected ${request.method} ${url.pathname}` }, 404)
  })
  return asked
}

afterEach(() => {
  fetchMock.mockReset()
  document.body.innerHTML = ''
})

describe('rank changes', () => {
  it('point up for a better rank, down for a worse one, and say so', () => {
    expect(rankMove(3)).toEqual({ direction: 'up', arrow: '↑', text: '+3' })
    expect(rankMove(-2)).toEqual({ direction: 'down', arrow: '↓', text: '−2' })
    expect(rankMove(0)).toEqual({ direction: 'same', arrow: '→', text: '0' })
    expect(rankMove(null)).toEqual({ direction: 'none', arrow: '', text: '—' })
  })

  it('orders each side by its own rank, the unranked last, ties by code', () => {
    const entry = (code: string, applicable: number | null, whatIf: number | null): WhatIfEntry => ({
      partnershipId: code,
      code,
      title: code,
      regionCode: '450200',
      applicable: { rank: applicable, composite: null, grade: 'PASS' },
      whatIf: { rank: whatIf, composite: null, grade: 'PASS' },
      rankChange: applicable && whatIf ? applicable - whatIf : null,
    })
    const entries = [entry('C', 1, 3), entry('A', null, null), entry('B', 2, 1), entry('D', 3, 2)]
    expect(rankedBy(entries, 'applicable').map((e) => e.code)).toEqual(['C', 'B', 'D', 'A'])
    expect(rankedBy(entries, 'whatIf').map((e) => e.code)).toEqual(['B', 'D', 'C', 'A'])
    expect(rankMove(entries[0]!.rankChange).arrow).toBe('↓')
    expect(rankMove(entries[2]!.rankChange).arrow).toBe('↑')
  })
})

describe('the consistency check', () => {
  it('posts the matrix to the API and answers its computation', async () => {
    const asked = platform()
    const comparisons = equalComparisons()
    await expect(checkConsistency(comparisons)).resolves.toEqual(INCONSISTENT)
    expect(asked).toEqual([{ pairwiseComparisons: comparisons }])
    const request = fetchMock.mock.calls[0]![0]
    expect(request.method).toBe('POST')
    expect(request.headers.get('Accept-Language')).toBe('zh-CN')
  })

  it('is asked once the comparisons settle, shows CR and the verdict, and marks the pair most out of line', { timeout: 30_000 }, async () => {
    const asked = platform()
    const draft = reactive(defaultDraft(catalogue()))
    const wrapper = mount(WeightInputs, {
      props: { modelValue: draft, catalogue: catalogue(), idPrefix: 'test' },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    })
    expect(asked).toHaveLength(0) // direct weights: nothing to check
    draft.mode = 'pairwise'
    await nextTick()
    draft.comparisons[0]![1] = 9
    draft.comparisons[0]![2] = 1 / 9
    draft.comparisons[1]![2] = 1 / 9
    await vi.waitFor(() => expect(wrapper.find('[data-testid="consistency-verdict"]').exists()).toBe(true), {
      timeout: 20_000,
    })
    await flushPromises()
    // Three changes in a row: one question, about the last matrix.
    expect(asked).toHaveLength(1)
    expect((asked[0] as { pairwiseComparisons: number[][] }).pairwiseComparisons[1]![2]).toBeCloseTo(1 / 9, 15)
    expect(wrapper.find('[data-testid="consistency-ratio"]').text()).toBe('0.4263')
    expect(wrapper.find('[data-testid="consistency-verdict"]').text()).toContain('不一致')
    expect(wrapper.find('[data-testid="most-inconsistent"]').text()).toContain('资源共享 相对 社会效益')
    expect(wrapper.find('[data-testid="cell-1-2"]').classes()).toContain('out-of-line')
    expect(wrapper.find('[data-testid="cell-2-1"]').classes()).toContain('out-of-line')
    expect(wrapper.find('[data-testid="cell-0-1"]').classes()).not.toContain('out-of-line')
    // The lower triangle shows the reciprocals of what was picked above it.
    expect(wrapper.find('[data-testid="reciprocal-1-0"]').text()).toBe('1/9')
    expect(wrapper.find('[data-testid="reciprocal-2-1"]').text()).toBe('9')
    wrapper.unmount()
  })

  it('says the comparisons are consistent enough when the API finds them so', { timeout: 30_000 }, async () => {
    platform({ ...INCONSISTENT, consistencyRatio: 0, acceptable: true, mostInconsistent: null })
    const draft = reactive({ ...defaultDraft(catalogue()), mode: 'pairwise' as const })
    const wrapper = mount(WeightInputs, {
      props: { modelValue: draft, catalogue: catalogue(), idPrefix: 'test' },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="consistency-verdict"]').text()).toContain('一致性可接受'), {
      timeout: 20_000,
    })
    expect(wrapper.find('[data-testid="most-inconsistent"]').exists()).toBe(false)
    expect(wrapper.findAll('.out-of-line')).toHaveLength(0)
    wrapper.unmount()
  })
})

describe('the what-if request', () => {
  it('carries the basis of the ranking and the scheme, sent page by page', async () => {
    const { whatIfRequest } = await import('@/weights/whatIf')
    const { givenScheme } = await import('@/weights/scheme')
    const { ok, api } = await import('@/api/client')
    const scheme = givenScheme(defaultDraft(catalogue()), catalogue())
    expect(whatIfRequest({ region: '', asOf: '', windowDays: 365 }, scheme)).toEqual({ windowDays: 365, scheme })
    const body = whatIfRequest({ region: '4502', asOf: '2026-06-30', windowDays: 180 }, scheme)
    expect(body).toEqual({ region: '4502', asOf: '2026-06-30', windowDays: 180, scheme })

    fetchMock.mockResolvedValue(json({ items: [], page: 1, size: 100, totalItems: 0, totalPages: 0 }))
    await ok(api.POST('/api/v1/evaluation/rankings/what-if', { params: { query: { page: 1, size: 100 } }, body }))
    const request = fetchMock.mock.calls[0]![0]
    expect(request.method).toBe('POST')
    expect(new URL(request.url).pathname + new URL(request.url).search).toBe(
      '/api/v1/evaluation/rankings/what-if?page=1&size=100',
    )
    expect(await request.json()).toEqual(JSON.parse(JSON.stringify(body)))
  })
})
