// The payment operations (listPayments, listPaymentBatches, createPaymentBatch, approvePaymentBatch,
// downloadPaymentFile, importPaymentStatusReport) through the typed API client, and the TanStack Query hooks of the
// payments page. Proposing a batch sends an Idempotency-Key kept until the server has answered, so proposing again
// after a lost connection returns the batch that may already have been made instead of making another.

import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, expectData, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';
import { useRef } from 'react';
import { isOutcomeUnknown, type PaymentStatus } from './payment-rules.ts';

export type Payment = ResponseBody<'listPayments'>['items'][number];
export type PaymentBatch = ResponseBody<'listPaymentBatches'>['items'][number];
export type ImportedStatusReport = ResponseBody<'importPaymentStatusReport'>;

export const paymentStatuses: readonly PaymentStatus[] = [
  'proposed',
  'in_batch',
  'sent',
  'accepted',
  'rejected',
];

const PAGE_SIZE = 20;
/** The page tells every failure of its actions itself (refusals, payments not configured, no answer), where it
 * happened, instead of the app-wide notification. */
const silent = { silent: true };
const paymentsKey = ['payments'] as const;
const batchesKey = ['payment-batches'] as const;

function paymentsQueryOptions(api: ApiClient, filter: { status?: PaymentStatus; batch?: string }) {
  return infiniteQueryOptions({
    queryKey: [...paymentsKey, filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      expectData(
        api.GET('/api/v1/payments', {
          params: {
            query: { limit: PAGE_SIZE, ...filter, ...(pageParam !== undefined ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function usePayments(filter: { status?: PaymentStatus; batch?: string }, enabled = true) {
  return useInfiniteQuery({ ...paymentsQueryOptions(useApi(), filter), enabled });
}

export function usePaymentBatches() {
  const api = useApi();
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: batchesKey,
      initialPageParam: undefined as string | undefined,
      queryFn: ({ pageParam }) =>
        expectData(
          api.GET('/api/v1/payment-batches', {
            params: {
              query: { limit: PAGE_SIZE, ...(pageParam !== undefined ? { cursor: pageParam } : {}) },
            },
          }),
        ),
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      staleTime: 0,
    }),
  );
}

/** After a batch changed: its list, and the payments whose status changed with it. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: batchesKey }),
      queryClient.invalidateQueries({ queryKey: paymentsKey }),
    ]);
}

export function useProposePaymentBatch() {
  const api = useApi();
  const refresh = useRefresh();
  const idempotencyKey = useRef<string | undefined>(undefined);
  return useMutation({
    meta: silent,
    mutationFn: async (dueBy: string) => {
      idempotencyKey.current ??= crypto.randomUUID();
      return expectData(
        api.POST('/api/v1/payment-batches', {
          params: { header: { 'idempotency-key': idempotencyKey.current } },
          body: { dueBy },
        }),
      );
    },
    onSettled: async (_data, error) => {
      // A new proposal is a new batch once the server has answered; after no answer the same key is sent again.
      if (error === null || !isOutcomeUnknown(error)) idempotencyKey.current = undefined;
      await refresh();
    },
  });
}

export function useApprovePaymentBatch() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    meta: silent,
    mutationFn: (batch: PaymentBatch) =>
      expectData(
        api.POST('/api/v1/payment-batches/{paymentBatchId}/approval', {
          params: { path: { paymentBatchId: batch.id } },
        }),
      ),
    onSettled: refresh,
  });
}

/** Fetches the batch's payment file and hands it to the browser as a download; gives the file's name. */
export function useDownloadPaymentFile() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    meta: silent,
    mutationFn: async (batch: PaymentBatch) => {
      const { data, response } = await api.GET('/api/v1/payment-batches/{paymentBatchId}/file', {
        params: { path: { paymentBatchId: batch.id } },
        parseAs: 'text',
      });
      const name =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `${batch.messageId}.xml`;
      const url = URL.createObjectURL(new Blob([data ?? ''], { type: 'application/xml' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return name;
    },
    // The first download marks the payments sent.
    onSettled: refresh,
  });
}

export function useImportStatusReport() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    meta: silent,
    mutationFn: async (file: File) =>
      expectData(
        api.POST('/api/v1/payment-batches/status-reports', {
          body: await file.text(),
          bodySerializer: (body: string) => body,
          headers: { 'content-type': 'application/xml' },
        }),
      ),
    onSettled: refresh,
  });
}
