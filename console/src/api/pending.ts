/**
 * Issue 19's operations, typed by hand in openapi-typescript's shape until docs/api/openapi.json carries them (the
 * document is regenerated when the back end is merged): then src/api/schema.d.ts has them, the calls move to `api`
 * and this file goes.
 */
import type {
  BenchmarkPage,
  BenchmarkRequest,
  Benchmark,
  BenchmarkState,
  ConsistencyCheck,
  ConsistencyRequest,
  PeerPercentiles,
  Problem,
  RelayRequest,
  WarningKind,
  WarningPage,
  WarningState,
  WhatIfRanking,
  WhatIfRequest,
} from './types'

type Parameters<Query, Path> = { query?: Query; header?: never; cookie?: never } & ([Path] extends [never]
  ? { path?: never }
  : { path: Path })
interface Json<T> {
  headers: { [name: string]: unknown }
  content: { 'application/json': T }
}
interface Refused {
  headers: { [name: string]: unknown }
  content: { 'application/problem+json': Problem }
}
interface Read<Query, Response, Path = never> {
  parameters: Parameters<Query, Path>
  requestBody?: never
  responses: { 200: Json<Response>; 400: Refused; 403: Refused; 404: Refused }
}
interface Write<Request, Response, Path = never, Query = never> {
  parameters: Parameters<Query, Path>
  requestBody: { content: { 'application/json': Request } }
  responses: { 200: Json<Response>; 201: Json<Response>; 400: Refused; 403: Refused; 404: Refused; 422: Refused }
}
interface PathItem {
  parameters: { query?: never; header?: never; path?: never; cookie?: never }
  get?: unknown
  post?: unknown
  put?: never
  delete?: never
  options?: never
  head?: never
  patch?: never
  trace?: never
}
type Page = { page?: number; size?: number }

export interface PendingPaths {
  '/api/v1/evaluation/weight-schemes/consistency': PathItem & {
    post: Write<ConsistencyRequest, ConsistencyCheck>
  }
  '/api/v1/evaluation/rankings/what-if': PathItem & {
    post: Write<WhatIfRequest, WhatIfRanking, never, Page>
  }
  '/api/v1/evaluation/warnings': PathItem & {
    get: Read<Page & { region?: string; kind?: WarningKind; partnershipId?: string; state?: WarningState }, WarningPage>
  }
  '/api/v1/evaluation/benchmarks': PathItem & {
    get: Read<Page & { region?: string; state?: BenchmarkState }, BenchmarkPage>
    post: Write<BenchmarkRequest, Benchmark>
  }
  '/api/v1/evaluation/benchmarks/{id}/relays': PathItem & {
    post: Write<RelayRequest, Benchmark, { id: string }>
  }
  '/api/v1/evaluation/partnerships/{id}/score/percentiles': PathItem & {
    get: Read<{ asOf?: string; windowDays?: number }, PeerPercentiles, { id: string }>
  }
}
