/** A page of a list as every list endpoint of the platform answers it. */
export interface Paged<T> {
  items?: T[]
  totalPages?: number
}

/**
 * Every item of a paged list, page after page (100 a page, the API's maximum), up to a bound: the console's lists
 * (a region's ranking, a partnership's records) are hundreds of items, not thousands.
 */
export async function allPages<T>(page: (index: number) => Promise<Paged<T>>, maxPages = 50): Promise<T[]> {
  const items: T[] = []
  for (let index = 0; index < maxPages; index++) {
    const result = await page(index)
    items.push(...(result.items ?? []))
    if (index + 1 >= (result.totalPages ?? 0)) {
      break
    }
  }
  return items
}
