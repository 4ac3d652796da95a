import { onBeforeUnmount, ref, watch, type WatchSource } from 'vue'
import { ApiError, ok, api } from '@/api/client'
import type { ConsistencyCheck, PairwiseMatrix, Problem } from '@/api/types'

/** How long the comparisons must stay unchanged before the API is asked (a person clicking through the pickers). */
export const CONSISTENCY_DEBOUNCE_MS = 400

/** The API's AHP computation of a matrix: weights, λmax, CI, CR and the pair most out of line (nothing is saved). */
export function checkConsistency(pairwiseComparisons: PairwiseMatrix): Promise<ConsistencyCheck> {
  return ok(api.POST('/api/v1/evaluation/weight-schemes/consistency', { body: { pairwiseComparisons } }))
}

/**
 * The live consistency of the comparisons: asked again, debounced, whenever they change while `active`; an answer
 * to an older matrix is dropped. A refusal (422: a malformed matrix) is kept as the problem.
 */
export function useConsistency(matrix: WatchSource<PairwiseMatrix>, active: WatchSource<boolean>) {
  const result = ref<ConsistencyCheck | null>(null)
  const problem = ref<Problem | null>(null)
  const checking = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let asked = 0

  async function ask(comparisons: PairwiseMatrix) {
    const question = ++asked
    checking.value = true
    try {
      const answer = await checkConsistency(comparisons)
      if (question === asked) {
        result.value = answer
        problem.value = null
      }
    } catch (failure) {
      if (question === asked) {
        result.value = null
        problem.value = failure instanceof ApiError ? failure.problem : { detail: String(failure) }
      }
    } finally {
      if (question === asked) {
        checking.value = false
      }
    }
  }

  watch(
    [matrix, active],
    ([comparisons, on]) => {
      clearTimeout(timer)
      if (on) {
        checking.value = true
        timer = setTimeout(() => void ask(comparisons), CONSISTENCY_DEBOUNCE_MS)
      } else {
        asked++
        checking.value = false
      }
    },
    { deep: true, immediate: true },
  )
  onBeforeUnmount(() => clearTimeout(timer))

  return { result, problem, checking }
}
