import { reactive } from 'vue'

/**
 * Scores follow records through the broker within seconds: after a write, the partnership's score page polls
 * until the score changes (or this long has passed) instead of showing the figures from before the write.
 */
const POLL_FOR_MS = 20_000
const expectedUntil = reactive(new Map<string, number>())

export function expectScoreChange(partnershipId: string): void {
  expectedUntil.set(partnershipId, Date.now() + POLL_FOR_MS)
}

export function scoreChangeExpected(partnershipId: string): boolean {
  return (expectedUntil.get(partnershipId) ?? 0) > Date.now()
}

export function scoreChangeSeen(partnershipId: string): void {
  expectedUntil.delete(partnershipId)
}
