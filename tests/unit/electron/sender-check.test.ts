import { describe, expect, it } from 'vitest';
import { isAppSender } from '../../../electron/main/sender-check';
import { fakeIpcEvent } from './fakes/fake-ipc-event';

const ownWindow = () => true;

describe('isAppSender', () => {
  it('accepts the top frame of an app window showing the app origin', () => {
    expect(isAppSender(fakeIpcEvent({ url: 'app://desk/index.html' }), ownWindow)).toBe(true);
    expect(isAppSender(fakeIpcEvent({ url: 'app://desk/members/42' }), ownWindow)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///work/main/out/renderer/index.html',
    'app://evil/index.html',
    'app://desk.evil/index.html',
    'app://someone@desk/index.html',
    'app://desk:8080/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'not a url',
  ])('refuses a frame showing %s', (url) => {
    expect(isAppSender(fakeIpcEvent({ url }), ownWindow)).toBe(false);
  });

  it('refuses a subframe even of the app origin', () => {
    expect(isAppSender(fakeIpcEvent({ isTopFrame: false }), ownWindow)).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isAppSender(fakeIpcEvent({ gone: true }), ownWindow)).toBe(false);
  });

  it('refuses web contents that are not one of the app windows', () => {
    expect(isAppSender(fakeIpcEvent(), () => false)).toBe(false);
  });
});
