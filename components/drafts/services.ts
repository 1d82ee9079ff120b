// The repository and lock the draft pages share (one IndexedDB connection per page).
import { createLock } from '@/lib/form5106/lock';
import { createDraftRepo } from '@/lib/form5106/repo';

export const repo = createDraftRepo();
export const lock = createLock();
