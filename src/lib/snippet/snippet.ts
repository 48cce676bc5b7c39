// The read-only Management Shell snippet that prints every Front End Server's and Persistent Chat
// Server's certificates as one bundle. Its one source is read-certificates.ps1: the page, the CLI
// (`pchat-certs snippet`) and the README show that file's text (a test compares the README's).
import snippet from './read-certificates.ps1?raw';

/** The snippet exactly as users copy it into the Lync Server Management Shell. */
export const snippetText: string = snippet;
