/**
 * What a previous run left in the workbook and the user may have edited: the assessment history,
 * the improvement plan's owner, due date and status, and the collections worklist's next action,
 * promise-to-pay date and note. A re-run carries these over.
 */
import type { AssessmentHistoryRow } from "./assessment";
import type { WorklistEdits } from "./collections";
import type { PreviousPlanRow } from "./improvement";

export interface PreviousState {
  history: AssessmentHistoryRow[];
  plan: PreviousPlanRow[];
  worklist: (WorklistEdits & { key: string })[];
}

export function emptyPreviousState(): PreviousState {
  return { history: [], plan: [], worklist: [] };
}
