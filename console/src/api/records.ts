/**
 * The records of a partnership that the console lists and edits, one descriptor per kind: the form's fields (named
 * as the API names them) and the API operations. Records (activity service) are revoked; evaluator inputs
 * (evaluation service) are withdrawn; both are amended with If-Match carrying the version they were read at.
 */
import type { FieldSpec, FormValues } from '@/forms/validation'
import { api, ok, withVersion } from './client'
import { allPages, type Paged } from './paging'

export type RecordKindName =
  | 'activity'
  | 'exchange'
  | 'achievement'
  | 'conversion'
  | 'assessment'
  | 'survey'
  | 'rectification'

/** What every listed record has; the rest is shown per kind. */
export interface RecordRow {
  id?: string
  partnershipId?: string
  version?: number
  status?: string
  [field: string]: unknown
}

export interface Scope {
  partnershipId: string
  /** Conversions live under their achievement. */
  achievementId?: string
}

export interface RecordKind {
  name: RecordKindName
  /** Which service keeps it: records are revoked, evaluator inputs withdrawn. */
  family: 'record' | 'input'
  fields: readonly FieldSpec[]
  /** The field that dates it (the list's order). */
  dateField: string
  /** The fields that tell one record from another at a glance (the records behind an indicator). */
  summary: readonly string[]
  list(scope: Scope, page: number): Promise<Paged<RecordRow>>
  read(scope: Scope, id: string): Promise<{ body: RecordRow; etag: string | null }>
  create(scope: Scope, body: FormValues): Promise<RecordRow>
  amend(scope: Scope, id: string, ifMatch: string, body: FormValues): Promise<RecordRow>
  retire(scope: Scope, id: string, reason: string): Promise<RecordRow>
}

