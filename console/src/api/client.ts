import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import type { Problem } from './types'

/** A refusal of the API, with its problem document (RFC 9457) when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
  }

  /** 412: the record changed since it was read (If-Match named an older version). */
  get isStale(): boolean {
    return this.status === 412
  }
}

export interface ClientHooks {
  /** The current access token (refreshed by the session when it nears expiry). */
  accessToken: () => Promise<string | undefined>
  /** The user's language, sent as Accept-Language so that the platform can answer in it. */
  language: () => string
  /** Called on 401: the session is gone (expired refresh token, logout elsewhere). */
  unauthenticated: () => void
}

let hooks: ClientHooks = {
  accessToken: async () => undefined,
  language: () => 'zh-CN',
  unauthenticated: () => {},
}

export function configureClient(clientHooks: ClientHooks): void {
  hooks = clientHooks
}

const session: Middleware = {
  async onRequest({ request }) {
    const token = await hooks.accessToken()
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`)
    }
    request.headers.set('Accept-Language', hooks.language())
    return request
  },
  onResponse({ response }) {
    if (response.status === 401) {
      hooks.unauthenticated()
    }
    return response
  },
}

/**
 * The platform's API through the gateway, same origin as the console; typed by path from the OpenAPI document. JSON
 * bodies only: the exports (CSV, XLSX) are downloads, not read through this client.
 */
export const api = createClient<paths, 'application/json'>({ baseUrl: '' })
api.use(session)

interface Result<T> {
  data?: T
  error?: unknown
  response: Response
}

/** The body of a successful answer; an ApiError with the problem document otherwise. */
export async function ok<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call
  } catch (failure) {
    throw new ApiError(0, { title: 'network', detail: failure instanceof Error ? failure.message : String(failure) })
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, asProblem(result.error, result.response.status))
  }
  return result.data as T
}

/** The ETag of an answer ("3" → 3 is the version to send back in If-Match). */
export async function withVersion<T>(call: Promise<Result<T>>): Promise<{ body: T; etag: string | null }> {
  const result = await call
  if (!result.response.ok) {
    throw new ApiError(result.response.status, asProblem(result.error, result.response.status))
  }
  return { body: result.data as T, etag: result.response.headers.get('ETag') }
}

function asProblem(error: unknown, status: number): Problem {
  if (error && typeof error === 'object') {
    return error as Problem
  }
  return { status, title: typeof error === 'string' && error ? error : `HTTP ${status}` }
}
