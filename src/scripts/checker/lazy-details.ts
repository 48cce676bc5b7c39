// A result's certificate table is most of its DOM and is rarely opened, so it is built when its
// disclosure first opens, or before printing (print shows every disclosure open).

const builders = new WeakMap<HTMLDetailsElement, () => readonly Node[]>();

/** Builds and appends the content still pending for `details`, once. */
export function completeDetails(details: HTMLDetailsElement): void {
  const build = builders.get(details);
  if (build === undefined) return;
  builders.delete(details);
  details.append(...build());
}

/** Defers part of a disclosure's content until it is first opened. */
export function deferDetails(details: HTMLDetailsElement, build: () => readonly Node[]): void {
  builders.set(details, build);
  details.addEventListener('toggle', () => {
    if (details.open) completeDetails(details);
  });
}

/** Completes and opens every disclosure inside `root` (for printing). */
export function openAllDetails(root: ParentNode): void {
  for (const details of root.querySelectorAll('details')) {
    completeDetails(details);
    details.open = true;
  }
}
