/** Where ticked checklist item ids are remembered; ids only, never certificate data. */
export const checklistKey = 'pchat-certs.checklist';

/** Reads the ticked item ids; anything unreadable counts as nothing ticked. */
export function readTicks(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(checklistKey) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Stores the ticked item ids (removes the entry when none are ticked). */
export function writeTicks(ids: ReadonlySet<string>): void {
  try {
    if (ids.size === 0) localStorage.removeItem(checklistKey);
    else localStorage.setItem(checklistKey, JSON.stringify([...ids].sort()));
  } catch {
    // Storage disabled: ticks still work for this visit.
  }
}
