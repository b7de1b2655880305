import { describe, expect, it, vi } from 'vitest';
import { createWebBridge } from '../../../renderer/src/bridge/web/create-web-bridge';
import { webAppInfo } from '../../../renderer/src/bridge/web/web-app-info';

function bridge(print?: () => void) {
  return createWebBridge({
    appInfo: webAppInfo,
    storage: { getItem: () => null, setItem: () => undefined },
    download: () => undefined,
    pickFile: async () => null,
    ...(print ? { print } : {}),
  });
}

describe('web bridge print:pdf', () => {
  it('opens the browser’s print dialog once and says so', async () => {
    const print = vi.fn();
    const result = await bridge(print).print.pdf({ suggestedName: 'receipt.pdf' });
    expect(result).toEqual({ ok: true, value: { outcome: 'print-dialog' } });
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('checks the input against the contract before printing', async () => {
    const print = vi.fn();
    const result = await bridge(print).print.pdf({ suggestedName: '../receipt.pdf' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect(print).not.toHaveBeenCalled();
  });

  it('answers internal, never throws, when printing is unavailable or fails', async () => {
    expect(await bridge().print.pdf({ suggestedName: 'r.pdf' })).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    const broken = bridge(() => {
      throw new Error('print blocked');
    });
    expect(await broken.print.pdf({ suggestedName: 'r.pdf' })).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
