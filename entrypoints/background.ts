// Background: wiring only. The message router validates and dispatches; features own the handlers.
import { browser } from 'wxt/browser';
import { createRouter, type Handlers } from '@/lib/messaging/router';

const handlers: Handlers = {
  ping: async () => ({ pong: true, version: browser.runtime.getManifest().version }),
};

export default defineBackground(() => {
  const route = createRouter(handlers, browser.runtime.id);
  // Returning a promise answers the message (polyfill semantics); undefined leaves it to others.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
