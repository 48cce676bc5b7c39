// The bounds of a bundle on their own, so that a front end refusing one by its size before
// reading it loads nothing else of the reader.

/**
 * The size cap of one bundle: 4 MiB, four times a single input's, because a bundle holds every
 * server's certificates and Windows PowerShell writes it as UTF-16 (two bytes a character).
 */
export const maxBundleBytes = 4 * 1024 * 1024;

/** The most labels one bundle may hold: far more certificates than any Lync deployment has. */
export const maxBundleLabels = 1000;
