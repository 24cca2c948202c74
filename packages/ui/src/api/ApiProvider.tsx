// The API client the hooks use; one per app, replaceable in tests.

import { type ApiClient, createApiClient } from '@tuki/api-client';
import { createContext, type ReactNode, useContext } from 'react';

const ApiContext = createContext<ApiClient | undefined>(undefined);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext value={client}>{children}</ApiContext>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi needs an <ApiProvider> around it');
  return client;
}

export { createApiClient };
