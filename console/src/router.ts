import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { can, hasAnyRole, session, type Role } from './auth/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the page; others see the refusal page. */
    roles?: Role[]
    /** i18n key of the page's title (document title and heading). */
    title?: string
  }
}

const READERS_OF_RANKINGS: Role[] = ['platform-admin', 'bureau-officer', 'viewer']
const PARTIES: Role[] = ['platform-admin', 'bureau-officer', 'org-admin']
const BUREAUS: Role[] = ['platform-admin', 'bureau-officer']

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: () => (can.readRankings.value ? '/rankings' : '/partnerships') },
  {
    path: '/rankings',
    component: () => import('./views/RankingView.vue'),
    meta: { roles: READERS_OF_RANKINGS, title: 'nav.rankings' },
  },
  {
    path: '/rankings/what-if',
    component: () => import('./views/WhatIfView.vue'),
    meta: { roles: BUREAUS, title: 'whatIf.title' },
  },
  {
    path: '/weight-schemes',
    component: () => import('./views/WeightSchemesView.vue'),
    meta: { roles: BUREAUS, title: 'nav.schemes' },
  },
  {
    path: '/warnings',
    component: () => import('./views/WarningsView.vue'),
    meta: { roles: BUREAUS, title: 'nav.warnings' },
  },
  {
    path: '/benchmarks',
    component: () => import('./views/BenchmarksView.vue'),
    meta: { title: 'nav.benchmarks' },
  },
  {
    path: '/partnerships',
    component: () => import('./views/PartnershipsView.vue'),
    meta: { roles: PARTIES, title: 'nav.partnerships' },
  },
  {
    path: '/partnerships/:id',
    component: () => import('./views/PartnershipLayout.vue'),
    props: true,
    children: [
      { path: '', component: () => import('./views/ScoreOverview.vue'), props: true, meta: { title: 'partnership.tabs.score' } },
      {
        path: 'records',
        component: () => import('./views/RecordsView.vue'),
        props: true,
        meta: { roles: PARTIES, title: 'partnership.tabs.records' },
      },
      {
        path: 'evaluation',
        component: () => import('./views/EvaluationInputsView.vue'),
        props: true,
        meta: { roles: PARTIES, title: 'partnership.tabs.evaluation' },
      },
      {
        path: 'history',
        component: () => import('./views/ChangeHistoryView.vue'),
        props: true,
        meta: { roles: PARTIES, title: 'partnership.tabs.history' },
      },
    ],
  },
  {
    path: '/rectifications/overdue',
    component: () => import('./views/OverdueRectificationsView.vue'),
    meta: { roles: BUREAUS, title: 'nav.overdue' },
  },
  {
    path: '/organization',
    component: () => import('./views/OrganizationView.vue'),
    meta: { roles: ['org-admin'], title: 'nav.organization' },
  },
  { path: '/forbidden', component: () => import('./views/ForbiddenView.vue'), meta: { title: 'forbidden.title' } },
  { path: '/:unknown(.*)*', component: () => import('./views/NotFoundView.vue'), meta: { title: 'notFound.title' } },
]

/**
 * Hash history: every page is /console/#/…, so the gateway serves one index.html and needs no fallback route.
 * Created once signed in: the history reads the address when it is created, and a login's callback
 * (/console/?code=…&state=…) only then puts back the route the user asked for (#/weight-schemes).
 */
export function createConsoleRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach((to) => {
    const refused = to.matched.some((record) => !hasAnyRole(record.meta.roles))
    if (refused && session.signedIn) {
      return { path: '/forbidden', query: { from: to.fullPath } }
    }
    return true
  })
  return router
}
