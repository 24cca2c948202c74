// The public estimate (estimateAssistance): no sign-in; the server limits how often one address may ask (429).

import { useMutation } from '@tanstack/react-query';
import { expectData, type RequestBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';

export type EstimateRequest = RequestBody<'estimateAssistance'>;

export function useEstimate() {
  const api = useApi();
  return useMutation({
    // Errors are shown on the page itself (429 and field errors), not by the app-wide notification.
    meta: { silent: true },
    mutationFn: (body: EstimateRequest) => expectData(api.POST('/api/v1/estimates', { body })),
  });
}
