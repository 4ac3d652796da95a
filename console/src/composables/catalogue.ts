import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { api, ok } from '@/api/client'
import type { IndicatorCatalogue } from '@/api/types'

const catalogue = ref<IndicatorCatalogue | null>(null)
let loading: Promise<IndicatorCatalogue> | null = null

/**
 * The platform's indicator catalogue (names in zh and en, dimensions, units, formulas), loaded once: the names of
 * indicators and dimensions come from the platform, not from a copy in the console.
 */
export function useCatalogue() {
  const { locale } = useI18n()
  if (!loading) {
    loading = ok(api.GET('/api/v1/evaluation/indicators')).then((loaded) => (catalogue.value = loaded))
    loading.catch(() => (loading = null))
  }
  const zh = computed(() => locale.value.startsWith('zh'))
  return {
    ready: loading,
    catalogue,
    dimensionName(code: string | undefined): string {
      const entry = catalogue.value?.dimensions?.find((dimension) => dimension.code === code)
      return (zh.value ? entry?.nameZh : entry?.nameEn) ?? code ?? ''
    },
    indicator(code: string | undefined) {
      const entry = catalogue.value?.indicators?.find((indicator) => indicator.code === code)
      return {
        name: (zh.value ? entry?.nameZh : entry?.nameEn) ?? code ?? '',
        unit: entry?.unit ?? '',
        formula: entry?.formula ?? '',
        scoring: entry?.scoring,
      }
    },
  }
}
