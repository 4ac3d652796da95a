/**
 * The API's shapes, named for the console and taken by path from the generated schema (src/api/schema.d.ts,
 * from docs/api/openapi.json): a schema renamed in the document does not break the console, a changed response does.
 */
import type { components, paths } from './schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer S }
    ? Json<S>
    : R extends { 201: infer S }
      ? Json<S>
      : never
  : never
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } }
}
  ? B
  : never

export type Ranking = Ok<'/api/v1/evaluation/rankings', 'get'>
export type RankingEntry = Ranking['items'] extends (infer E)[] | undefined ? E : never
export type Score = Ok<'/api/v1/evaluation/partnerships/{id}/score', 'get'>
export type IndicatorScore = NonNullable<Score['indicators']>[number]
export type DimensionScore = NonNullable<Score['dimensions']>[number]
export type ScoreHistory = Ok<'/api/v1/evaluation/partnerships/{id}/history', 'get'>
export type IndicatorCatalogue = Ok<'/api/v1/evaluation/indicators', 'get'>
export type Partnership = Ok<'/api/v1/partnerships/{id}', 'get'>
export type HistoryEntry = Ok<'/api/v1/partnerships/{id}/history', 'get'>[number]
export type Organization = Ok<'/api/v1/organizations/{id}', 'get'>
export type MemberCount = Ok<'/api/v1/organizations/{id}/member-counts', 'get'>[number]

export type Activity = Ok<'/api/v1/activities/{id}', 'get'>
export type ActivityRequest = Body<'/api/v1/activities', 'post'>
export type Exchange = Ok<'/api/v1/exchanges/{id}', 'get'>
export type ExchangeRequest = Body<'/api/v1/exchanges', 'post'>
export type Achievement = Ok<'/api/v1/achievements/{id}', 'get'>
export type AchievementRequest = Body<'/api/v1/achievements', 'post'>
export type Conversion = Ok<'/api/v1/achievements/{achievementId}/conversions/{id}', 'get'>
export type ConversionRequest = Body<'/api/v1/achievements/{achievementId}/conversions', 'post'>

export type Assessment = Ok<'/api/v1/evaluation/assessments/{id}', 'get'>
export type AssessmentRequest = Body<'/api/v1/evaluation/assessments', 'post'>
export type Survey = Ok<'/api/v1/evaluation/surveys/{id}', 'get'>
export type SurveyRequest = Body<'/api/v1/evaluation/surveys', 'post'>
export type Rectification = Ok<'/api/v1/evaluation/rectifications/{id}', 'get'>
export type RectificationRequest = Body<'/api/v1/evaluation/rectifications', 'post'>
export type CompletionRequest = Body<'/api/v1/evaluation/rectifications/{id}/complete', 'post'>

/** RFC 9457 problem details as the platform sends them (platform/commons ProblemDetail), extensions included. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  field?: string
  errors?: { field?: string; message?: string }[]
  [extension: string]: unknown
}

export type WeightScheme = Ok<'/api/v1/evaluation/weight-schemes/{prefix}/{version}', 'get'>
export type WeightSchemeRequest = Body<'/api/v1/evaluation/weight-schemes', 'post'>
/** The scheme a score or ranking was computed with: its prefix (or DEFAULT), version and effectiveFrom. */
export type SchemeName = Ranking['scheme']

type Schemas = components['schemas']

export type DimensionCode = Schemas['Dimension']
/** A 5×5 comparison matrix in the contract's order: 1/9 … 9 above the diagonal, 1 on it, the reciprocals below. */
export type PairwiseMatrix = Body<'/api/v1/evaluation/weight-schemes/consistency', 'post'>['pairwiseComparisons']
export type ConsistencyCheck = Ok<'/api/v1/evaluation/weight-schemes/consistency', 'post'>

export type WhatIfRequest = Body<'/api/v1/evaluation/rankings/what-if', 'post'>
/** A scheme given in a what-if request: not saved, so no prefix and no date. */
export type GivenScheme = WhatIfRequest['scheme']
export type WhatIfRanking = Ok<'/api/v1/evaluation/rankings/what-if', 'post'>
export type WhatIfEntry = WhatIfRanking['items'][number]
export type RankPosition = WhatIfEntry['applicable']

type WarningQuery = NonNullable<paths['/api/v1/evaluation/warnings']['get']['parameters']['query']>
export type WarningKind = Schemas['WarningKind']
export type WarningState = NonNullable<WarningQuery['state']>
export type WarningPage = Ok<'/api/v1/evaluation/warnings', 'get'>
export type EarlyWarning = WarningPage['items'][number]

export type PeerPercentiles = Ok<'/api/v1/evaluation/partnerships/{id}/score/percentiles', 'get'>

type BenchmarkQuery = NonNullable<paths['/api/v1/evaluation/benchmarks']['get']['parameters']['query']>
export type BenchmarkPage = Ok<'/api/v1/evaluation/benchmarks', 'get'>
export type Benchmark = BenchmarkPage['items'][number]
/** UPCOMING, CURRENT or PAST as of today. */
export type BenchmarkState = Benchmark['state']
/** Which benchmarks the list shows: CURRENT, PAST or ALL. */
export type BenchmarkListed = NonNullable<BenchmarkQuery['state']>
/** A partnership as a benchmark names it; code and title are null while the read model is being rebuilt. */
export type PartnershipRef = Benchmark['partnership']
export type BenchmarkRequest = Body<'/api/v1/evaluation/benchmarks', 'post'>
export type RelayRequest = Body<'/api/v1/evaluation/benchmarks/{id}/relays', 'post'>
