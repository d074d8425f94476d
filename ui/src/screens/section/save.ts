// The visible saving state of one item.

/** Nothing typed yet, being saved, saved, or refused with the store's message. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };
