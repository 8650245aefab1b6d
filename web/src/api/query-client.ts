import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './client.ts';
import { meKey } from './queries.ts';

/** Retries only what may succeed next time: network failures and server errors, twice. */
const retry = (failureCount: number, error: unknown) =>
  failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // A 401 on any data means the session ended (expired, or the user was deactivated):
    // forget the user, and the sign-in guard sends them to the login page.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthenticated(error) && query.queryKey[0] !== meKey[0]) {
          queryClient.setQueryData(meKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: { retry, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
