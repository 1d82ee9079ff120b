/** browser.storage.local key of the active draft's id (read by the page assistant, written by the popup). */
export const ACTIVE_DRAFT_KEY = 'activeDraftId';
