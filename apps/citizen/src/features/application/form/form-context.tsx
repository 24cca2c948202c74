// What the steps of the form share: the draft (content, save status) and the errors of the current step.

import type { ApplicationContent } from '@tuki/domain';
import { createContext, type ReactNode, useContext } from 'react';
import type { MyApplication } from '../api/applications.ts';
import type { DraftSaver, DraftSnapshot } from '../draft/draft-saver.ts';

export interface DraftContextValue {
  applicationId: string;
  /** The application as the server last answered (attachments, status); the content is `content` below. */
  application: MyApplication;
  content: ApplicationContent;
  snapshot: DraftSnapshot;
  saver: DraftSaver;
  /** Changes the answers; saved automatically. */
  update: (recipe: (content: ApplicationContent) => ApplicationContent) => void;
}

const DraftContext = createContext<DraftContextValue | undefined>(undefined);

export function DraftProvider({ value, children }: { value: DraftContextValue; children: ReactNode }) {
  return <DraftContext value={value}>{children}</DraftContext>;
}

export function useDraft(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraft needs a <DraftProvider> around it');
  return value;
}

export interface FieldErrorsContextValue {
  /** The message shown at the field, if any. */
  errorFor: (path: string) => string | undefined;
  /** The user left a field: check its format (and whether an error shown there is fixed). */
  onLeave: (path: string) => void;
  /**
   * A field's own error that the content cannot hold (a sum that is not a number), shown at the field (unless
   * "continue" is being pressed, which shows it with the summary); undefined clears it.
   */
  setInputError: (path: string, message: string | undefined) => void;
  /** The same error noted while typing: not shown yet, but "continue" (or Enter) finds it. */
  noteInputError: (path: string, message: string | undefined) => void;
}

const noErrors: FieldErrorsContextValue = {
  errorFor: () => undefined,
  onLeave: () => undefined,
  setInputError: () => undefined,
  noteInputError: () => undefined,
};

const FieldErrorsContext = createContext<FieldErrorsContextValue>(noErrors);

export function FieldErrorsProvider({
  value,
  children,
}: {
  value: FieldErrorsContextValue;
  children: ReactNode;
}) {
  return <FieldErrorsContext value={value}>{children}</FieldErrorsContext>;
}

export function useFieldErrors(): FieldErrorsContextValue {
  return useContext(FieldErrorsContext);
}
