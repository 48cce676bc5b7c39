// The English UI strings, namespace by namespace: a module of its own, so that the CLI's bundle
// loads one language's strings only (the one it speaks), as a chunk of its own.
import site from '../../locales/en/site.json';
import messages from '../../locales/en/messages.json';
import cli from '../../locales/en/cli.json';
import report from '../../locales/en/report.json';
import checker from '../../locales/en/checker.json';
import bundle from '../../locales/en/bundle.json';
import form from '../../locales/en/form.json';

/** The English resources. */
export const strings = { site, messages, cli, report, checker, bundle, form } as const;
