// The window's words. Every string comes from the Fluent catalogues of
// tenken-i18n, which the app hands over (`boot`, `set_lang`); this module only
// formats them. Reading `t()` inside a component makes it follow a language
// switch, because the bundle is reactive state.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { LangCode } from '../bindings/LangCode';

/** Arguments of a message: names as in the .ftl file. */
export type Args = Record<string, FluentVariable>;

const current = $state<{ lang: LangCode; bundle: FluentBundle | null }>({ lang: 'ja', bundle: null });

/** Builds a bundle from Fluent source text (exported for the unit tests). */
export function makeBundle(lang: LangCode, source: string): FluentBundle {
  // No direction-isolation marks: all our text is left-to-right, and the marks
  // would end up in copied text.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  // The app appends the ward's names of the grades after the catalogue: a
  // later message of the same id replaces the catalogue's.
  const errors = bundle.addResource(new FluentResource(source), { allowOverrides: true });
  for (const e of errors) console.warn('catalogue', e.message);
  return bundle;
}

/** Formats one message of a bundle; a missing id shows the id, so it can be reported. */
export function format(bundle: FluentBundle | null, id: string, args?: Args): string {
  const message = bundle?.getMessage(id);
  if (!bundle || !message?.value) return id;
  return bundle.formatPattern(message.value, args);
}

/** Switches the window to a language with the catalogue the app sent. */
export function setCatalogue(lang: LangCode, source: string): void {
  current.bundle = makeBundle(lang, source);
  current.lang = lang;
  document.documentElement.lang = lang;
  document.title = format(current.bundle, 'app-title');
}

/** The current language. */
export function lang(): LangCode {
  return current.lang;
}

/** The text of a message in the current language. */
export function t(id: string, args?: Args): string {
  return format(current.bundle, id, args);
}
