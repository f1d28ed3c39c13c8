// Shared by bench/vr.html and bench/vis.html: the same data, the same box and the same measurements for
// both libraries, so one run compares them. Each page defines window.lib = { mount, changeView, dom, scroll }.

/** N milestones spread over 1900–2025, with a realistic mix of precisions and importance. */
export function makeMilestones(n) {
  return Array.from({ length: n }, (_, i) => {
    const year = 1900 + Math.floor((i / n) * 125);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const date = i % 10 === 0 ? `${year}` : i % 5 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`;
    return { id: `m-${i}`, date, title: `Milestone number ${i}`, category: ['diplomacy', 'economy', 'energy', 'science'][i % 4], importance: (i % 3) + 1 };
  });
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been produced: a task queued from rAF runs after that frame's paint. */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The box both libraries render into: 1200 × 600 px (shared/BUDGETS.md). */
export function box() {
  const host = document.getElementById('host');
  host.replaceChildren();
  host.style.cssText = 'width:1200px;height:600px;overflow:auto';
  return host;
}

/** Time from handing over the data to the first painted frame that shows it. */
window.firstFrame = async (n) => {
  const data = window.makeData(n);
  const host = box();
  await painted();
  const t0 = performance.now();
  await window.lib.mount(host, data);
  await painted();
  return { ms: performance.now() - t0, elements: window.lib.dom(host) };
};

/** One view change per frame for `count` frames (zooming in and out); the frame intervals seen meanwhile. */
window.viewChanges = async (count) => {
  const times = [];
  let last = await frame();
  for (let i = 0; i < count; i++) {
    window.lib.changeView(Math.floor(i / 10) % 2 === 0 ? 0.8 : 1.25);
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  await painted();
  return times;
};

/** One pan step per frame for `count` frames (40 px, back and forth), where the page has lib.panView; the frame intervals. */
window.panChanges = async (count) => {
  const times = [];
  let last = await frame();
  for (let i = 0; i < count; i++) {
    window.lib.panView(Math.floor(i / 20) % 2 === 0 ? 40 : -40);
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  await painted();
  return times;
};

/** Vertical layout: scrolls the box by 40 px per frame; the frame intervals. */
window.scrollFrames = async (count) => {
  const host = document.getElementById('host');
  const times = [];
  let last = await frame();
  for (let i = 0; i < count; i++) {
    host.scrollTop += 40;
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  return times;
};
