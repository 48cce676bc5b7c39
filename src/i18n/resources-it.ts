// The Italian UI strings, namespace by namespace: a module of its own, so that the CLI's bundle
// loads one language's strings only (the one it speaks), as a chunk of its own.
import site from '../../locales/it/site.json';
import messages from '../../locales/it/messages.json';
import cli from '../../locales/it/cli.json';
import report from '../../locales/it/report.json';
import checker from '../../locales/it/checker.json';
import bundle from '../../locales/it/bundle.json';
import form from '../../locales/it/form.json';

/** The Italian resources. */
export const strings = { site, messages, cli, report, checker, bundle, form } as const;
