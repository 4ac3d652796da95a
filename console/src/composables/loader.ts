import { ref, shallowRef, type Ref } from 'vue'

/** What a page reads from the API, with the loading and error states every page shows (AsyncState). */
export function useLoader<T>(fetch: () => Promise<T>, initial: T) {
  const data = shallowRef(initial) as Ref<T>
  const loading = ref(false)
  const error = ref<unknown>(null)
  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      data.value = await fetch()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }
  return { data, loading, error, load }
}
