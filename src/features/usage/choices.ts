import type { UsageEntry } from '../../api/types'
import type { Choice } from '../../components/MultiSelect'

export type FilterChoices = { targets: Choice[]; labels: Choice[]; scopes: Choice[] }

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label)

/**
 * Targets, labels and scopes as the usage rows reveal them (the API has no endpoint listing them).
 * Values already chosen stay offered even when these rows do not mention them, so they can be removed.
 */
export function collectChoices(
  entries: readonly UsageEntry[],
  chosen: { target: readonly string[]; label: readonly string[]; scope?: string },
): FilterChoices {
  const targets = new Map<string, Choice>()
  const labels = new Map<string, Choice>()
  const scopes = new Map<string, Choice>()
  for (const { target } of entries) {
    if (!target) continue
    if (!targets.has(target.id)) {
      const label = target.name || target.host || target.id
      targets.set(target.id, {
        value: target.id,
        label,
        hint: target.host !== label ? target.host : undefined,
      })
    }
    for (const { name } of target.labels) labels.set(name, { value: name, label: name })
    if (target.scope) scopes.set(target.scope, { value: target.scope, label: target.scope })
  }
  for (const id of chosen.target) if (!targets.has(id)) targets.set(id, { value: id, label: id })
  for (const name of chosen.label) if (!labels.has(name)) labels.set(name, { value: name, label: name })
  if (chosen.scope && !scopes.has(chosen.scope))
    scopes.set(chosen.scope, { value: chosen.scope, label: chosen.scope })
  return {
    targets: [...targets.values()].sort(byLabel),
    labels: [...labels.values()].sort(byLabel),
    scopes: [...scopes.values()].sort(byLabel),
  }
}
