/**
 * The API's shapes, named for the console and taken by path from the generated schema (src/api/schema.d.ts,
 * from docs/api/openapi.json): a schema renamed in the document does not break the console, a changed response does.
 */
import type { paths } from './schema'

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

/*
 * Issue 19's new operations (docs WEIGHTS.md), written by hand in the API's words until docs/api/openapi.json
 * carries them; they are called through `pendingApi` (src/api/pending.ts). Once the document has them, these become
 * Ok<…>/Body<…> aliases like the ones above and the calls move to `api`.
 */
export type DimensionCode = 'ORGANIZATION' | 'RESOURCE' | 'SOCIAL' | 'INNOVATION' | 'FEEDBACK'

/** A 5×5 comparison matrix in the contract's order; above the diagonal one of 1/9 … 9, on and below it null. */
export type PairwiseMatrix = (number | null)[][]

export interface ConsistencyRequest {
  pairwiseComparisons: PairwiseMatrix
}

export interface ConsistencyCheck {
  dimensionWeights: Record<DimensionCode, number>
  lambdaMax: number
  consistencyIndex: number
  consistencyRatio: number
  acceptable: boolean
  mostInconsistent: { row: DimensionCode; column: DimensionCode } | null
}

/** A scheme given in a what-if request: not saved, so no prefix and no date. */
export interface GivenScheme {
  dimensionWeights?: Record<string, number>
  pairwiseComparisons?: PairwiseMatrix
  indicatorWeights: Record<string, number>
  targets?: Record<string, number>
}

export interface WhatIfRequest {
  region?: string
  asOf?: string
  windowDays?: number
  scheme: GivenScheme
}

export interface RankPosition {
  rank: number | null
  composite: number | null
  grade: RankingEntry['grade']
}

export interface WhatIfEntry {
  partnershipId: string
  code: string
  title: string
  regionCode: string
  applicable: RankPosition
  whatIf: RankPosition
  /** Positive: moved up; null when either rank is missing. */
  rankChange: number | null
}

export interface WhatIfRanking {
  region: string
  asOf: string
  windowDays: number
  applicableScheme: SchemeName
  givenScheme: {
    dimensionWeights: Record<string, number>
    indicatorWeights: Record<string, number>
    targets: Record<string, number>
    consistencyRatio?: number | null
  }
  items: WhatIfEntry[]
  page: number
  size: number
  totalItems: number
  totalPages: number
}

export type WarningKind = 'DORMANT' | 'RECTIFICATION_OVERDUE' | 'SCORE_DROP' | 'COVERAGE_LOW'
export type WarningState = 'OPEN' | 'ENDED' | 'ALL'

export interface EarlyWarning {
  id: string
  partnershipId: string
  partnershipCode: string
  partnershipTitle: string
  regionCode: string
  kind: WarningKind
  /** What the warning is about beside the partnership (the rectification item of RECTIFICATION_OVERDUE). */
  subjectId: string | null
  startedOn: string
  endedOn: string | null
  /** What it rests on: DORMANT lastActivityOn, termStart; RECTIFICATION_OVERDUE issue, raisedOn, dueOn; SCORE_DROP composite, compositeBefore; COVERAGE_LOW coverage. */
  details: Record<string, unknown>
}

export interface WarningPage {
  items: EarlyWarning[]
  page: number
  size: number
  totalItems: number
  totalPages: number
}

/** The open warnings a score response lists. */
export interface ScoreWarning {
  kind: WarningKind
  subjectId: string | null
  startedOn: string
}

export type ScoreWithWarnings = Score & { warnings?: ScoreWarning[] }

export interface PeerPercentiles {
  peerRegion: string
  indicators: { indicator: string; raw: number | null; peers: number; percentile: number | null }[]
}

/** A partnership as a benchmark names it; code and title are null while the read model is being rebuilt. */
export interface PartnershipRef {
  id: string
  code: string | null
  title: string | null
  regionCode: string | null
}

/** One hand-over of the host role: the host's showcase activity and the next host. */
export interface Relay {
  sequence: number
  host: PartnershipRef
  /** As the read model keeps it: type, title and attendance may be null (an activity from before V11, or revoked). */
  showcaseActivity: {
    id: string
    type: string | null
    title: string | null
    occurredOn: string | null
    attendance: number | null
  }
  nextHost: PartnershipRef
  note: string | null
  recordedAt: string
  recordedBy: string
}

export interface Benchmark {
  id: string
  partnership: PartnershipRef
  validFrom: string
  validUntil: string
  /** As of today. */
  state: 'UPCOMING' | 'CURRENT' | 'PAST'
  citation: string
  designatedOn: string
  designatedBy: string
  gradeOnDesignation: RankingEntry['grade']
  overrideReason: string | null
  /** The benchmark's own partnership until the first relay, then the last relay's next host. */
  currentHost: PartnershipRef
  relays: Relay[]
}

export type BenchmarkState = 'CURRENT' | 'PAST' | 'ALL'

export interface BenchmarkPage {
  items: Benchmark[]
  page: number
  size: number
  totalItems: number
  totalPages: number
}

export interface BenchmarkRequest {
  partnershipId: string
  validFrom: string
  validUntil: string
  citation: string
  overrideReason?: string
}

export interface RelayRequest {
  activityId: string
  nextPartnershipId: string
  note?: string
}
