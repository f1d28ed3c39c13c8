// Web Test Runner commands for input the stock commands lack, sent through the real browser's input
// pipeline (CDP), as a reader's wheel and fingers would: `vr-wheel` (with modifier keys held) and
// `vr-pinch` (two touch points moving apart or together); and `vr-touch`, a touch screen whose primary pointer
// is coarse (`{ enabled }`: the CDP session that emulates it stays open until it is turned off). And
// `vr-listeners`: the event types listened for on window and document, as DevTools lists them; `vr-requests`:
// `{ start: true }` begins a log of every request the page and its frames send, `{ start: false }` ends it and
// returns the URLs.
export function inputCommandsPlugin() {
  const touch = new Map();
  const requests = new Map();
  return {
    name: 'vr-input-commands',
    async executeCommand({ command, payload, session }) {
      if (!['vr-wheel', 'vr-pinch', 'vr-touch', 'vr-listeners', 'vr-requests'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'vr-requests') {
        const log = requests.get(session.id);
        if (payload.start) {
          const urls = [];
          const listener = (request) => urls.push(request.url());
          page.on('request', listener);
          requests.set(session.id, { urls, listener });
          return true;
        }
        if (!log) return [];
        page.off('request', log.listener);
        requests.delete(session.id);
        return log.urls;
      }
      if (command === 'vr-listeners') {
        // The event types listened for on window and on document (CDP DOMDebugger.getEventListeners).
        const cdp = await page.createCDPSession();
        const types = {};
        for (const target of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: target });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          types[target] = listeners.map((l) => l.type);
        }
        await cdp.detach();
        return types;
      }
      if (command === 'vr-touch') {
        let cdp = touch.get(session.id);
        if (payload.enabled && !cdp) {
          cdp = await page.createCDPSession();
          touch.set(session.id, cdp);
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
          await cdp.send('Emulation.setEmulatedMedia', {
            features: [
              { name: 'pointer', value: 'coarse' },
              { name: 'hover', value: 'none' },
              { name: 'any-pointer', value: 'coarse' },
            ],
          });
        } else if (!payload.enabled && cdp) {
          touch.delete(session.id);
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
          await cdp.send('Emulation.setEmulatedMedia', { features: [] });
          await cdp.detach();
        }
        return true;
      }
      if (command === 'vr-wheel') {
        const { x, y, deltaX = 0, deltaY = 0, modifiers = [] } = payload;
        await page.mouse.move(x, y);
        for (const key of modifiers) await page.keyboard.down(key);
        await page.mouse.wheel({ deltaX, deltaY });
        for (const key of modifiers) await page.keyboard.up(key);
        return true;
      }
      const { x, y, from, to, steps = 6 } = payload;
      const cdp = await page.createCDPSession();
      const points = (d) => [
        { x: x - d / 2, y, id: 1 },
        { x: x + d / 2, y, id: 2 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
      for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / steps) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
      return true;
    },
  };
}
