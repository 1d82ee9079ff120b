// The browser-facing edges of reminders that the background wires up: the permission check, and
// what a click on a reminder does. The optional `notifications` API only exists once the user has
// granted it, so the click listener is added at startup when it is there, and again when the
// permission arrives later (permissions.onAdded).
import { type Browser, browser } from 'wxt/browser';
import { clickPath, loadTargets } from './targets';

export const NOTIFICATIONS_PERMISSION: Browser.permissions.Permissions = { permissions: ['notifications'] };

export async function notificationsGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NOTIFICATIONS_PERMISSION);
  } catch {
    return false;
  }
}

/** Opens the analyzer filtered to the clicked reminder's entries; ignores other notifications. */
export async function openReminder(notificationId: string): Promise<boolean> {
  const path = clickPath((await loadTargets())[notificationId]);
  if (!path) return false;
  // tabs.create needs no "tabs" permission.
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/analyzer.html') });
  await browser.notifications.clear(notificationId);
  return true;
}

let listening = false;

export function listenForReminderClicks(): void {
  if (listening || !browser.notifications?.onClicked) return;
  browser.notifications.onClicked.addListener((id) => {
    void openReminder(id).catch((error) => console.warn('ACE Assist: could not open the reminder', error));
  });
  listening = true;
}
