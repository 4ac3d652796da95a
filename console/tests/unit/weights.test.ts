import { describe, expect, it } from 'vitest'
import { fieldErrors } from '@/api/problems'
import {
  cellOfField,
  comparisonLabel,
  defaultDraft,
  draftOf,
  equalComparisons,
  fullMatrix,
  givenScheme,
  placeSchemeProblem,
  refusedCell,
  schemeRequest,
  shareOf,
  unnested,
  weightFieldNames,
} from '@/weights/scheme'
import { catalogue } from './catalogue-fixture'

/** ORGANIZATION 3× RESOURCE, INNOVATION 5× ORGANIZATION (a_03 = 1/5), SOCIAL 1/2 of INNOVATION. */
function comparisons(): number[][] {
  const matrix = equalComparisons()
  matrix[0]![1] = 3
  matrix[0]![3] = 1 / 5
  matrix[2]![3] = 1 / 2
  return matrix
}

describe('the pairwise comparison matrix', () => {
  it('fills the diagonal with 1 and the lower triangle with the reciprocals of the upper one', () => {
    const full = fullMatrix(comparisons())
    expect(full.map((row, i) => row[i])).toEqual([1, 1, 1, 1, 1])
    expect(full[1]![0]).toBeCloseTo(1 / 3, 15)
    expect(full[3]![0]).toBeCloseTo(5, 12)
    expect(full[3]![2]).toBeCloseTo(2, 12)
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 5; j++) {
        expect(full[i]![j]! * full[j]![i]!).toBeCloseTo(1, 12)
      }
    }
  })

  it('shows a reciprocal as people write it', () => {
    const full = fullMatrix(comparisons())
    expect(comparisonLabel(full[1]![0]!)).toBe('1/3')
    expect(comparisonLabel(full[3]![0]!)).toBe('5')
    expect(comparisonLabel(full[0]![3]!)).toBe('1/5')
    expect(comparisonLabel(1)).toBe('1')
  })

  it('is sent whole, the reciprocals below the diagonal, each as the nearest double', () => {
    const sent = JSON.parse(JSON.stringify(givenScheme({ ...defaultDraft(catalogue()), mode: 'pairwise', comparisons: comparisons() }, catalogue()).pairwiseComparisons))
    expect(sent[0]).toEqual([1, 3, 1, 0.2, 1])
    expect(sent[1][0]).toBe(0.3333333333333333)
    expect(sent[3][0]).toBeCloseTo(5, 12)
    expect(sent[3][2]).toBeCloseTo(2, 12)
    expect(sent.map((row: number[], i: number) => row[i])).toEqual([1, 1, 1, 1, 1])
  })

  it('finds the comparison a refusal names: its mostInconsistentComparison, else its field', () => {
    expect(refusedCell({ mostInconsistentComparison: { row: 'INNOVATION', column: 'RESOURCE' } })).toEqual([1, 3])
    expect(refusedCell({ field: 'pairwiseComparisons[0][4]' })).toEqual([0, 4])
    expect(refusedCell({ field: 'indicatorWeights' })).toBeNull()
    expect(cellOfField('pairwiseComparisons[2][3]')).toEqual([2, 3])
  })
})

