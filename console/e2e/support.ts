import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

/** What ConsoleInBrowserIT hands over: where the platform is and what it prepared. */
export const env = {
  console: required('GJ_CONSOLE_URL'),
  gateway: required('GJ_GATEWAY_URL'),
  realm: required('GJ_REALM_URL'),
  /** The demo partnership of region 45, with a year of records behind its scores. */
  demoPartnership: required('GJ_DEMO_PARTNERSHIP'),
  /** An ACTIVE partnership of lzzy-admin's organisation with nothing logged yet (its score moves visibly). */
  freshPartnership: required('GJ_FRESH_PARTNERSHIP'),
  screenshots: process.env.GJ_SCREENSHOTS ?? 'target/console-screenshots',
}

function required(name: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set (ConsoleInBrowserIT sets it)`)
  }
  return value
}

/**
 * Picks an option of a form's select as a person does, opening it and clicking the option, until the select shows it:
 * a click that lands while the dialog or the dropdown is still opening is lost, and a person would click again.
 */
export async function choose(page: Page, form: Locator, field: string, option: string): Promise<void> {
  const select = form.locator(`[data-field="${field}"] .el-select`)
  await expect(async () => {
    await select.click()
    await page.getByRole('option', { name: option }).click({ timeout: 5_000 })
    await expect(select).toContainText(option, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

/** Logs in through Keycloak's real login page, as a person would, and waits for the console. */
export async function logIn(page: Page, user: string, route = ''): Promise<void> {
  await page.goto(env.console + route)
  await page.waitForURL((url) => url.href.startsWith(env.realm), { timeout: 30_000 })
  await page.locator('#username').fill(user)
  await page.locator('#password').fill(user)
  await page.locator('#kc-login').click()
  await expect(page.getByTestId('signed-in-user')).toContainText(user, { timeout: 30_000 })
}

/** A screenshot of the whole page under target/console-screenshots (the docs copy the main ones). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(env.screenshots, { recursive: true })
  await page.screenshot({ path: join(env.screenshots, `${name}.png`), fullPage })
}

/** axe-core on the page as it is: no serious or critical violation of WCAG 2.1 A/AA. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Judge the page as it settles: a toast fading in or out is half transparent, and its contrast then means nothing.
  // Once nothing moves, the toasts are held as a pointer resting on them holds them, so none starts fading out
  // while axe reads it. (Strings: they run in the page, which this file's type-check does not describe.)
  await page.waitForFunction(`(() => {
    if (document.querySelector('[class*="-enter-active"], [class*="-leave-active"]')) return false
    document.querySelectorAll('.el-message').forEach((toast) => toast.dispatchEvent(new MouseEvent('mouseenter')))
    return true
  })()`)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // axe-core misreads the background of an Element Plus select's text inside a dialog: it takes the overlay's
    // rgba(0,0,0,.5) for it instead of the select's own white (measured in the browser: #606266 on #fff, 6.3:1).
    .exclude('.el-dialog .el-select__selected-item')
    .analyze()
    .finally(() =>
      page.evaluate(`document.querySelectorAll('.el-message').forEach((toast) =>
        toast.dispatchEvent(new MouseEvent('mouseleave')))`),
    )
  const grave = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }))
  expect(grave, `accessibility of ${what}`).toEqual([])
}

/** A token of a demo user, for the API calls a test makes beside the browser (the password grant of the demo). */
export async function tokenOf(request: APIRequestContext, user: string): Promise<string> {
  const response = await request.post(`${env.realm}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'gongjian-web', username: user, password: user },
  })
  expect(response.ok()).toBeTruthy()
  return ((await response.json()) as { access_token: string }).access_token
}

export async function apiGet<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(env.gateway + path, { headers: { Authorization: `Bearer ${token}` } })
  expect(response.ok(), `GET ${path}: ${response.status()}`).toBeTruthy()
  return (await response.json()) as T
}

/** A number as the console shows it (zh-CN grouping, at most 2 decimals) read back. */
export function shownNumber(text: string | null): number {
  return Number((text ?? '').replace(/[,\s]/g, ''))
}
