import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import type { ConflictChoice } from '../../sync';
import {
  mergedValueInput,
  mergedValueText,
  parseMergedValue,
  type MergedValueInput,
  type MergedValueProblem,
} from './merged-value';

export const decisionKinds = ['keep-registry', 'use-incoming', 'edit'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** What a person has chosen so far for one field, before saving. */
export interface FieldDecision {
  readonly kind: DecisionKind | null;
  /** The merged value being typed (kept when switching away and back). */
  readonly text: string;
  readonly input: MergedValueInput;
}

/** No choice yet; the merged value starts from the registry's. */
export function initialDecision(conflict: Conflict): FieldDecision {
  const input = mergedValueInput([conflict.registry, conflict.incoming]);
  return { kind: null, text: mergedValueText(conflict.registry, input), input };
}

export type DecisionResult =
  | { readonly ok: true; readonly choice: ConflictChoice }
  | { readonly ok: false; readonly code: MergedValueProblem | 'no-choice' };

/** The engine's choice for a decision, or why it cannot be saved yet. */
export function choiceOf(conflict: Conflict, decision: FieldDecision): DecisionResult {
  switch (decision.kind) {
    case null:
      return { ok: false, code: 'no-choice' };
    case 'keep-registry':
      return { ok: true, choice: { kind: 'keep-registry' } };
    case 'use-incoming':
      return { ok: true, choice: { kind: 'use-incoming' } };
    case 'edit': {
      const { recordType, field } = conflict;
      const parsed = parseMergedValue(recordType, field, decision.text, decision.input);
      return parsed.ok ? { ok: true, choice: { kind: 'value', value: parsed.value } } : parsed;
    }
  }
}
