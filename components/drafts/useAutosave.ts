// Autosave for one draft. Rules (issue 5, "nothing is ever lost"):
//  - a change is written at most 300 ms after it was made (the timer is not pushed back by more
//    typing, so a fast typist still gets saved);
//  - when the page is hidden or goes away (visibilitychange, pagehide) pending edits are flushed at
//    once, and on pagehide also handed to the background, which outlives a closing popup;
//  - the write carries the revision this editor loaded; if another window saved in between, the user
//    is told and chooses (keep mine / take theirs); nothing is overwritten silently;
//  - storage errors are shown, not swallowed, and the edits stay on screen for a retry.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftContent } from '@/lib/form5106/draft';
import { contentOf } from '@/lib/form5106/repo';
import { sendMessage } from '@/lib/messaging/client';
import { repo } from './services';

export const AUTOSAVE_DELAY_MS = 300;

export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; theirs: Draft };

/** `<session>#<edit count>`: who saved, and which edit its content was taken at (repo.save). */
const editorTag = (session: string, seq: number) => `${session}#${seq}`;

export function useAutosave(initial: Draft) {
  const [content, setContent] = useState<DraftContent>(() => contentOf(initial));
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: initial.updatedAt });
  // Refs: the flush handlers run outside React's render cycle and need the latest values.
  const contentRef = useRef(content);
  const baseRevision = useRef(initial.revision);
  // This editor's session id: its own saves never count as someone else's (see repo.save).
  const editorId = useRef(crypto.randomUUID());
  // Counts edits: a save carries the count its content was taken at, so a late, older write from
  // this same editor never replaces later typing (see repo.save).
  const editSeq = useRef(0);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  // The timer calls the latest save through a ref, so save and schedule need not depend on each other.
  const saveRef = useRef<() => Promise<void>>(async () => {});

  const schedule = useCallback(() => {
    if (timer.current === null) timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) {
      await inFlight.current;
      if (!dirty.current) return;
    }
    if (!dirty.current || blocked.current) return;
    const sent = contentRef.current;
    const sentSeq = editSeq.current;
    dirty.current = false;
    setState({ kind: 'saving' });
    const run = (async () => {
      const result = await repo.save(
        initial.id,
        sent,
        baseRevision.current,
        editorTag(editorId.current, sentSeq),
      );
      if (result.ok) {
        baseRevision.current = result.value.revision;
        if (dirty.current) setState({ kind: 'pending' });
        else setState({ kind: 'saved', at: result.value.updatedAt });
        return;
      }
      dirty.current = true;
      if (result.code === 'conflict' && 'current' in result) {
        blocked.current = true;
        setState({ kind: 'conflict', message: result.error, theirs: result.current });
      } else {
        setState({ kind: 'error', message: result.error });
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
    if (dirty.current && !blocked.current && timer.current === null) schedule();
  }, [initial.id, schedule]);

  saveRef.current = save;

  const update = useCallback(
    (next: DraftContent) => {
      contentRef.current = next;
      editSeq.current += 1;
      dirty.current = true;
      setContent(next);
      if (!blocked.current) {
        setState((s) => (s.kind === 'error' ? s : { kind: 'pending' }));
        schedule();
      }
    },
    [schedule],
  );

  useEffect(() => {
    const flush = () => {
      if (dirty.current && !blocked.current) void save();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onPageHide = () => {
      if (!dirty.current || blocked.current) return;
      // The page may be gone before IndexedDB answers: the background saves the same content too.
      // A repeated save of identical content is a no-op, so the two writes cannot fight.
      void sendMessage('drafts/saveOnClose', {
        id: initial.id,
        baseRevision: baseRevision.current,
        content: contentRef.current,
        editor: editorTag(editorId.current, editSeq.current),
      }).catch(() => {});
      flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the editor inside the page (back to the list): write what is pending.
      flush();
    };
  }, [initial.id, save]);

  /** Conflict: keep this window's version, written over the one the user was shown. */
  const keepMine = useCallback(async () => {
    if (state.kind !== 'conflict') return;
    baseRevision.current = state.theirs.revision;
    blocked.current = false;
    dirty.current = true;
    await save();
  }, [save, state]);

  /** Conflict: drop this window's edits and load the saved version. */
  const takeTheirs = useCallback(() => {
    if (state.kind !== 'conflict') return;
    const theirs = contentOf(state.theirs);
    baseRevision.current = state.theirs.revision;
    blocked.current = false;
    dirty.current = false;
    contentRef.current = theirs;
    setContent(theirs);
    setState({ kind: 'saved', at: state.theirs.updatedAt });
  }, [state]);

  const retry = useCallback(() => {
    dirty.current = true;
    void save();
  }, [save]);

  return { content, update, state, keepMine, takeTheirs, retry, flush: save };
}
