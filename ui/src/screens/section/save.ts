// The visible saving state of one item.

import type { AnswerField } from '../../lib/fields';

/** Nothing typed yet, being saved, saved, or refused with the store's message (its catalogue id and the field it concerns). */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string; id: string | null; field: AnswerField };
