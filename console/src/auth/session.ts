/**
 * The signed-in user: Keycloak's authorization-code flow with PKCE on the public client gongjian-web
 * (oidc-client-ts), tokens kept in this tab's sessionStorage and refreshed with the refresh token before they
 * expire, logout through Keycloak. Roles and scope (region, organisation) come from the access token's claims,
 * the same claims the services decide on.
 */
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import { computed, reactive } from 'vue'
import type { ConsoleConfig } from '@/config'

export type Role = 'platform-admin' | 'bureau-officer' | 'org-admin' | 'viewer'
const ROLES: readonly Role[] = ['platform-admin', 'bureau-officer', 'org-admin', 'viewer']

interface Claims {
  preferred_username?: string
  name?: string
  realm_access?: { roles?: string[] }
  region?: string
  org_id?: string
}

export const session = reactive({
  signedIn: false,
  username: '',
  displayName: '',
  roles: [] as Role[],
  /** Region-code prefix of a bureau officer. */
  region: null as string | null,
  /** Party organisation of an organisation admin. */
  orgId: null as string | null,
})

export const can = {
  isAdmin: computed(() => session.roles.includes('platform-admin')),
  isBureau: computed(() => session.roles.includes('bureau-officer')),
  isOrgAdmin: computed(() => session.roles.includes('org-admin')),
  /** Viewers read published rankings and scores only. */
  isViewerOnly: computed(() => session.roles.length > 0 && session.roles.every((role) => role === 'viewer')),
  /** Assessments, surveys and rectification items: bureau officers of the region, platform admins. */
  recordInputs: computed(() => session.roles.some((role) => role === 'bureau-officer' || role === 'platform-admin')),
  /** Activities, exchanges, achievements and conversions: the parties' organisation admins, platform admins. */
  logRecords: computed(() => session.roles.some((role) => role === 'org-admin' || role === 'platform-admin')),
  /** Rankings are for bureaus, viewers and platform admins (not for organisation admins). */
  readRankings: computed(() =>
    session.roles.some((role) => role === 'bureau-officer' || role === 'platform-admin' || role === 'viewer'),
  ),
}

export function hasAnyRole(roles: readonly Role[] | undefined): boolean {
  return !roles || roles.some((role) => session.roles.includes(role))
}

let manager: UserManager | null = null

/** The console's own address (…/console/): redirect and post-logout URI registered for gongjian-web. */
function consoleUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href
}

/**
 * Signs the user in: finishes a login that Keycloak redirected back with a code, or resumes this tab's session
 * (refreshing an expired access token), or sends the browser to Keycloak's login page (and resolves false).
 */
export async function signIn(config: ConsoleConfig): Promise<boolean> {
  manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: consoleUrl(),
    post_logout_redirect_uri: consoleUrl(),
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  })
  manager.events.addUserLoaded(apply)
  manager.events.addSilentRenewError(() => void redirectToLogin())

  const here = new URL(window.location.href)
  if (here.searchParams.has('error')) {
    throw new Error(here.searchParams.get('error_description') ?? here.searchParams.get('error') ?? 'login failed')
  }
  if (here.searchParams.has('code') && here.searchParams.has('state')) {
    const user = await manager.signinRedirectCallback()
    const route = (user.state as { route?: string } | undefined)?.route ?? '#/'
    window.history.replaceState(null, '', consoleUrl() + route)
    apply(user)
    return true
  }
  let user = await manager.getUser()
  if (user?.expired && user.refresh_token) {
    user = await manager.signinSilent().catch(() => null)
  }
  if (!user || user.expired) {
    await redirectToLogin()
    return false
  }
  apply(user)
  return true
}

/** A current access token, refreshed first when it expires within half a minute. */
export async function accessToken(): Promise<string | undefined> {
  if (!manager) {
    return undefined
  }
  let user = await manager.getUser()
  if (user && (user.expires_in ?? 0) < 30 && user.refresh_token) {
    user = await manager.signinSilent().catch(() => null)
  }
  return user?.access_token
}

export async function redirectToLogin(): Promise<void> {
  if (!manager) {
    return
  }
  await manager.removeUser()
  await manager.signinRedirect({ state: { route: window.location.hash || '#/' } })
}

export async function signOut(): Promise<void> {
  if (manager) {
    await manager.signoutRedirect()
  }
}

function apply(user: User): void {
  const claims = decodeClaims(user.access_token)
  session.signedIn = true
  session.username = claims.preferred_username ?? (user.profile.preferred_username as string | undefined) ?? ''
  session.displayName = claims.name ?? session.username
  session.roles = (claims.realm_access?.roles ?? []).filter((role): role is Role => ROLES.includes(role as Role))
  session.region = claims.region ?? null
  session.orgId = claims.org_id ?? null
}

/** The payload of a JWT (no signature check here: the gateway and the services check it on every call). */
export function decodeClaims(token: string): Claims {
  const payload = token.split('.')[1]
  if (!payload) {
    return {}
  }
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=')
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes)) as Claims
}
