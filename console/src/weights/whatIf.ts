import type { GivenScheme, RankPosition, WhatIfEntry, WhatIfRequest } from '@/api/types'

/** How a rank change is shown: an arrow, a word for screen readers and the number with its sign. */
export interface RankMove {
  direction: 'up' | 'down' | 'same' | 'none'
  arrow: '↑' | '↓' | '→' | ''
  text: string
}

/** Positive: moved up (a smaller rank number); null: ranked under one scheme only (no composite under the other). */
export function rankMove(change: number | null | undefined): RankMove {
  if (change === null || change === undefined) {
    return { direction: 'none', arrow: '', text: '—' }
  }
  if (change > 0) {
    return { direction: 'up', arrow: '↑', text: `+${change}` }
  }
  if (change < 0) {
    return { direction: 'down', arrow: '↓', text: `−${-change}` }
  }
  return { direction: 'same', arrow: '→', text: '0' }
}

/** The entries in the order of one of the two rankings: by rank, the unranked last, ties by code. */
export function rankedBy(entries: readonly WhatIfEntry[], side: 'applicable' | 'whatIf'): WhatIfEntry[] {
  const rank = (position: RankPosition) => position.rank ?? Number.POSITIVE_INFINITY
  return [...entries].sort((a, b) => rank(a[side]) - rank(b[side]) || a.code.localeCompare(b.code))
}

/** The body of POST /api/v1/evaluation/rankings/what-if: the ranking's basis (defaults left out) and the scheme. */
export function whatIfRequest(
  basis: { region: string; asOf: string; windowDays: number },
  scheme: GivenScheme,
): WhatIfRequest {
  return {
    ...(basis.region ? { region: basis.region } : {}),
    ...(basis.asOf ? { asOf: basis.asOf } : {}),
    windowDays: basis.windowDays,
    scheme,
  }
}
