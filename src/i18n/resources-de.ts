// The German UI strings, namespace by namespace: a module of its own, so that the CLI's bundle
// loads one language's strings only (the one it speaks), as a chunk of its own.
import site from '../../locales/de/site.json';
import messages from '../../locales/de/messages.json';
import cli from '../../locales/de/cli.json';
import report from '../../locales/de/report.json';
import checker from '../../locales/de/checker.json';
import bundle from '../../locales/de/bundle.json';
import form from '../../locales/de/form.json';

/** The German resources. */
export const strings = { site, messages, cli, report, checker, bundle, form } as const;
