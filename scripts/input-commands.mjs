// Web Test Runner commands for input the stock commands lack, sent through the real browser's input
// pipeline (CDP), as a reader's wheel and fingers would: `vr-wheel` (with modifier keys held) and
// `vr-pinch` (two touch points moving apart or together).
export function inputCommandsPlugin() {
  return {
    name: 'vr-input-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'vr-wheel' && command !== 'vr-pinch') return undefined;
      const page = session.browser.getPage(session.id);
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