const PAGE = 100
const withPartnership = (scope: Scope, body: FormValues) => ({ ...body, partnershipId: scope.partnershipId })
/* The generated types check each call's path and parameters; bodies are built from the form's field specs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBody = any

const activity: RecordKind = {
  name: 'activity',
  family: 'record',
  dateField: 'occurredOn',
  summary: ['occurredOn', 'type', 'title', 'attendance', 'evidenceLinks'],
  fields: [
    { name: 'type', kind: 'enum', enumName: 'ActivityType', required: true },
    { name: 'mode', kind: 'enum', enumName: 'CoConstructionMode', required: true },
    { name: 'title', kind: 'text', required: true, maxLength: 300 },
    { name: 'occurredOn', kind: 'date', required: true, notFuture: true, withinTerm: true },
    { name: 'location', kind: 'text', maxLength: 200 },
    { name: 'organisingSide', kind: 'enum', enumName: 'Side', required: true },
    { name: 'attendance', kind: 'integer', required: true, min: 1 },
    { name: 'universityPartyMembers', kind: 'integer', required: true, min: 0, atMost: 'attendance' },
    { name: 'enterprisePartyMembers', kind: 'integer', required: true, min: 0, atMost: 'attendance' },
    { name: 'evidenceLinks', kind: 'links' },
  ],
  list: (scope, page) =>
    ok(api.GET('/api/v1/activities', { params: { query: { partnership: scope.partnershipId, page, size: PAGE } } })),
  read: (_scope, id) => withVersion(api.GET('/api/v1/activities/{id}', { params: { path: { id } } })),
  create: (scope, body) => ok(api.POST('/api/v1/activities', { body: withPartnership(scope, body) as AnyBody })),
  amend: (scope, id, ifMatch, body) =>
    ok(
      api.PUT('/api/v1/activities/{id}', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body: withPartnership(scope, body) as AnyBody,
      }),
    ),
  retire: (_scope, id, reason) => ok(api.DELETE('/api/v1/activities/{id}', { params: { path: { id }, query: { reason } } })),
}

const exchange: RecordKind = {
  name: 'exchange',
  family: 'record',
  dateField: 'occurredOn',
  summary: ['occurredOn', 'type', 'direction', 'headcount'],
  fields: [
    { name: 'type', kind: 'enum', enumName: 'ExchangeType', required: true },
    { name: 'direction', kind: 'enum', enumName: 'ExchangeDirection', required: true },
    { name: 'occurredOn', kind: 'date', required: true, notFuture: true, withinTerm: true },
    { name: 'headcount', kind: 'integer', required: true, min: 1 },
    { name: 'description', kind: 'textarea', maxLength: 1000 },
  ],
  list: (scope, page) =>
    ok(api.GET('/api/v1/exchanges', { params: { query: { partnership: scope.partnershipId, page, size: PAGE } } })),
  read: (_scope, id) => withVersion(api.GET('/api/v1/exchanges/{id}', { params: { path: { id } } })),
  create: (scope, body) => ok(api.POST('/api/v1/exchanges', { body: withPartnership(scope, body) as AnyBody })),
  amend: (scope, id, ifMatch, body) =>
    ok(
      api.PUT('/api/v1/exchanges/{id}', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body: withPartnership(scope, body) as AnyBody,
      }),
    ),
  retire: (_scope, id, reason) => ok(api.DELETE('/api/v1/exchanges/{id}', { params: { path: { id }, query: { reason } } })),
}

const achievement: RecordKind = {
  name: 'achievement',
  family: 'record',
  dateField: 'registeredOn',
  summary: ['registeredOn', 'type', 'title'],
  fields: [
    { name: 'type', kind: 'enum', enumName: 'AchievementType', required: true },
    { name: 'title', kind: 'text', required: true, maxLength: 300 },
    { name: 'registeredOn', kind: 'date', required: true, notFuture: true, withinTerm: true },
    { name: 'description', kind: 'textarea', maxLength: 1000 },
  ],
  list: (scope, page) =>
    ok(api.GET('/api/v1/achievements', { params: { query: { partnership: scope.partnershipId, page, size: PAGE } } })),
  read: (_scope, id) => withVersion(api.GET('/api/v1/achievements/{id}', { params: { path: { id } } })),
  create: (scope, body) => ok(api.POST('/api/v1/achievements', { body: withPartnership(scope, body) as AnyBody })),
  amend: (scope, id, ifMatch, body) =>
    ok(
      api.PUT('/api/v1/achievements/{id}', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body: withPartnership(scope, body) as AnyBody,
      }),
    ),
  retire: (_scope, id, reason) =>
    ok(api.DELETE('/api/v1/achievements/{id}', { params: { path: { id }, query: { reason } } })),
}

const conversion: RecordKind = {
  name: 'conversion',
  family: 'record',
  dateField: 'convertedOn',
  summary: ['convertedOn', 'form', 'outputValue', 'jobsCreated'],
  fields: [
    { name: 'convertedOn', kind: 'date', required: true, notFuture: true, withinTerm: true },
    { name: 'form', kind: 'enum', enumName: 'ConversionForm', required: true },
    { name: 'outputValue', kind: 'decimal', required: true, min: 0 },
    { name: 'jobsCreated', kind: 'integer', required: true, min: 0 },
  ],
  list: (scope, page) =>
    ok(
      api.GET('/api/v1/achievements/{achievementId}/conversions', {
        params: { path: { achievementId: achievementOf(scope) }, query: { page, size: PAGE } },
      }),
    ),
  read: (scope, id) =>
    withVersion(
      api.GET('/api/v1/achievements/{achievementId}/conversions/{id}', {
        params: { path: { achievementId: achievementOf(scope), id } },
      }),
    ),
  create: (scope, body) =>
    ok(
      api.POST('/api/v1/achievements/{achievementId}/conversions', {
        params: { path: { achievementId: achievementOf(scope) } },
        body: body as AnyBody,
      }),
    ),
  amend: (scope, id, ifMatch, body) =>
    ok(
      api.PUT('/api/v1/achievements/{achievementId}/conversions/{id}', {
        params: { path: { achievementId: achievementOf(scope), id }, header: { 'If-Match': ifMatch } },
        body: body as AnyBody,
      }),
    ),
  retire: (scope, id, reason) =>
    ok(
      api.DELETE('/api/v1/achievements/{achievementId}/conversions/{id}', {
        params: { path: { achievementId: achievementOf(scope), id }, query: { reason } },
      }),
    ),
}

const assessment: RecordKind = {
  name: 'assessment',
  family: 'input',
  dateField: 'assessedOn',
  summary: ['assessedOn', 'kind', 'score', 'comment'],
  fields: [
    { name: 'kind', kind: 'enum', enumName: 'AssessmentKind', required: true },
    { name: 'score', kind: 'decimal', required: true, min: 0, max: 100 },
    { name: 'assessedOn', kind: 'date', required: true, notFuture: true },
    { name: 'comment', kind: 'textarea', maxLength: 2000 },
  ],
  list: (scope, page) =>
    ok(
      api.GET('/api/v1/evaluation/assessments', {
        params: { query: { partnership: scope.partnershipId, page, size: PAGE } },
      }),
    ),
  read: (_scope, id) => withVersion(api.GET('/api/v1/evaluation/assessments/{id}', { params: { path: { id } } })),
  create: (scope, body) =>
    ok(api.POST('/api/v1/evaluation/assessments', { body: withPartnership(scope, body) as AnyBody })),
  amend: (scope, id, ifMatch, body) =>
    ok(
      api.PUT('/api/v1/evaluation/assessments/{id}', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body: withPartnership(scope, body) as AnyBody,
      }),
    ),
  retire: (_scope, id, reason) =>
    ok(api.DELETE('/api/v1/evaluation/assessments/{id}', { params: { path: { id }, query: { reason } } })),
}

const survey: RecordKind = {
  name: 'survey',
  family: 'input',
  dateField: 'collectedOn',
  summary: ['collectedOn', 'kind', 'side', 'respondents', 'mean'],
  fields: [
    { name: 'kind', kind: 'enum', enumName: 'SurveyKind', required: true },
    { name: 'side', kind: 'enum', enumName: 'RespondentSide', required: true },
    { name: 'collectedOn', kind: 'date', required: true, notFuture: true },
    { name: 'respondents', kind: 'integer', required: true, min: 1 },
    { name: 'mean', kind: 'decimal', required: true, min: 0, max: 100 },
  ],
  list: (scope, page) =>
    ok(
      api.GET('/api/v1/evaluation/surveys', { params: { query: { partnership: scope.partnershipId, page, size: PAGE } } }),
    ),
  read: (_scope, id) => withVersion(api.GET('/api/v1/evaluation/surveys/{id}', { params: { path: { id } } })),
  create: (scope, body) => ok(api.POST('/api/v1/evaluation/surveys', { body: withPartnership(scope, body) as AnyBody })),
  amend: (scope, id, ifMatch, body) =>
    ok(
      api.PUT('/api/v1/evaluation/surveys/{id}', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body: withPartnership(scope, body) as AnyBody,
      }),
    ),
  retire: (_scope, id, reason) =>
    ok(api.DELETE('/api/v1/evaluation/surveys/{id}', { params: { path: { id }, query: { reason } } })),
}

const rectification: RecordKind = {
  name: 'rectification',
  family: 'input',
  dateField: 'raisedOn',
  summary: ['raisedOn', 'issue', 'dueOn'],
  fields: [
    { name: 'issue', kind: 'textarea', required: true, maxLength: 1000 },
    { name: 'raisedOn', kind: 'date', required: true, notFuture: true },
    { name: 'dueOn', kind: 'date', required: true, onOrAfter: 'raisedOn' },
  ],
  list: (scope, page) =>
    ok(
      api.GET('/api/v1/evaluation/rectifications', {
        params: { query: { partnership: scope.partnershipId, page, size: PAGE } },
      }),
    ),
  read: (_scope, id) => withVersion(api.GET('/api/v1/evaluation/rectifications/{id}', { params: { path: { id } } })),
  create: (scope, body) =>
    ok(api.POST('/api/v1/evaluation/rectifications', { body: withPartnership(scope, body) as AnyBody })),
  amend: (scope, id, ifMatch, body) =>
    ok(
      api.PUT('/api/v1/evaluation/rectifications/{id}', {
        params: { path: { id }, header: { 'If-Match': ifMatch } },
        body: withPartnership(scope, body) as AnyBody,
      }),
    ),
  retire: (_scope, id, reason) =>
    ok(api.DELETE('/api/v1/evaluation/rectifications/{id}', { params: { path: { id }, query: { reason } } })),
}

export const recordKinds: Record<RecordKindName, RecordKind> = {
  activity,
  exchange,
  achievement,
  conversion,
  assessment,
  survey,
  rectification,
}

/** The fields of a rectification item's completion (POST …/{id}/complete). */
export const completionFields: readonly FieldSpec[] = [
  { name: 'completedOn', kind: 'date', required: true, notFuture: true, onOrAfter: 'raisedOn' },
  { name: 'note', kind: 'textarea', maxLength: 2000 },
]

export function completeRectification(id: string, body: FormValues): Promise<RecordRow> {
  return ok(api.POST('/api/v1/evaluation/rectifications/{id}/complete', { params: { path: { id } }, body: body as AnyBody }))
}

/** Every record of a scope (a partnership has at most a few hundred a year). */
export function listAll(kind: RecordKind, scope: Scope): Promise<RecordRow[]> {
  return allPages((page) => kind.list(scope, page))
}

function achievementOf(scope: Scope): string {
  if (!scope.achievementId) {
    throw new Error('a conversion belongs to an achievement')
  }
  return scope.achievementId
}
