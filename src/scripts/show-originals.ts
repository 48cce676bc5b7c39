/**
 * Wires the "show all English originals" button: it opens or closes every paragraph's original,
 * and its label and `aria-expanded` always say which of the two it does next.
 */
export function showOriginals(root: ParentNode): void {
  const button = root.querySelector<HTMLButtonElement>('button.show-originals');
  if (!button) return;
  const { labelShow, labelHide } = button.dataset;
  const all = (): HTMLDetailsElement[] => [
    ...root.querySelectorAll<HTMLDetailsElement>('details.original'),
  ];
  // "Hide" only once every original is open; with some open, pressing opens the rest.
  const sync = (): void => {
    const expanded = all().every((d) => d.open);
    button.setAttribute('aria-expanded', String(expanded));
    const label = expanded ? labelHide : labelShow;
    if (label !== undefined) button.textContent = label;
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    for (const details of all()) details.open = open;
    sync();
  });
  for (const details of all()) details.addEventListener('toggle', sync);
  sync();
  // Without this script each paragraph's own <details> still works; the button needs it.
  button.hidden = false;
}
