import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { accountQueries } from './account'
import { getBackend } from './connection'
import { isUnreadableSuccess } from './errors'
import type { TopUpSettings } from './types'
import { usageQueries } from './usage'

export const topUpQueries = {
  all: () => ['top-up'] as const,
  settings: () =>
    queryOptions({
      queryKey: [...topUpQueries.all(), 'settings'] as const,
      queryFn: ({ signal }) => getBackend().getTopUpSettings(signal),
    }),
}

/** Mutations are never retried automatically: a repeated purchase costs money. */
export const topUpMutations = {
  saveSettings: () =>
    mutationOptions({
      mutationKey: [...topUpQueries.all(), 'save'],
      mutationFn: (settings: TopUpSettings) => getBackend().saveTopUpSettings(settings),
      retry: false,
      onSuccess: (saved, _settings, _result, { client }) => {
        client.setQueryData(topUpQueries.settings().queryKey, saved)
      },
    }),
  buyPack: () =>
    mutationOptions({
      mutationKey: [...topUpQueries.all(), 'buy'],
      mutationFn: (packId: string) => getBackend().buyCreditPack(packId),
      retry: false,
      // Also after an answer that could not be read: the server accepted the purchase, so it may have
      // gone through, and the balance shows whether it did. A purchase that went through waits for the new
      // balance; the unreadable answer is said at once.
      onSettled: async (_purchase, error, _packId, _result, { client }) => {
        if (error && !isUnreadableSuccess(error)) return
        const refresh = Promise.all([
          client.invalidateQueries({ queryKey: usageQueries.all() }),
          client.invalidateQueries({ queryKey: accountQueries.all() }),
        ])
        if (error) void refresh
        else await refresh
      },
    }),
}
