import type { UsageSearch } from './search'

/** The list filters, by URL key, with the words the page uses for them. */
export const listFilters = [
  { key: 'operation', label: 'Operation' },
  { key: 'target', label: 'Target' },
  { key: 'label', label: 'Label' },
] as const

export type ListFilterKey = (typeof listFilters)[number]['key']
export type FilterKey = ListFilterKey | 'scope' | 'q' | 'from' | 'to'

export const filterLabels: Record<FilterKey, string> = {
  operation: 'Operation',
  target: 'Target',
  label: 'Label',
  scope: 'Scope',
  q: 'Search',
  from: 'From',
  to: 'To',
}

/** The API's query keys for each URL key, so a 400 on `target__label` can point at the Label filter. */
export const apiFieldToFilter: Record<string, FilterKey> = {
  operation: 'operation',
  target: 'target',
  target__label: 'label',
  scope__name: 'scope',
  search: 'q',
  start_dt: 'from',
  end_dt: 'to',
}

export type SearchPatch = Partial<UsageSearch>
