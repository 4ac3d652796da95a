/**
 * The weights of a scheme as the console edits them (docs WEIGHTS.md): dimension weights given directly or as the
 * upper triangle of the 5×5 pairwise comparison matrix, indicator weights inside each dimension, optional default
 * targets of the volume indicators. People enter relative weights (25, 20, 20, 20, 15 or 1, 1, 1); the request
 * carries each group divided by its sum, which is what the API requires (each group sums to 1).
 */
import { fieldErrors } from '@/api/problems'
import type {
  DimensionCode,
  GivenScheme,
  IndicatorCatalogue,
  PairwiseMatrix,
  Problem,
  WeightScheme,
  WeightSchemeRequest,
} from '@/api/types'

/** The contract's order of the matrix' rows and columns. */
export const DIMENSIONS: readonly DimensionCode[] = ['ORGANIZATION', 'RESOURCE', 'SOCIAL', 'INNOVATION', 'FEEDBACK']

/** Saaty's scale: 1/9, 1/8, …, 1/2, 1, 2, …, 9, each with the way people write it. */
export const COMPARISON_SCALE: readonly { value: number; label: string }[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((denominator) => ({ value: 1 / denominator, label: `1/${denominator}` })),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((value) => ({ value, label: String(value) })),
]

/** "3", "1", "1/4": a comparison as written; a value off the scale as a number. */
export function comparisonLabel(value: number): string {
  const onScale = COMPARISON_SCALE.find((step) => Math.abs(step.value - value) <= 1e-9 * step.value)
  return onScale ? onScale.label : String(Number(value.toFixed(4)))
}

/** The ten cells above the diagonal, row by row (ORGANIZATION–RESOURCE, ORGANIZATION–SOCIAL, …). */
export const UPPER_CELLS: readonly (readonly [number, number])[] = DIMENSIONS.flatMap((_, i) =>
  DIMENSIONS.map((__, j) => [i, j] as const).filter(([, j]) => j > i),
)

/** Comparisons of equal importance everywhere: a consistent matrix (CR 0) with equal weights. */
export function equalComparisons(): number[][] {
  return DIMENSIONS.map(() => DIMENSIONS.map(() => 1))
}

/**
 * The whole matrix from its upper triangle: 1 on the diagonal, a_ji = 1 / a_ij below it. It is what a request
 * carries (the API takes the reciprocals within a relative 1e-9, 1/3 travelling as 0.3333333333333333).
 */
export function fullMatrix(comparisons: readonly (readonly number[])[]): PairwiseMatrix {
  return DIMENSIONS.map((_, i) =>
    DIMENSIONS.map((__, j) => (i === j ? 1 : i < j ? comparisons[i]![j]! : 1 / comparisons[j]![i]!)),
  )
}

/** The cell a problem's field names ("pairwiseComparisons[1][3]" → [1, 3]), if it names one. */
export function cellOfField(field: string | undefined): [number, number] | null {
  const match = /^pairwiseComparisons\[(\d)]\[(\d)]$/.exec(field ?? '')
  return match ? [Number(match[1]), Number(match[2])] : null
}

/** The upper-triangle cell of a pair of dimensions, whichever order they are named in. */
export function cellOfPair(row: DimensionCode, column: DimensionCode): [number, number] {
  const [i, j] = [DIMENSIONS.indexOf(row), DIMENSIONS.indexOf(column)]
  return i < j ? [i, j] : [j, i]
}

export type WeightMode = 'direct' | 'pairwise'
type Weights = Record<string, number | undefined>

/** What the weight inputs hold. */
export interface SchemeDraft {
  mode: WeightMode
  /** Relative weight of each dimension (direct mode). */
  dimensionWeights: Weights
  /** 5×5, only the cells above the diagonal are read (pairwise mode). */
  comparisons: number[][]
  /** Relative weight of each indicator inside its dimension. */
  indicatorWeights: Weights
  /** Default annual targets of volume indicators; empty: INDICATORS.md's default applies. */
  targets: Weights
}

type Catalogue = Pick<IndicatorCatalogue, 'dimensions' | 'indicators'>

/** The default scheme of the catalogue (INDICATORS.md's), in percent: the editor's starting point. */
export function defaultDraft(catalogue: Catalogue): SchemeDraft {
  const percent = (weight: number | undefined) => (weight === undefined ? undefined : round(weight * 100, 2))
  return {
    mode: 'direct',
    dimensionWeights: Object.fromEntries(catalogue.dimensions.map((dimension) => [dimension.code, percent(dimension.weight)])),
    comparisons: equalComparisons(),
    indicatorWeights: Object.fromEntries(
      catalogue.indicators.map((indicator) => [indicator.code, percent(indicator.weightInDimension)]),
    ),
    targets: {},
  }
}

/** Each of the given weights divided by their sum; left as given when they do not add up to a positive sum. */
export function normalised(weights: Weights, keys: readonly string[]): Record<string, number> {
  const sum = keys.reduce((total, key) => total + (weights[key] ?? 0), 0)
  return Object.fromEntries(
    keys
      .filter((key) => weights[key] !== undefined && weights[key] !== null)
      .map((key) => [key, sum > 0 && weights[key]! > 0 ? weights[key]! / sum : weights[key]!]),
  )
}

