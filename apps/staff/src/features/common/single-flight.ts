// One request at a time from a button or form: a double click (or Enter pressed twice) must not send the same
// change twice. A button's `disabled` follows the mutation's pending state only after React has rendered again,
// and a second click can come before that; the second request would then carry the old ETag and get a 412 after
// the user's own change. The gate closes synchronously when the request starts and opens when it has settled.

import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';

export interface Gate {
  /** Closes the gate; false when it was closed already (a run is in progress). */
  enter(): boolean;
  /** Opens the gate again. */
  leave(): void;
  readonly busy: boolean;
}

export function createGate(): Gate {
  let busy = false;
  return {
    enter() {
      if (busy) return false;
      busy = true;
      return true;
    },
    leave() {
      busy = false;
    },
    get busy() {
      return busy;
    },
  };
}

/** A gate kept for the component's lifetime. */
export function useGate(): Gate {
  const gate = useRef<Gate | null>(null);
  gate.current ??= createGate();
  return gate.current;
}

/**
 * The mutation's `mutate`, refusing to start while an earlier call has not settled; returns whether it started.
 * `pending` is for rendering (disabled buttons, "Sending…" texts).
 */
export function useSingleFlight<TData, TError, TVariables, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
): {
  mutate: (variables: TVariables, options?: MutateOptions<TData, TError, TVariables, TContext>) => boolean;
  pending: boolean;
} {
  const gate = useGate();
  const mutate = (variables: TVariables, options?: MutateOptions<TData, TError, TVariables, TContext>) => {
    if (!gate.enter()) return false;
    mutation.mutate(variables, {
      ...options,
      onSettled: (...settled) => {
        gate.leave();
        options?.onSettled?.(...settled);
      },
    });
    return true;
  };
  return { mutate, pending: mutation.isPending || gate.busy };
}