describe('the weights a request carries', () => {
  it('starts from the default scheme and sends it back as it is', () => {
    const body = givenScheme(defaultDraft(catalogue()), catalogue())
    expect(body.dimensionWeights).toEqual({ ORGANIZATION: 0.25, RESOURCE: 0.2, SOCIAL: 0.2, INNOVATION: 0.2, FEEDBACK: 0.15 })
    expect(body.indicatorWeights.ORG_PARTICIPATION).toBeCloseTo(1 / 3, 12)
    expect(body.indicatorWeights.FB_SATISFACTION_INDEX).toBe(0.5)
    expect(body.pairwiseComparisons).toBeUndefined()
    expect(body.targets).toBeUndefined()
  })

  it('divides relative weights by their sum, the indicators within each dimension', () => {
    const draft = defaultDraft(catalogue())
    draft.dimensionWeights = { ORGANIZATION: 2, RESOURCE: 1, SOCIAL: 1, INNOVATION: 4, FEEDBACK: 2 }
    draft.indicatorWeights.INN_PRACTICES = 2
    draft.indicatorWeights.INN_CONVERSION_RATE = 1
    draft.indicatorWeights.INN_TEACHING_MODE_SCORE = 1
    draft.targets.INN_PRACTICES = 3
    const body = givenScheme(draft, catalogue())
    expect(body.dimensionWeights).toEqual({ ORGANIZATION: 0.2, RESOURCE: 0.1, SOCIAL: 0.1, INNOVATION: 0.4, FEEDBACK: 0.2 })
    expect(body.indicatorWeights.INN_PRACTICES).toBe(0.5)
    expect(body.indicatorWeights.INN_CONVERSION_RATE).toBe(0.25)
    const organisation = ['ORG_PARTICIPATION', 'ORG_ACTIVITY_FREQUENCY', 'ORG_CONSTRUCTION_SCORE']
    expect(organisation.reduce((sum, code) => sum + body.indicatorWeights[code]!, 0)).toBeCloseTo(1, 12)
    expect(body.targets).toEqual({ INN_PRACTICES: 3 })
    expect(shareOf(draft.dimensionWeights, ['ORGANIZATION', 'INNOVATION'], 'INNOVATION')).toBeCloseTo(4 / 6, 12)
  })

  it('sends the comparisons instead of dimension weights in pairwise mode, and leaves out what was cleared', () => {
    const draft = defaultDraft(catalogue())
    draft.mode = 'pairwise'
    draft.comparisons = comparisons()
    draft.indicatorWeights.SOC_INFLUENCE_INDEX = undefined
    const body = schemeRequest('4501', '2027-01-01', draft, catalogue())
    expect(body.regionPrefix).toBe('4501')
    expect(body.effectiveFrom).toBe('2027-01-01')
    expect(body.dimensionWeights).toBeUndefined()
    expect(body.pairwiseComparisons).toEqual(fullMatrix(comparisons()))
    // The API names the missing weight: the form shows its problem beside the input.
    expect(body.indicatorWeights).not.toHaveProperty('SOC_INFLUENCE_INDEX')
    expect(body.indicatorWeights.SOC_ECONOMIC_CONTRIBUTION).toBe(1)
  })

  it('starts from a saved scheme: its comparisons when it has them', () => {
    const saved = {
      dimensionWeights: { ORGANIZATION: 0.4, RESOURCE: 0.15, SOCIAL: 0.15, INNOVATION: 0.15, FEEDBACK: 0.15 },
      indicatorWeights: { ORG_PARTICIPATION: 0.5 },
      targets: { INN_PRACTICES: 3 },
      pairwiseComparisons: fullMatrix(comparisons()),
    }
    const draft = draftOf(saved)
    expect(draft.mode).toBe('pairwise')
    expect(fullMatrix(draft.comparisons)).toEqual(fullMatrix(comparisons()))
    expect(draft.dimensionWeights.ORGANIZATION).toBe(40)
    expect(draftOf({ ...saved, pairwiseComparisons: null }).mode).toBe('direct')
  })

  it("places a problem about the what-if request's nested scheme beside the weight input", () => {
    const problem = unnested({ status: 422, field: 'scheme.indicatorWeights.INN_PRACTICES', detail: 'must be above 0' })
    expect(fieldErrors(problem, weightFieldNames(catalogue())).byField).toEqual({
      'indicatorWeights.INN_PRACTICES': 'must be above 0',
    })
    const sum = unnested({ status: 422, field: 'dimensionWeights', detail: 'dimensionWeights: sum 0.9 is not 1' })
    expect(fieldErrors(sum, weightFieldNames(catalogue())).byField).toEqual({ dimensionWeights: 'sum 0.9 is not 1' })
  })

  it('marks the comparison a refusal names and puts its words above the form; other problems beside their input', () => {
    const inconsistent = placeSchemeProblem(
      {
        status: 422,
        field: 'pairwiseComparisons[1][2]',
        detail: '两两比较之间矛盾过大：一致性比率为 1.2932，超过 0.10',
        consistencyRatio: 1.2932,
        mostInconsistentComparison: { row: 'RESOURCE', column: 'SOCIAL', comparison: '9' },
      },
      catalogue(),
      ['regionPrefix'],
    )
    expect(inconsistent.refused).toEqual([1, 2])
    expect(inconsistent.general).toContain('1.2932')
    const prefix = placeSchemeProblem({ status: 422, field: 'regionPrefix', detail: 'regionPrefix: 不是本辖区' }, catalogue(), [
      'regionPrefix',
    ])
    expect(prefix).toEqual({ byField: { regionPrefix: '不是本辖区' }, general: null, refused: null })
    const asOf = placeSchemeProblem({ status: 422, field: 'asOf', detail: 'asOf 不能晚于今天' }, catalogue(), ['region'])
    expect(asOf.general).toBe('asOf 不能晚于今天')
  })
})
