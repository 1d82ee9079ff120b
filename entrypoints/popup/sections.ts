export const POPUP_SECTIONS = ['drafts', 'analyze', 'check', 'entries'] as const;
export type PopupSection = (typeof POPUP_SECTIONS)[number];

/** '#check' -> 'check'; anything unknown falls back to the drafts list. */
export function sectionFromHash(hash: string): PopupSection {
  const name = hash.replace(/^#/, '');
  return (POPUP_SECTIONS as readonly string[]).includes(name) ? (name as PopupSection) : 'drafts';
}
