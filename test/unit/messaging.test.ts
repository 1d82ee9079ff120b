import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from '@/lib/messaging/router';

const OWN_ID = 'own-extension-id';
// Handlers for the other message types: these tests exercise the router through ping.
const others: Omit<Handlers, 'ping'> = {
  'drafts/getActive': async () => ({ draft: null, locked: false }),
  'drafts/saveOnClose': async () => ({ status: 'unchanged', id: 'x' }),
  'portfolios/save': async () => {
    throw new Error('not in these tests');
  },
  'portfolios/list': async () => ({ portfolios: [] }),
  'reminders/recompute': async () => ({ asOf: '2026-11-20', badgeCount: 0, notified: 0, skipped: null }),
};
const handlers: Handlers = {
  ...others,
  ping: async () => ({ pong: true, version: '1.2.3' }),
};
const route = createRouter(handlers, OWN_ID);
const fromSelf = { id: OWN_ID };

describe('message router', () => {
  it('answers a valid request from this extension', async () => {
    await expect(route({ channel: 'ace-assist', type: 'ping', payload: {} }, fromSelf)).resolves.toEqual({
      ok: true,
      result: { pong: true, version: '1.2.3' },
    });
  });

  it.each([
    ['another extension', { id: 'someone-else' }],
    ['a sender without id', {}],
  ])('refuses %s', async (_label, sender) => {
    await expect(route({ channel: 'ace-assist', type: 'ping', payload: {} }, sender)).resolves.toEqual({
      ok: false,
      error: 'Message refused: unknown sender.',
    });
  });

  it.each([
    ['a foreign message', { hello: 'world' }],
    ['another channel', { channel: 'other', type: 'ping', payload: {} }],
    ['an unknown type', { channel: 'ace-assist', type: 'format-disk', payload: {} }],
    ['a non-object', 'ping'],
    ['null', null],
  ])('stays silent for %s', async (_label, message) => {
    await expect(route(message, fromSelf)).resolves.toBeUndefined();
  });

  it('rejects a payload that does not match the schema, naming the type', async () => {
    const reply = await route({ channel: 'ace-assist', type: 'ping', payload: { extra: true } }, fromSelf);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toContain('Invalid "ping" request');
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const failing = createRouter(
      {
        ...others,
        ping: async () => {
          throw new Error('disk full');
        },
      },
      OWN_ID,
    );
    await expect(failing({ channel: 'ace-assist', type: 'ping', payload: {} }, fromSelf)).resolves.toEqual({
      ok: false,
      error: 'disk full',
    });
  });

  it('rejects a handler result that breaks the response schema', async () => {
    const wrong = createRouter({ ...others, ping: async () => ({ pong: false }) as never }, OWN_ID);
    const reply = await wrong({ channel: 'ace-assist', type: 'ping', payload: {} }, fromSelf);
    expect(reply).toMatchObject({ ok: false });
  });
});
