import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { Partnership } from '@/api/types'

/** The partnership a page is about, read once by its layout (null for viewers, who may not read agreements). */
export interface PartnershipContext {
  id: string
  partnership: Ref<Partnership | null>
  reload: () => Promise<void>
}

const KEY: InjectionKey<PartnershipContext> = Symbol('partnership')

export function providePartnership(context: PartnershipContext): void {
  provide(KEY, context)
}

export function usePartnership(): PartnershipContext {
  const context = inject(KEY)
  if (!context) {
    throw new Error('usePartnership() outside a partnership page')
  }
  return context
}
