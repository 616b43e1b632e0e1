// When the app starts: see bundle/start.js.
const parts = PART_FILES;
window.carnetApp = 'APP_DIR';
const start = () => {
  if (window.carnetStarted) return;
  window.carnetStarted = true;
  const page = document.getElementById('carnet');
  for (const file of ['APP_NAME_bg.wasm', ...(parts[page && page.dataset.part] || [])]) {
    document.head.append(Object.assign(document.createElement('link'),
      { rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: '', href: `APP_DIR/${file}` }));
  }
  import('./APP_DIR/__wasm_split.js');
  import('./APP_DIR/offline.js');
  import('./APP_DIR/APP_NAME.js').then((app) => app.default());
};
const pressed = [];
// A button the browser works itself (the menu's) is not pressed again.
const press = (e) => { const button = e.target.closest && e.target.closest('button:not([popovertarget])'); if (button) pressed.push(button); };
addEventListener('click', press, true);
new MutationObserver((_, observer) => {
  if (!document.querySelector('#carnet[data-ready]')) return;
  observer.disconnect();
  removeEventListener('click', press, true);
  for (const button of pressed) if (button.isConnected) button.click();
}).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
let returning = false;
try { returning = Object.keys(localStorage).some((key) => key.startsWith('carnet.')); } catch (e) {}
const prerendered = document.querySelector('#carnet[data-prerendered]');
if (!prerendered || returning || 'listPending' in document.documentElement.dataset) {
  requestAnimationFrame(() => setTimeout(start));
} else {
  for (const gesture of ['pointerdown', 'keydown', 'touchstart', 'focusin', 'scroll', 'wheel']) {
    addEventListener(gesture, start, { capture: true, passive: true, once: true });
  }
}
