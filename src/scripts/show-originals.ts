/** Wires the "show all English originals" button to open or close every paragraph's original. */
export function showOriginals(root: ParentNode): void {
  const button = root.querySelector<HTMLButtonElement>('button.show-originals');
  if (!button) return;
  const all = (): HTMLDetailsElement[] => [
    ...root.querySelectorAll<HTMLDetailsElement>('details.original'),
  ];
  const sync = (): void => {
    button.setAttribute('aria-pressed', String(all().every((d) => d.open)));
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-pressed') !== 'true';
    for (const details of all()) details.open = open;
    sync();
  });
  for (const details of all()) details.addEventListener('toggle', sync);
  // Without this script each paragraph's own <details> still works; the button needs it.
  button.hidden = false;
}
