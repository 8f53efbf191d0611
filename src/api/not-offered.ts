import { ApiError } from './errors'

/** A backend method for something the backend's API does not have; pages never call it (capabilities). */
export function notOffered(name: string, what: string) {
  return (): Promise<never> =>
    Promise.reject(new ApiError('not_found', `${name}'s billing API has no ${what}.`))
}
