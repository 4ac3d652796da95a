import { reactive } from 'vue'

/**
 * Code and title of partnerships seen in lists, for pages whose reader may not read the partnership itself
 * (viewers see rankings and scores, not agreements).
 */
export interface PartnershipName {
  code?: string
  title?: string
  regionCode?: string
}

export const partnershipNames = reactive(new Map<string, PartnershipName>())

export function rememberPartnership(id: string | undefined, name: PartnershipName): void {
  if (id) {
    partnershipNames.set(id, name)
  }
}
