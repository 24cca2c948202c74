// The print batch operations (getPrintQueue, createPrintBatch, listPrintBatches) through the typed API client, and
// the TanStack Query hooks of the mailing page. Making a batch sends an Idempotency-Key that is kept until the
// server has answered, so pressing the button again after a lost connection returns the batch that may already
// have been made instead of making another.

import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { type ApiClient, expectData, isApiProblem, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';
import { useRef } from 'react';

export type PrintQueue = ResponseBody<'getPrintQueue'>;
export type PrintBatch = ResponseBody<'listPrintBatches'>['items'][number];
export type CreatedPrintBatch = ResponseBody<'createPrintBatch'>;

export const PAGE_SIZE = 20;
const printQueueKey = ['print-queue'] as const;
const printBatchesKey = ['print-batches'] as const;

export function printQueueQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: printQueueKey,
    queryFn: () => expectData(api.GET('/api/v1/print-batches/pending')),
    staleTime: 0,
  });
}

export function printBatchesQueryOptions(api: ApiClient) {
  return infiniteQueryOptions({
    queryKey: printBatchesKey,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      expectData(
        api.GET('/api/v1/print-batches', {
          params: { query: { limit: PAGE_SIZE, ...(pageParam !== undefined ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function usePrintQueue() {
  return useQuery(printQueueQueryOptions(useApi()));
}

export function usePrintBatches() {
  return useInfiniteQuery(printBatchesQueryOptions(useApi()));
}

/** 409 `nothing-to-print`: no letter waits (or someone else just took them into a batch). */
/** Every waiting letter lacks its recipient's name or postal address (the server names them in its detail). */
export const isRecipientIncomplete = (error: unknown) =>
  isApiProblem(error, 409) && error.type.endsWith('/recipient-incomplete');

export const isNothingToPrint = (error: unknown) => isApiProblem(error, 409) && !isRecipientIncomplete(error);

/** A failure after which the server may or may not have made the batch: no answer, or a gateway's. */
export const isOutcomeUnknown = (error: unknown) =>
  !isApiProblem(error) || [502, 503, 504].includes(error.status);

export function useCreatePrintBatch() {
  const api = useApi();
  const queryClient = useQueryClient();
  const idempotencyKey = useRef<string | undefined>(undefined);
  return useMutation({
    mutationFn: async () => {
      idempotencyKey.current ??= crypto.randomUUID();
      return expectData(
        api.POST('/api/v1/print-batches', {
          params: { header: { 'idempotency-key': idempotencyKey.current } },
        }),
      );
    },
    onSettled: async (_data, error) => {
      // A new click is a new batch once the server has answered; after no answer the same key is sent again.
      if (error === null || !isOutcomeUnknown(error)) idempotencyKey.current = undefined;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: printQueueKey }),
        queryClient.invalidateQueries({ queryKey: printBatchesKey }),
      ]);
    },
  });
}
