/** A bar at the top of Gmail asking for a reload after the extension was updated. */
export function showReloadBanner(doc: Document = document): void {
  if (doc.querySelector('.ft-reload')) return;
  const bar = doc.createElement('div');
  bar.className = 'ft-theme ft-reload';
  bar.setAttribute('role', 'alert');
  const text = doc.createElement('span');
  text.textContent = 'Follow-through was updated. Reload Gmail to keep your reply clocks and promises up to date.';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => doc.defaultView?.location.reload());
  bar.append(text, button);
  doc.body.append(bar);
}
