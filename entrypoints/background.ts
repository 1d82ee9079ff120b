// Background: wiring only. The message router validates and dispatches; features own the handlers.
import { browser } from 'wxt/browser';
import { getActiveDraft, isExtensionPage, saveOnClose } from '@/lib/form5106/background-handlers';
import { createRouter, type Handlers } from '@/lib/messaging/router';

const handlers: Handlers = {
  ping: async () => ({ pong: true, version: browser.runtime.getManifest().version }),
  'drafts/getActive': async () => getActiveDraft(),
  'drafts/saveOnClose': async (request, sender) => {
    if (!isExtensionPage(sender, browser.runtime.getURL('/')))
      throw new Error('Only extension pages save drafts.');
    return saveOnClose(request);
  },
};

export default defineBackground(() => {
  const route = createRouter(handlers, browser.runtime.id);
  // Returning a promise answers the message (polyfill semantics); undefined leaves it to others.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
