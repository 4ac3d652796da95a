/**
 * Where the console finds Keycloak: config.json beside index.html, read at start so that one build serves every
 * deployment (the gateway may serve its own config.json with the realm's public address; see docs/console.md).
 */
export interface ConsoleConfig {
  /** The realm's issuer URL, e.g. http://localhost:8180/realms/gongjian. */
  authority: string
  /** The public OIDC client of the front-ends. */
  clientId: string
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' })
  if (!response.ok) {
    throw new Error(`config.json: HTTP ${response.status}`)
  }
  const config = (await response.json()) as Partial<ConsoleConfig>
  if (!config.authority || !config.clientId) {
    throw new Error('config.json must name the authority (the realm URL) and the clientId')
  }
  return { authority: config.authority, clientId: config.clientId }
}