/** The share (0..1) a weight has in its group, for showing beside the input. */
export function shareOf(weights: Weights, keys: readonly string[], key: string): number | null {
  const value = weights[key]
  const sum = keys.reduce((total, other) => total + Math.max(weights[other] ?? 0, 0), 0)
  return value === undefined || value === null || value <= 0 || sum <= 0 ? null : value / sum
}

/** The indicators of each dimension, in the catalogue's order. */
export function indicatorsByDimension(catalogue: Catalogue): Record<string, string[]> {
  const groups: Record<string, string[]> = {}
  for (const indicator of catalogue.indicators) {
    ;(groups[indicator.dimension] ??= []).push(indicator.code)
  }
  return groups
}

/** The scheme's weights and targets as a request carries them (a what-if's scheme, a new scheme's body). */
export function givenScheme(draft: SchemeDraft, catalogue: Catalogue): GivenScheme {
  const indicatorWeights = Object.assign(
    {},
    ...Object.values(indicatorsByDimension(catalogue)).map((codes) => normalised(draft.indicatorWeights, codes)),
  ) as Record<string, number>
  const targets = Object.fromEntries(
    Object.entries(draft.targets).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  )
  return {
    ...(draft.mode === 'direct'
      ? { dimensionWeights: normalised(draft.dimensionWeights, DIMENSIONS) }
      : { pairwiseComparisons: fullMatrix(draft.comparisons) }),
    indicatorWeights,
    ...(Object.keys(targets).length > 0 ? { targets } : {}),
  }
}

/** The body of POST /api/v1/evaluation/weight-schemes. */
export function schemeRequest(
  regionPrefix: string,
  effectiveFrom: string,
  draft: SchemeDraft,
  catalogue: Catalogue,
): WeightSchemeRequest {
  return { regionPrefix, effectiveFrom, ...givenScheme(draft, catalogue) } as WeightSchemeRequest
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** The names the API gives the weight inputs in its problems, for placing them beside the inputs. */
export function weightFieldNames(catalogue: Catalogue): string[] {
  return [
    'dimensionWeights',
    ...DIMENSIONS.map((dimension) => `dimensionWeights.${dimension}`),
    'pairwiseComparisons',
    ...UPPER_CELLS.map(([i, j]) => `pairwiseComparisons[${i}][${j}]`),
    'indicatorWeights',
    ...catalogue.indicators.map((indicator) => `indicatorWeights.${indicator.code}`),
    'targets',
    ...catalogue.indicators.map((indicator) => `targets.${indicator.code}`),
  ]
}

/** The comparison a refusal names as most out of line: its `mostInconsistentComparison`, else its field's cell. */
export function refusedCell(problem: { field?: string; mostInconsistentComparison?: unknown } | null): [number, number] | null {
  const pair = problem?.mostInconsistentComparison as { row?: DimensionCode; column?: DimensionCode } | undefined
  if (pair?.row && pair.column && DIMENSIONS.includes(pair.row) && DIMENSIONS.includes(pair.column)) {
    return cellOfPair(pair.row, pair.column)
  }
  return cellOfField(problem?.field)
}

/** A saved scheme as the editor's starting point (the what-if view starts from the scheme in effect). */
export function draftOf(scheme: Pick<WeightScheme, 'dimensionWeights' | 'indicatorWeights' | 'targets' | 'pairwiseComparisons'>): SchemeDraft {
  const percent = (weights: Record<string, number>) =>
    Object.fromEntries(Object.entries(weights).map(([code, weight]) => [code, round(weight * 100, 4)]))
  const matrix = scheme.pairwiseComparisons
  return {
    mode: matrix ? 'pairwise' : 'direct',
    dimensionWeights: percent(scheme.dimensionWeights),
    comparisons: matrix ? matrix.map((row) => [...row]) : equalComparisons(),
    indicatorWeights: percent(scheme.indicatorWeights),
    targets: { ...scheme.targets },
  }
}

/** A problem about a request's nested scheme (`scheme.indicatorWeights.X`) in the names of the weight inputs. */
export function unnested<P extends Problem>(problem: P, prefix = 'scheme.'): P {
  const strip = (field: string | undefined) => (field?.startsWith(prefix) ? field.slice(prefix.length) : field)
  return {
    ...problem,
    field: strip(problem.field),
    errors: problem.errors?.map((error) => ({ ...error, field: strip(error.field) })),
  }
}

/**
 * Where a refusal of a scheme belongs: beside the weight input (or the form's own field) it names, above the form
 * otherwise; a comparison is only marked in the matrix (`refused`), so its words stand above the form too.
 */
export function placeSchemeProblem(problem: Problem, catalogue: Catalogue, formFields: readonly string[] = []) {
  const unwrapped = unnested(problem)
  const placed = fieldErrors(unwrapped, [...formFields, ...weightFieldNames(catalogue)])
  const refused = refusedCell(unwrapped)
  return {
    byField: placed.byField,
    general: placed.general ?? (refused ? (problem.detail ?? problem.title ?? null) : null),
    refused,
  }
}
